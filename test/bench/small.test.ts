// The benchmark at a small size, as part of the suite: a generated campaign of 200 reports is built with its search
// index, and the counts must be right. Correctness only: nothing here is timed.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { orderViewPath, PREBUILT_ORDERS } from '../../src/lib/compliance/table-orders.ts';
import { complianceViewPath, parentViewPath, typeViewPath } from '../../src/lib/compliance/table-pages.ts';
import { STATUS_KEYS } from '../../src/lib/compliance/status.ts';
import { nameOrder } from '../../src/lib/text/collation.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	BENCH_AS_OF,
	BENCH_CAMPAIGN,
	generateCampaign,
	type GeneratedCampaign,
} from '../../bench/generate-campaign.ts';
import {
	heaviestPages,
	htmlPages,
	indexedPageCount,
	pagedTableRows,
	pagesWithScripts,
	searchRecords,
	tableRowNames,
	tableRows,
} from '../../bench/site-check.ts';
import { astroBuild, page, scratchProject } from '../helpers/site.ts';

const REPORTS = 200;
// Pages that do not depend on the roster: home, guide, search, send page, 404; the campaign's overview, compliance
// table, urging list, synthesis, lessons overview and three tier pages.
const FIXED_PAGES = 13;
// Lessons per lessons page in this build: small enough that the larger themes run to several pages.
const LESSONS_PER_PAGE = 100;
// Units per page of a unit table in this build: the compliance table, the grassroots tier and each district's units
// run to several pages, as they do at the default size (300) at national scale.
const UNITS_PER_PAGE = 50;
const LESSONS = `${BENCH_CAMPAIGN}/bai-hoc/`;

