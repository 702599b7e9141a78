// Two builds of one scratch project: a changed report is rendered again, an unchanged one is not, and a deleted one
// is gone from every page, table and the search index.
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { htmlPages, searchRecords, tableRows } from '../../bench/site-check.ts';
import { filesUnder } from '../../src/lib/publish/out-dir.ts';
import { readable } from '../../src/lib/search/pagefind-text.ts';
import { astroBuild, page, ROOT, SAMPLE_AS_OF, sampleReportCountSentBy, scratchProject } from '../helpers/site.ts';

const DELETED = 'xa-thach-son';
const CHANGED = 'huyen-uy-an-phu';
// Sentences that occur only in the deleted report and only in the changed report's new version.
const DELETED_TEXT = '2.316 hộ, 9.870 nhân khẩu';
const ADDED_TEXT = 'Huyện ủy bổ sung số liệu về 37 cuộc đối thoại chuyên đề.';
const reviews = (content: string) => join(content, 'reviews/kl120-2021');
const rendered = (log: string) => Number(/\[so-ket-reviews\] \d+ reports: (\d+) processed/.exec(log)?.[1] ?? NaN);
// Reports of every campaign: the loader renders, and the search indexes, all of them.
const N = readdirSync(join(ROOT, 'content/reviews')).flatMap((c) =>
	readdirSync(join(ROOT, 'content/reviews', c)).filter((f) => f.endsWith('.mdx'))
).length;
/** Reports received by the as-of date of these builds: the ones the search index may hold. */
const RECEIVED = sampleReportCountSentBy(SAMPLE_AS_OF);
const flat = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** "Đã nhận X/40" on the overview and "X/29" for the grassroots tier, as the reader sees them. */
const received = (html: string) => [
	Number(/Đã nhận (\d+)\/40/.exec(flat(html))?.[1]),
	Number(/Cấp cơ sở (\d+)\/29 đơn vị đã sơ kết/.exec(flat(html))?.[1]),
];
let before: number[];

