// The search index of the built sample site, queried through pagefind's own browser API (run in Node).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { openIndex } from '../helpers/pagefind.ts';
import { page, ROOT, SAMPLE_AS_OF, sampleSite } from '../helpers/site.ts';
import { readable, searchableQuery, D_MARK } from '../../src/lib/search/pagefind-text.ts';

// Expectations come from the content files, not from the code under test.
type Row = { id: string; name: string; tier: string; type: string; parent?: string };
// Every campaign of the sample is indexed together (the search page filters by campaign).
const CAMPAIGNS = readdirSync(join(ROOT, 'content/campaigns')).map((f) => f.replace(/\.yaml$/, ''));
const rosters = Object.fromEntries(
	CAMPAIGNS.map((c) => [c, parse(readFileSync(join(ROOT, `content/units/${c}.yaml`), 'utf8')) as Row[]])
);
const tiersOf = Object.fromEntries(
	CAMPAIGNS.map((c) => [
		c,
		(
			parse(readFileSync(join(ROOT, `content/campaigns/${c}.yaml`), 'utf8')) as {
				tiers: { id: string; name: string }[];
			}
		).tiers,
	])
);
const frontmatter = (campaign: string, file: string) =>
	parse(readFileSync(join(ROOT, 'content/reviews', campaign, file), 'utf8').split(/^---$/m)[1]!) as {
		campaign: string;
		unit: string;
		form: string;
		heldOn: string;
		sentOn: string;
	};
// The index holds the reports received by the sample's as-of date, nothing sent later.
const reviews = CAMPAIGNS.flatMap((c) =>
	readdirSync(join(ROOT, 'content/reviews', c))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => frontmatter(c, f))
).filter((r) => String(r.sentOn) <= SAMPLE_AS_OF);
const unitUrl = (campaign: string, id: string) => `/${campaign}/don-vi/${id}/`;
const reviewUrl = (r: { campaign: string; unit: string }) => unitUrl(r.campaign, r.unit);
const unitAt = (url: string) => {
	const [, c, , id] = url.split('/');
	return { campaign: c!, unit: rosters[c!]!.find((u) => u.id === id)! };
};
// Each unit's status as the compliance download gives it (test/build checks that against the content files).
let STATUS: Record<string, string> = {};

let index: Awaited<ReturnType<typeof openIndex>>;
let out: string;
beforeAll(async () => {
	out = await sampleSite();
	for (const c of CAMPAIGNS) {
		const compliance = JSON.parse(readFileSync(join(out, `${c}/tien-do.json`), 'utf8')) as {
			units: { id: string; status: { kind: string } }[];
		};
		for (const u of compliance.units) STATUS[unitUrl(c, u.id)] = u.status.kind;
	}
	index = await openIndex(out);
});
afterAll(() => index?.close());

/** Every built lessons page: its URL, whether it is searchable, and its lessons (text, and whether left out of search). */
function lessonPages() {
	return CAMPAIGNS.flatMap((c) => campaignLessonPages(c));
}

function campaignLessonPages(campaign: string) {
	const dir = join(out, campaign, 'bai-hoc');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html') && f !== 'index.html')
		.map((f) => {
			const html = readFileSync(join(dir, f), 'utf8');
			const lessons = [...html.matchAll(/<li data-lesson="[^"]*"[^>]*?( data-pagefind-ignore="all")?>([^<]*) <a/g)].map(
				(m) => ({ ignored: !!m[1], text: m[2]! })
			);
			return {
				url: `/${campaign}/bai-hoc/${f.replace(/index\.html$/, '')}`,
				indexed: html.includes('data-pagefind-body'),
				lessons,
			};
		});
}

const urls = async (query: string, options = {}) =>
	(await index.search(searchableQuery(query), options)).map((h) => h.url).sort();
const reportUrls = async (query: string, options = {}) =>
	(await urls(query, options)).filter((u) => u.includes('/don-vi/'));

describe('what is indexed', () => {
	test('every report page, with its filters and metadata, and no page without a report', async () => {
		const hits = await index.search(null);
		const reports = hits.filter((h) => h.url.includes('/don-vi/'));
		expect(reports.map((h) => h.url).sort()).toEqual(reviews.map(reviewUrl).sort());
		for (const review of reviews) {
			const unit = rosters[review.campaign]!.find((u) => u.id === review.unit)!;
			const hit = reports.find((h) => h.url === reviewUrl(review))!;
			expect(hit.filters, unit.id).toEqual({
				campaign: [review.campaign],
				tier: [unit.tier],
				type: [unit.type],
				...(unit.parent && { parent: [unit.parent] }),
				form: [review.form],
				status: [STATUS[reviewUrl(review)]],
			});
			const [y, m, d] = String(review.heldOn).split('-').map(Number);
			expect(readable(hit.meta['unit']!)).toBe(unit.name);
			expect(readable(hit.meta['title']!)).toBe(unit.name);
			expect(readable(hit.meta['tier']!)).toBe(tiersOf[review.campaign]!.find((t) => t.id === unit.tier)!.name);
			expect(hit.meta['date']).toBe(`${d}/${m}/${y}`);
		}
		const others = hits.filter((h) => !h.url.includes('/don-vi/'));
		expect(
			others.map((h) => h.url).sort(),
			'besides reports, only the lessons pages with a lesson not indexed elsewhere'
		).toEqual(
			lessonPages()
				.filter((p) => p.indexed)
				.map((p) => p.url)
				.sort()
		);
		for (const hit of others) expect(hit.filters, hit.url).toEqual({ campaign: [hit.url.split('/')[1]] });
	});

	test('the filter counts add up to the reports of each tier', async () => {
		const filters = await index.filters();
		// Tier ids are shared between campaigns (the 2025 review keeps "tinh" and "co-so"): a tier's count covers both.
		for (const tier of new Set(
			Object.values(tiersOf)
				.flat()
				.map((t) => t.id)
		)) {
			const expected = reviews.filter((r) => unitAt(reviewUrl(r)).unit.tier === tier).length;
			expect(filters['tier']?.[tier] ?? 0, tier).toBe(expected);
		}
	});

	test('navigation, footers, summaries and tables of units are not indexed: only the report text is', async () => {
		for (const hit of (await index.search(null)).filter((h) => h.url.includes('/don-vi/'))) {
			const text = readable(hit.content);
			expect(text, hit.url).toMatch(/^\S/);
			for (const outside of [
				'Bỏ qua, đến nội dung chính',
				'DỮ LIỆU MẪU',
				'Hướng dẫn gửi báo cáo',
				'Mục lục báo cáo',
				'Các đơn vị trực thuộc',
				'Ngày gửi báo cáo',
				'Đọc trong báo cáo',
			])
				expect(text, hit.url).not.toContain(outside);
		}
	});

	test('sorting by date puts the earliest review first', async () => {
		const hits = await index.search(null, { sort: { date: 'asc' } });
		const dates = hits
			.filter((h) => h.url.includes('/don-vi/'))
			.map((h) => String(reviews.find((r) => reviewUrl(r) === h.url)!.heldOn));
		expect(dates).toEqual([...dates].sort());
	});
});