let root: string;
let out: string;
let log: string;
let generated: GeneratedCampaign;
let roster: { id: string; name: string; tier: string; type: string; parent?: string }[];
let reported: Set<string>;
beforeAll(async () => {
	root = scratchProject((content) => {
		rmSync(content, { recursive: true });
		generated = generateCampaign(content, REPORTS, 5);
	});
	out = join(root, 'dist');
	log = await astroBuild(root, out, {
		AS_OF: BENCH_AS_OF,
		LESSONS_PER_PAGE: String(LESSONS_PER_PAGE),
		UNITS_PER_PAGE: String(UNITS_PER_PAGE),
	});
	roster = parse(readFileSync(join(root, 'content/units', `${BENCH_CAMPAIGN}.yaml`), 'utf8')) as typeof roster;
	reported = new Set(readdirSync(join(root, 'content/reviews', BENCH_CAMPAIGN)).map((f) => f.replace(/\.mdx$/, '')));
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('every report is rendered once, and the roster is 3% larger', () => {
	expect(log).toMatch(new RegExp(`\\[so-ket-reviews\\] ${REPORTS} reports: ${REPORTS} processed`));
	expect(reported.size).toBe(REPORTS);
	expect(roster).toHaveLength(generated.units);
	expect(generated.units).toBe(206);
});

/** The lessons pages (not the overview), as paths of their index.html. */
const lessonPages = () => htmlPages(out).filter((p) => p.startsWith(LESSONS) && p !== `${LESSONS}index.html`);

/** The units under a unit at any depth. */
const under = (id: string) =>
	roster.filter((u) => {
		for (let p = u.parent; p; p = roster.find((r) => r.id === p)?.parent) if (p === id) return true;
		return false;
	});

/** Pages a table of `n` rows takes beyond its first. */
const morePages = (n: number) => Math.max(1, Math.ceil(n / UNITS_PER_PAGE)) - 1;

test('one page per rostered unit, plus the fixed pages, the lessons pages and the further pages of the unit tables', () => {
	const pages = htmlPages(out);
	const unitPages = pages.filter((p) => /^[^/]+\/don-vi\/[^/]+\/index\.html$/.test(p)).map((p) => p.split('/')[2]);
	expect(unitPages.sort()).toEqual(roster.map((u) => u.id).sort());
	// The compliance table's pages, and each status's own (its count read from the table's status links).
	const counts = [
		...page(out, `${BENCH_CAMPAIGN}/tien-do`).matchAll(/<li data-status="[a-z-]+">.*?<strong>(\d+)<\/strong>/g),
	].map((m) => Number(m[1]));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(roster.length);
	// …and every unit again in each order pre-built for readers without JavaScript.
	const compliancePages =
		morePages(roster.length) +
		counts.reduce((n, c) => n + 1 + morePages(c), 0) +
		PREBUILT_ORDERS.length * (1 + morePages(roster.length));
	/** The pages of a list whose first page is `folder`, and of each status of it (counts read from its status links). */
	const listPages = (folder: string, units: number) => {
		const own = [...page(out, folder).matchAll(/<li data-status="[a-z-]+">.*?<strong>(\d+)<\/strong>/g)].map((m) =>
			Number(m[1])
		);
		expect(
			own.reduce((a, b) => a + b, 0),
			folder
		).toBe(units);
		return 1 + morePages(units) + own.reduce((k, c) => k + 1 + morePages(c), 0);
	};
	// …and the units of each type, and of each type and status, in pages of their own.
	const typePages = [...Map.groupBy(roster, (u) => u.type)].reduce(
		(n, [type, own]) => n + listPages(`${BENCH_CAMPAIGN}/tien-do/${typeViewPath(type)}`, own.length),
		0
	);
	// …and the units under each unit at any depth, and of each status there, but the province's (the whole table).
	const parentPages = roster.reduce((n, u) => {
		const below = under(u.id).length;
		return below === 0 || below === roster.length - 1
			? n
			: n + listPages(`${BENCH_CAMPAIGN}/tien-do/${parentViewPath(u.id)}`, below);
	}, 0);
	// A tier's further pages, and the tier's units of each status (their counts read from the tier page's links).
	const tierPages = ['tinh', 'huyen', 'co-so'].reduce((n, t) => {
		const own = [
			...page(out, `${BENCH_CAMPAIGN}/cap/${t}`).matchAll(/<li data-status="[a-z-]+">.*?<strong>(\d+)<\/strong>/g),
		].map((m) => Number(m[1]));
		expect(own.reduce((a, b) => a + b, 0)).toBe(roster.filter((u) => u.tier === t).length);
		return n + morePages(roster.filter((u) => u.tier === t).length) + own.reduce((k, c) => k + 1 + morePages(c), 0);
	}, 0);
	const childPages = roster.reduce((n, u) => n + morePages(roster.filter((c) => c.parent === u.id).length), 0);
	expect(childPages).toBeGreaterThan(0);
	expect(pages).toHaveLength(
		roster.length +
			FIXED_PAGES +
			lessonPages().length +
			compliancePages +
			typePages +
			parentPages +
			tierPages +
			childPages
	);
});

test('every lesson of every report is on one lessons page of its tier, no page holds more than the page size, and long themes run on', () => {
	const lessonsOf = (html: string) =>
		[...html.matchAll(/<li data-lesson="([^"]+)"[^>]*?( data-pagefind-ignore="all")?>/g)].map((m) => ({
			id: m[1]!,
			repeat: !!m[2],
		}));
	const listed = lessonPages().map((p) => ({
		path: p,
		tier: p.split('/')[2]!,
		lessons: lessonsOf(readFileSync(join(out, p), 'utf8')),
	}));
	for (const p of listed) expect(p.lessons.length, p.path).toBeLessThanOrEqual(LESSONS_PER_PAGE);
	expect(
		listed.some((p) => /\/\d+\/index\.html$/.test(p.path)),
		'some theme runs to a second page'
	).toBe(true);
	const expected = [...reported].flatMap((id) => {
		const box = /<section class="lessons"[^>]*>[\s\S]*?<\/ol>/.exec(page(out, `${BENCH_CAMPAIGN}/don-vi/${id}`))![0];
		const tier = roster.find((u) => u.id === id)!.tier;
		return [...box.matchAll(/<li>/g)].map((_, i) => `${tier} ${id}-${i + 1}`);
	});
	const first = listed.flatMap((p) => p.lessons.filter((l) => !l.repeat).map((l) => `${p.tier} ${l.id}`));
	expect(first.sort()).toEqual(expected.sort());
	const all = new Set(listed.flatMap((p) => p.lessons.map((l) => `${p.tier} ${l.id}`)));
	expect(all.size).toBe(expected.length);
});

test("the search index holds one record per report, at its unit's page, and the lessons pages", () => {
	const searchable = lessonPages()
		.filter((p) => readFileSync(join(out, p), 'utf8').includes('data-pagefind-body'))
		.map((p) => `/${p.replace(/index\.html$/, '')}`);
	expect(searchable.length).toBeGreaterThan(0);
	expect(indexedPageCount(out)).toBe(REPORTS + searchable.length);
	const urls = searchRecords(out).map((r) => r.url);
	expect(urls.filter((u) => u.startsWith(`/${LESSONS}`)).sort()).toEqual(searchable.sort());
	expect(urls.filter((u) => !u.startsWith(`/${LESSONS}`)).sort()).toEqual(
		[...reported].map((id) => `/${BENCH_CAMPAIGN}/don-vi/${id}/`).sort()
	);
});