let root: string;
let out: string;
let first: string;
let second: string;
let third: string;
let fresh: string;
const STALE = [
	'kl120-2021/don-vi/xa-da-xoa/index.html',
	'_astro/Base.old.css',
	'pagefind/fragment/old.pf_fragment',
	'ghi-chu.txt',
];
beforeAll(async () => {
	root = scratchProject(() => {});
	out = join(root, 'dist');
	first = await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	expect(page(out, `kl120-2021/don-vi/${DELETED}`)).toContain(DELETED_TEXT);
	before = received(page(out, 'kl120-2021'));
	rmSync(join(reviews(join(root, 'content')), `${DELETED}.mdx`));
	const changed = join(reviews(join(root, 'content')), `${CHANGED}.mdx`);
	writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n${ADDED_TEXT}\n`);
	// Files no build of this content writes: a page of a unit gone from the roster, an old asset, a stray file.
	for (const stale of STALE) {
		mkdirSync(dirname(join(out, stale)), { recursive: true });
		writeFileSync(join(out, stale), 'cũ');
	}
	second = await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	third = await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	fresh = join(root, 'fresh');
	// Its own cache folder: a build into an empty folder with the same cache would copy pages from it.
	await astroBuild(root, fresh, { AS_OF: SAMPLE_AS_OF, SOKET_CACHE_DIR: join(root, '.fresh-cache') });
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the first build renders every report, the second only the changed one, the third none', () => {
	expect(first).toContain(`[so-ket-reviews] ${N} reports: ${N} processed`);
	expect(second).toContain(`[so-ket-reviews] ${N - 1} reports: 1 processed`);
	expect(third).toContain(`[so-ket-reviews] ${N - 1} reports: 0 processed, ${N - 1} unchanged`);
	expect([rendered(first), rendered(second), rendered(third)]).toEqual([N, 1, 0]);
});

test('the changed report shows its new text on its page and in the search index', () => {
	expect(page(out, `kl120-2021/don-vi/${CHANGED}`)).toContain(ADDED_TEXT);
	const record = searchRecords(out).find((r) => r.url === `/kl120-2021/don-vi/${CHANGED}/`);
	expect(readable(record?.content ?? '')).toContain(ADDED_TEXT);
});

test("no page of the site carries the deleted report's text any more", () => {
	const pages = htmlPages(out);
	expect(pages.length).toBeGreaterThan(40);
	expect(pages.filter((p) => readFileSync(join(out, p), 'utf8').includes(DELETED_TEXT))).toEqual([]);
	expect(page(out, `kl120-2021/don-vi/${DELETED}`)).toContain('Chưa nhận được báo cáo sơ kết');
});

test('every table lists the unit as missing, and the counts no longer include its report', () => {
	const missing = 'Đảng ủy xã Thạch Sơn Cấp cơ sở';
	const compliance = tableRows(page(out, 'kl120-2021/tien-do'), 'tien-do').find((r) => r.startsWith(missing));
	expect(compliance).toMatch(/Quá hạn 20 ngày, chưa tổ chức$/);
	const tier = tableRows(page(out, 'kl120-2021/cap/co-so'), 'don-vi').find((r) =>
		r.startsWith('Đảng ủy xã Thạch Sơn ')
	);
	expect(tier).toMatch(/Quá hạn 20 ngày, chưa tổ chức$/);
	const parent = tableRows(page(out, 'kl120-2021/don-vi/huyen-uy-thach-loc'), 'truc-thuoc').find((r) =>
		r.startsWith('Đảng ủy xã Thạch Sơn ')
	);
	expect(parent).toMatch(/Quá hạn 20 ngày, chưa tổ chức$/);
	expect(before[0]).toBeGreaterThan(1);
	expect(received(page(out, 'kl120-2021'))).toEqual([before[0]! - 1, before[1]! - 1]);
});

test('the search index holds the remaining reports and not the deleted one', () => {
	const urls = searchRecords(out).map((r) => r.url);
	expect(urls).not.toContain(`/kl120-2021/don-vi/${DELETED}/`);
	expect(urls.filter((u) => u.includes('/don-vi/'))).toHaveLength(RECEIVED - 1);
	expect(searchRecords(out).filter((r) => readable(r.content).includes(DELETED_TEXT))).toEqual([]);
});

test('the output folder kept between builds holds exactly what a build into an empty one writes, byte for byte', () => {
	const files = filesUnder(out).sort();
	for (const stale of STALE) expect(files).not.toContain(stale);
	expect(files).toEqual(filesUnder(fresh).sort());
	expect(files.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(fresh, f))))).toEqual([]);
});

test('unit pages copied from the previous build are only those whose reports did not change', () => {
	// Astro logs a page it copied instead of rendering as "(cached)".
	const copied = (log: string) => log.split('\n').filter((l) => /\/don-vi\/[^/]+\/index\.html.*\(cached\)/.test(l));
	const rendered = (log: string) =>
		log
			.split('\n')
			.filter((l) => /\/don-vi\/[^/]+\/index\.html/.test(l) && !l.includes('(cached)'))
			.map((l) => /\/([a-z0-9-]+\/don-vi\/[^/]+)\//.exec(l)?.[1]);
	expect(copied(first)).toEqual([]);
	// The changed and deleted reports' units, the parents listing them, and the later campaign's unit that continues one.
	expect(rendered(second).sort()).toEqual([
		`kl120-2021/don-vi/${CHANGED}`,
		'kl120-2021/don-vi/huyen-uy-thach-loc',
		'kl120-2021/don-vi/tinh-uy-son-ha',
		`kl120-2021/don-vi/${DELETED}`,
		`kl120-2025/don-vi/${DELETED}`,
	]);
	expect(rendered(third)).toEqual([]);
	expect(copied(third).length).toBe(htmlPages(out).filter((p) => /\/don-vi\/[^/]+\/index\.html$/.test(p)).length);
});

test('the build cache keeps no second copy of the pages, and a page missing from the output is rendered again', async () => {
	const cache = join(root, '.astro-cache');
	// Astro's folder of page copies is the output itself: no page is written twice over.
	expect(lstatSync(join(cache, 'dist')).isSymbolicLink()).toBe(true);
	expect(realpathSync(join(cache, 'dist'))).toBe(realpathSync(out));
	expect(filesUnder(cache).filter((f) => f.endsWith('index.html'))).toEqual([]);
	const gone = `kl120-2021/don-vi/${CHANGED}/index.html`;
	const before = readFileSync(join(out, gone));
	rmSync(join(out, gone));
	const log = await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	expect(readFileSync(join(out, gone)).equals(before)).toBe(true);
	const line = log.split('\n').find((l) => l.includes(gone));
	expect(line).toBeDefined();
	expect(line).not.toMatch(/\((cached|restored)\)/);
}, 300_000);

test('a unit renamed on the roster is renamed on every page, copied ones included', async () => {
	const roster = join(root, 'content/units/kl120-2021.yaml');
	writeFileSync(
		roster,
		readFileSync(roster, 'utf8').replace('name: Huyện ủy Thạch Lộc', 'name: Huyện ủy Thạch Lộc Mới')
	);
	await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	const again = join(root, 'fresh-again');
	await astroBuild(root, again, { AS_OF: SAMPLE_AS_OF, SOKET_CACHE_DIR: join(root, '.fresh-again-cache') });
	// A commune under it names its new parent in its breadcrumbs.
	expect(page(out, `kl120-2021/don-vi/${DELETED}`)).toContain('Huyện ủy Thạch Lộc Mới');
	const files = filesUnder(out).sort();
	expect(files).toEqual(filesUnder(again).sort());
	expect(files.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(again, f))))).toEqual([]);
}, 300_000);

test('a build into another folder in between (npm run pdf -- --dist …) leaves no page of this one stale', async () => {
	const changed = join(reviews(join(root, 'content')), `${CHANGED}.mdx`);
	const later = 'Huyện ủy gửi bổ sung báo cáo lần hai.';
	writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n${later}\n`);
	// The other folder gets the new report; Astro's record now says the page with it was built.
	await astroBuild(root, join(root, 'elsewhere'), { AS_OF: SAMPLE_AS_OF });
	await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	expect(page(out, `kl120-2021/don-vi/${CHANGED}`)).toContain(later);
}, 300_000);

test("a unit page file renamed keeps every unit page: Astro prunes the old name's copies, which are the pages", async () => {
	const units = htmlPages(out).filter((p) => /\/don-vi\/[^/]+\/index\.html$/.test(p));
	const folder = join(root, 'src/pages/[campaign]/don-vi');
	mkdirSync(join(folder, '[unit]'), { recursive: true });
	const source = readFileSync(join(folder, '[unit].astro'), 'utf8');
	writeFileSync(join(folder, '[unit]/index.astro'), source.replaceAll("'../../../", "'../../../../"));
	rmSync(join(folder, '[unit].astro'));
	await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	expect(units.length).toBeGreaterThan(40);
	expect(units.filter((p) => !existsSync(join(out, p)))).toEqual([]);
}, 300_000);