describe('Vietnamese queries', () => {
	test('without diacritics a query finds the same reports as with them', async () => {
		expect(await reportUrls('bai hoc kinh nghiem')).toEqual(await reportUrls('bài học kinh nghiệm'));
		expect(await reportUrls('dan chu co so')).toEqual(reviews.map(reviewUrl).sort());
		expect(await reportUrls('dan chu co so')).toEqual(await reportUrls('dân chủ cơ sở'));
	});

	test('"d" finds words written with "đ", and "đ" still finds them', async () => {
		const withStroke = await reportUrls('đối thoại');
		expect(withStroke.length).toBeGreaterThan(0);
		expect(await reportUrls('doi thoai')).toEqual(withStroke);
		expect(await reportUrls('dinh ky')).toEqual(await reportUrls('định kỳ'));
	});

	test('a decomposed (NFD) query finds what the composed one finds', async () => {
		const nfc = 'bài học kinh nghiệm'.normalize('NFC');
		expect(await reportUrls(nfc.normalize('NFD'))).toEqual(await reportUrls(nfc));
	});

	test('excerpts and titles read as written, with the query marked', async () => {
		const [hit] = await index.search(searchableQuery('doi thoai'));
		expect(readable(hit!.excerpt)).toMatch(/<mark>[Đđ]ối<\/mark> <mark>thoại/);
		expect(readable(hit!.excerpt)).not.toContain(D_MARK);
	});

	test('a filter narrows the results to its tier', async () => {
		const all = await reportUrls('bai hoc');
		const grassroots = await reportUrls('bai hoc', { filters: { tier: 'co-so' } });
		expect(grassroots.length).toBeGreaterThan(0);
		expect(grassroots.length).toBeLessThan(all.length);
		for (const url of grassroots) expect(unitAt(url).unit.tier).toBe('co-so');
	});
});

test('a lessons page is found by its lessons and names its theme and tier; a lesson under two themes is found on one page', async () => {
	const [hit] = (await index.search(searchableQuery('giam sat phan bien'))).filter(
		(h) => h.url === '/kl120-2021/bai-hoc/huyen/giam-sat/'
	);
	expect(hit).toBeDefined();
	expect(readable(hit!.meta['title']!)).toBe('Bài học kinh nghiệm: Giám sát, phản biện của Mặt trận và các đoàn thể');
	expect(readable(hit!.meta['tier']!)).toBe('Cấp huyện và tương đương');
	// Every lesson page lists its lessons; those listed already under an earlier theme are left to that page.
	const pages = lessonPages();
	const shared = pages.flatMap((p) => p.lessons.filter((l) => l.ignored).map((l) => ({ ...l, page: p.url })));
	expect(shared.length).toBeGreaterThan(0);
	for (const lesson of shared.slice(0, 5)) {
		const home = pages.filter((p) => p.lessons.some((l) => l.text === lesson.text && !l.ignored)).map((p) => p.url);
		expect(home, lesson.text).toHaveLength(1);
		const found = (await urls(`"${lesson.text.split(' ').slice(0, 6).join(' ')}"`)).filter((u) =>
			u.includes('/bai-hoc/')
		);
		expect(found, lesson.text).toContain(home[0]);
		expect(found, lesson.text).not.toContain(lesson.page);
	}
});

test("a query for lessons learned lands on each report's lessons section", async () => {
	const hits = (await index.search(searchableQuery('bai hoc kinh nghiem'))).filter((h) => h.url.includes('/don-vi/'));
	expect(hits).toHaveLength(reviews.length);
	for (const hit of hits) {
		const html = page(out, hit.url.slice(1, -1));
		const report = html.slice(html.indexOf('data-pagefind-body'));
		// A Word-style report marks its headings as bold paragraphs, which carry the anchor instead.
		const id = /<(?:h[2-6]|p) id="([^"]+)">(?:<strong>)?[^<]*bài học kinh nghiệm/iu.exec(report)?.[1];
		expect(id, hit.url).toBeDefined();
		expect(
			hit.sub_results.map((s) => decodeURI(s.url)),
			hit.url
		).toContain(`${hit.url}#${id}`);
	}
});