/** The unit name each row starts with, among `among` (names repeat across districts: compared as lists of names). */
const namesOf = (rows: string[], among: typeof roster) =>
	rows.map((r) => among.find((u) => r.startsWith(`${u.name} `))?.name).sort();
const sortedNames = (units: typeof roster) => units.map((u) => u.name).sort();

test('the compliance table has a row per unit over its pages, and each tier table a row per unit of its tier; no page holds more than the page size', () => {
	const everyPage = (folder: string, table: string) => {
		for (let n = 1; existsSync(join(out, folder, n === 1 ? '' : String(n), 'index.html')); n++)
			expect(
				tableRows(page(out, join(folder, n === 1 ? '' : String(n))), table).length,
				`${folder} ${n}`
			).toBeLessThanOrEqual(UNITS_PER_PAGE);
	};
	const compliance = pagedTableRows(out, `${BENCH_CAMPAIGN}/tien-do`, 'tien-do');
	expect(compliance.length).toBeGreaterThan(UNITS_PER_PAGE);
	expect(compliance).toHaveLength(roster.length);
	everyPage(`${BENCH_CAMPAIGN}/tien-do`, 'tien-do');
	for (const { slug } of PREBUILT_ORDERS) {
		const ordered = pagedTableRows(out, `${BENCH_CAMPAIGN}/tien-do/${orderViewPath(slug)}`, 'tien-do');
		expect(ordered.toSorted(), slug).toEqual(compliance.toSorted());
		everyPage(`${BENCH_CAMPAIGN}/tien-do/${orderViewPath(slug)}`, 'tien-do');
	}
	for (const [type, own] of Map.groupBy(roster, (u) => u.type)) {
		const folder = `${BENCH_CAMPAIGN}/tien-do/${typeViewPath(type)}`;
		expect(namesOf(pagedTableRows(out, folder, 'tien-do'), own), type).toEqual(sortedNames(own));
		everyPage(folder, 'tien-do');
	}
	// A type's units of each status, and the units under a unit (at any depth) and of each status there: once each.
	const byStatusIn = (folder: string) =>
		STATUS_KEYS.flatMap((status) => {
			if (!existsSync(join(out, folder, complianceViewPath(status), 'index.html'))) return [];
			everyPage(`${folder}/${complianceViewPath(status)}`, 'tien-do');
			return pagedTableRows(out, `${folder}/${complianceViewPath(status)}`, 'tien-do');
		});
	for (const [type, own] of Map.groupBy(roster, (u) => u.type))
		expect(namesOf(byStatusIn(`${BENCH_CAMPAIGN}/tien-do/${typeViewPath(type)}`), own), `${type} by status`).toEqual(
			sortedNames(own)
		);
	for (const unit of roster) {
		const below = under(unit.id);
		if (below.length === 0 || below.length === roster.length - 1) continue;
		const folder = `${BENCH_CAMPAIGN}/tien-do/${parentViewPath(unit.id)}`;
		expect(namesOf(pagedTableRows(out, folder, 'tien-do'), below), unit.id).toEqual(sortedNames(below));
		everyPage(folder, 'tien-do');
		expect(namesOf(byStatusIn(folder), below), `${unit.id} by status`).toEqual(sortedNames(below));
	}
	let pagedStatus = 0;
	for (const tier of ['tinh', 'huyen', 'co-so']) {
		const own = roster.filter((u) => u.tier === tier);
		expect(namesOf(pagedTableRows(out, `${BENCH_CAMPAIGN}/cap/${tier}`, 'don-vi'), own), tier).toEqual(
			sortedNames(own)
		);
		everyPage(`${BENCH_CAMPAIGN}/cap/${tier}`, 'don-vi');
		// The tier's units of each status, over the status's own pages, are the tier's units once each.
		const byStatus = STATUS_KEYS.flatMap((status) =>
			pagedTableRows(out, `${BENCH_CAMPAIGN}/cap/${tier}/${complianceViewPath(status)}`, 'don-vi')
		);
		expect(namesOf(byStatus, own), `${tier} by status`).toEqual(sortedNames(own));
		// Each page of a status's own list links the next one: the pager stays within the status.
		for (const status of STATUS_KEYS)
			for (let n = 2; existsSync(join(out, BENCH_CAMPAIGN, 'cap', tier, complianceViewPath(status, n))); n++) {
				const previous = page(out, `${BENCH_CAMPAIGN}/cap/${tier}/${complianceViewPath(status, n - 1)}`);
				expect(previous, `${tier} ${status} ${n}`).toContain(
					`href="/${BENCH_CAMPAIGN}/cap/${tier}/${complianceViewPath(status, n)}"`
				);
				pagedStatus++;
			}
	}
	expect(pagedStatus, 'some status of a tier runs to a second page').toBeGreaterThan(0);
});

test('each district page lists its own units, one row each, over as many pages as they take', () => {
	for (const district of roster.filter((u) => u.tier === 'huyen')) {
		const children = roster.filter((u) => u.parent === district.id);
		expect(children.length).toBeGreaterThan(UNITS_PER_PAGE);
		const rows = pagedTableRows(out, `${BENCH_CAMPAIGN}/don-vi/${district.id}`, 'truc-thuoc');
		expect(namesOf(rows, children), district.id).toEqual(sortedNames(children));
	}
});

/** A page's guide names (NameGuide.astro), as a reader reads them: each page's number, first and last name. */
function guideOf(html: string) {
	const guide = /<details class="name-guide[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
	return [...guide.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => {
		const text = item[1]!
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
		const [, number, first, last] = /^Trang (\d+)(?: \(trang đang xem\))?: từ (.+) đến (.+)$/.exec(text) ?? [];
		return { number: Number(number), first, last };
	});
}

test("a list by name says on every page which names each of its pages holds: each district's units and each tier", () => {
	const check = (folder: string, table: string) => {
		const pages: string[] = [];
		for (let n = 1; existsSync(join(out, folder, n === 1 ? '' : String(n), 'index.html')); n++)
			pages.push(page(out, join(folder, n === 1 ? '' : String(n))));
		expect(pages.length, folder).toBeGreaterThan(1);
		const guide = guideOf(pages[0]!);
		expect(
			guide.map((g) => g.number),
			folder
		).toEqual(pages.map((_, i) => i + 1));
		const listed: string[] = [];
		for (const [i, html] of pages.entries()) {
			expect(guideOf(html), `${folder} ${i + 1}`).toEqual(guide);
			const names = tableRowNames(html, table);
			expect([names[0], names.at(-1)], `${folder} ${i + 1}`).toEqual([guide[i]!.first, guide[i]!.last]);
			listed.push(...names);
		}
		// In the order a reader compares names in ("Phường 2" before "Phường 10"), across the pages.
		expect(listed, folder).toEqual(listed.toSorted(nameOrder.compare));
	};
	for (const district of roster.filter((u) => u.tier === 'huyen'))
		check(`${BENCH_CAMPAIGN}/don-vi/${district.id}`, 'truc-thuoc');
	check(`${BENCH_CAMPAIGN}/cap/co-so`, 'don-vi');
	check(`${BENCH_CAMPAIGN}/tien-do/${orderViewPath('ten-don-vi')}`, 'tien-do');
	// The whole table in its own order is not by name: it has none.
	expect(page(out, `${BENCH_CAMPAIGN}/tien-do`)).not.toContain('class="name-guide');
});

test("a reporting unit's page shows its report; a silent one says nothing was received", () => {
	for (const unit of roster) {
		const html = page(out, `${BENCH_CAMPAIGN}/don-vi/${unit.id}`);
		if (reported.has(unit.id)) expect(html, unit.id).toMatch(/<section class="lessons"[^>]*>[\s\S]*?<ol><li>/);
		else expect(html, unit.id).toContain('Chưa nhận được báo cáo sơ kết');
	}
});

test('no review page carries a script', () => {
	const reviewPages = htmlPages(out).filter((p) => /^[^/]+\/don-vi\/[^/]+\/index\.html$/.test(p));
	expect(pagesWithScripts(out, reviewPages)).toEqual([]);
});

test('the heaviest pages are found, largest first, with their size', () => {
	const [first, second] = heaviestPages(out, 2);
	expect(first!.bytes).toBe(statSync(join(out, first!.path)).size);
	expect(first!.bytes).toBeGreaterThanOrEqual(second!.bytes);
	for (const path of htmlPages(out)) expect(statSync(join(out, path)).size, path).toBeLessThanOrEqual(first!.bytes);
});
