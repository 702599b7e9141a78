// The compliance table and tier pages split into pages (issue 16: no page over 1 MB at 10,000 units), as readers meet
// them in Chromium at 390 and 1280 px: with JavaScript, filters and sorting answer over the WHOLE table, page by page,
// the view kept in the address; without it, the same views are pre-built pages reached by links. The sample is built
// with 12 units a page so that its 40 units run to four pages.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium, serve, WCAG_22_AA } from '../helpers/browser.ts';
import { astroBuild, ROOT, SAMPLE_ENV, scratchProject } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';
import { nameOrder } from '../../src/lib/text/collation.ts';

const PER_PAGE = 12;
const CAMPAIGN = '/kl120-2021';
const UNITS = 40;
const shots = process.env.SHOTS_DIR ?? join(ROOT, 'test-results/screenshots');

let root: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
	root = scratchProject(() => {});
	await astroBuild(root, join(root, 'dist'), { ...SAMPLE_ENV, UNITS_PER_PAGE: String(PER_PAGE) });
	server = await serve(join(root, 'dist'));
	browser = await launchChromium();
	mkdirSync(shots, { recursive: true });
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (root) rmSync(root, { recursive: true, force: true });
});

const settled = (page: Page, table = '#tien-do') =>
	page.waitForSelector(`${table}:not([aria-busy])`, { state: 'attached' });
const names = (page: Page, table = '#tien-do', rows = '') =>
	page.locator(`${table} tbody tr${rows}:not([hidden]) th[scope=row] a`).allTextContents();
/** axe over a page's address (axe runs as a script, so a page opened without JavaScript is checked in a twin that has it). */
async function axeAt(context: BrowserContext, url: string): Promise<string[]> {
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('table.units:not([aria-busy]), table.urging', { state: 'attached' });
	const found = await axeViolations(page, { tags: WCAG_22_AA });
	await page.close();
	return found;
}
const noSidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The campaign's units as its compliance download (tien-do.json) lists them. */
async function campaignData() {
	const response = await fetch(`${server.url}${CAMPAIGN}/tien-do.json`);
	return (await response.json()) as {
		units: { id: string; name: string; tier: string; type: string; parent?: string; status: { kind: string } }[];
		unitTypes: { id: string; name: string }[];
	};
}

/** Every unit name over the pages a table's pager leads to, following "Trang sau" from the page open now. */
async function namesOverPages(page: Page, table = '#tien-do', rows = ''): Promise<string[][]> {
	const pages: string[][] = [];
	for (;;) {
		await settled(page, table);
		pages.push(await names(page, table, rows));
		const next = page.locator('nav.pager:not([hidden]) a', { hasText: 'Trang sau' }).first();
		if ((await next.count()) === 0) return pages;
		await next.click();
		await page.waitForLoadState();
	}
}

describe.each([390, 1280])('at %i px', (width) => {
	let noJs: BrowserContext;
	let js: BrowserContext;
	beforeAll(async () => {
		noJs = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
		js = await browser.newContext({ viewport: { width, height: 900 } });
	});
	afterAll(async () => {
		await noJs?.close();
		await js?.close();
	});

	test('without JavaScript the table is split into pages whose links reach every unit once, titled "trang N/M"', async () => {
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		expect(await page.title()).toContain('(trang 1/4)');
		const pages = await namesOverPages(page);
		expect(pages.map((p) => p.length)).toEqual([12, 12, 12, 4]);
		expect(new Set(pages.flat()).size).toBe(UNITS);
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/4/`);
		expect(await page.title()).toContain('(trang 4/4)');
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-tien-do-4-nojs-${width}.png`), fullPage: true });
		await page.close();
	}, 120_000);

	test("without JavaScript a status count leads to that status's own pages, and a tier page runs on to its next", async () => {
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		const onTime = Number(await page.locator('.status-counts li[data-status="on-time"] strong').textContent());
		expect(onTime).toBeGreaterThan(PER_PAGE);
		await page.click('.status-counts li[data-status="on-time"] a');
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/on-time/#danh-sach`);
		const pages = await namesOverPages(page);
		expect(pages).toHaveLength(2);
		expect(pages.flat()).toHaveLength(onTime);
		expect(await page.locator('#tien-do tbody tr:not([data-status="on-time"])').count()).toBe(0);
		expect(await page.title()).toContain('Đúng hạn (trang 2/2)');

		await page.goto(`${server.url}${CAMPAIGN}/cap/co-so/`);
		const tier = await namesOverPages(page, '#don-vi');
		expect(tier.length).toBeGreaterThan(1);
		expect(await page.title()).toContain(`(trang ${tier.length}/${tier.length})`);
		expect(new Set(tier.flat()).size).toBe(tier.flat().length);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.close();
	}, 120_000);

	test('the urging list runs over pages too, a long group going on to the next page; together they list every urgent unit once', async () => {
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/don-doc/`);
		const units: string[] = [];
		for (let n = 1; ; n++) {
			units.push(
				...(await page
					.locator('table.urging tbody tr')
					.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.unit!)))
			);
			const next = page.locator('nav.pager a', { hasText: 'Trang sau' }).first();
			if ((await next.count()) === 0) break;
			await next.click();
			expect(await page.title()).toContain(`(trang ${n + 1}/`);
		}
		const overdue = Number(await page.locator('.lead strong').nth(1).textContent());
		const soon = Number(await page.locator('.lead strong').nth(2).textContent());
		expect(units.length).toBe(overdue + soon);
		expect(units.length).toBeGreaterThan(PER_PAGE);
		expect(new Set(units).size).toBe(units.length);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-don-doc-last-${width}.png`), fullPage: true });
		await page.close();
	}, 120_000);

	test('with JavaScript a status filter answers over every page: its rows include units the built page 1 does not hold', async () => {
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/on-time/`);
		const builtOnTime = (await namesOverPages(page)).flat();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		const builtFirst = await names(page);
		await page.close();

		const live = await js.newPage();
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		await live.selectOption('#tien-do-status', 'on-time');
		await settled(live);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?status=on-time`);
		expect(await live.locator('[data-filter-count]').textContent()).toBe(
			`Hiển thị ${builtOnTime.length}/${UNITS} đơn vị, trang 1/2`
		);
		const answered = (await namesOverPages(live)).flat();
		expect(answered).toEqual(builtOnTime);
		expect(answered.filter((n) => !builtFirst.includes(n)).length).toBeGreaterThan(0);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?status=on-time&page=2`);
		// The address shares the view: opened afresh, it shows the same rows.
		const shown = await names(live);
		await live.reload();
		await settled(live);
		expect(await names(live)).toEqual(shown);
		expect(await live.inputValue('#tien-do-status')).toBe('on-time');
		expect(await noSidewaysScroll(live)).toBe(true);
		expect(await axeViolations(live, { tags: WCAG_22_AA })).toEqual([]);
		await live.screenshot({ path: join(shots, `paged-tien-do-on-time-p2-js-${width}.png`), fullPage: true });
		await live.close();
	}, 120_000);

	test('with JavaScript sorting orders the whole table, not the page: by name, page after page', async () => {
		const built = await noJs.newPage();
		await built.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		const all = (await namesOverPages(built)).flat();
		await built.close();
		const page = await js.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/2/`);
		// On a phone the table is a list of cards without column headers: the form's order is used instead.
		if (width < 600) await page.selectOption('#tien-do-sort', 'name-asc');
		else await page.locator('#tien-do thead th[data-key="name"] button').click();
		await settled(page);
		expect(await page.inputValue('#tien-do-sort')).toBe('name-asc');
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?sort=name-asc`);
		expect(await page.getAttribute('#tien-do thead th[data-key="name"]', 'aria-sort')).toBe('ascending');
		const sorted = await namesOverPages(page);
		expect(sorted.map((p) => p.length)).toEqual([12, 12, 12, 4]);
		expect(sorted.flat()).toEqual([...all].sort(nameOrder.compare));
		// Typing a name searches every unit, on whatever page it was built.
		const last = all.at(-1)!;
		await page.fill('#tien-do-q', last.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
		await settled(page);
		expect(await names(page)).toContain(last);
		expect(await page.locator('#tien-do caption').textContent()).toMatch(/đơn vị khớp/);
		await page.close();
	}, 120_000);

	test('without JavaScript the order links lead to the whole table in that order, page after page, as the script orders it', async () => {
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		const all = (await namesOverPages(page)).flat();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		await page.locator('nav.table-orders a', { hasText: 'Tên đơn vị (tăng dần)' }).click();
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/#danh-sach`);
		expect(await page.locator('nav.table-orders [aria-current="page"]').textContent()).toBe('Tên đơn vị (tăng dần)');
		const byName = await namesOverPages(page);
		expect(byName.map((p) => p.length)).toEqual([12, 12, 12, 4]);
		expect(byName.flat()).toEqual([...all].sort(nameOrder.compare));
		expect(await page.title()).toContain('Xếp theo tên đơn vị (tăng dần) (trang 4/4)');
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/4/`);
		// Past the first page the order's link leads to the list this page belongs to, not to this page.
		expect(await page.locator('nav.table-orders [aria-current="true"]').textContent()).toBe('Tên đơn vị (tăng dần)');
		expect(
			await page.locator('.status-counts [aria-current="page"], nav.table-orders [aria-current="page"]').count()
		).toBe(0);
		// Every status is shown, in that order: "Tất cả" is marked as the status chosen.
		expect(await page.locator('.status-counts li:first-child a').getAttribute('aria-current')).toBe('true');

		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		await page.locator('nav.table-orders a', { hasText: 'Ngày gửi báo cáo (giảm dần)' }).click();
		const latestFirst = (await namesOverPages(page)).flat();
		expect(new Set(latestFirst).size).toBe(UNITS);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-tien-do-order-nojs-${width}.png`), fullPage: true });
		await page.close();

		// The script gives the same order for the same sort, over every page.
		const live = await js.newPage();
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/?sort=sentOn-desc`);
		expect((await namesOverPages(live)).flat()).toEqual(latestFirst);
		// With the script, a pre-built order's page is the table with that order chosen, as built.
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/sap-xep/gui-gan-nhat/`);
		await settled(live);
		expect(await live.inputValue('#tien-do-sort')).toBe('sentOn-desc');
		expect(await names(live)).toEqual(latestFirst.slice(0, PER_PAGE));
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/sap-xep/gui-gan-nhat/`);
		// …and an order link chooses the order in place.
		await live.locator('nav.table-orders a', { hasText: 'Đơn vị cấp trên (tăng dần)' }).click();
		await settled(live);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?sort=parent-asc`);
		expect(await live.inputValue('#tien-do-sort')).toBe('parent-asc');
		expect(await axeViolations(live, { tags: WCAG_22_AA })).toEqual([]);
		await live.close();
	}, 120_000);

	test("without JavaScript a list by name names each page by its first and last unit: a unit's name leads to the page holding it", async () => {
		const { units } = await campaignData();
		const page = await noJs.newPage();
		/** The guide's pages as a reader sees them once it is opened: each link's page, first and last name. */
		const guideOf = async (url: string) => {
			await page.goto(url);
			const guide = page.locator('details.name-guide');
			expect(await guide.locator('ol').isVisible()).toBe(false);
			await guide.locator('summary').click();
			const entries = await guide.locator('li').evaluateAll((items) =>
				items.map((li) => ({
					href: li.querySelector('a')?.href,
					text: li.textContent!.replace(/\s+/g, ' ').trim(),
				}))
			);
			return entries.map(({ href, text }) => {
				const [, number, first, last] = /^Trang (\d+)(?: \(trang đang xem\))?: từ (.+) đến (.+)$/.exec(text)!;
				return { href: href ?? url, number: Number(number), first: first!, last: last! };
			});
		};
		const guide = await guideOf(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/3/`);
		expect(guide.map((g) => g.number)).toEqual([1, 2, 3, 4]);
		expect(await page.locator('details.name-guide [aria-current="page"]').textContent()).toMatch(
			/^Trang 3 \(trang đang xem\)/
		);
		expect(await noSidewaysScroll(page)).toBe(true);
		await page.screenshot({ path: join(shots, `paged-name-guide-nojs-${width}.png`), fullPage: true });
		// Every unit of the campaign: the page whose first and last names bound its name, compared as a reader compares
		// them, holds it.
		const held = new Map<string, string[]>();
		for (const g of guide) {
			await page.goto(g.href);
			held.set(g.href, await names(page));
		}
		for (const { name } of units) {
			const bounding = guide.filter(
				(g) => nameOrder.compare(g.first, name) <= 0 && nameOrder.compare(name, g.last) <= 0
			);
			expect(bounding, name).toHaveLength(1);
			expect(held.get(bounding[0]!.href), name).toContain(name);
		}
		// The table in its own order, with no name box without the script, says where to look a unit up by name.
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/late/`);
		await page.getByRole('link', { name: 'bảng xếp theo tên đơn vị' }).click();
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/#danh-sach`);
		expect(await page.getByRole('link', { name: 'bảng xếp theo tên đơn vị' }).count()).toBe(0);
		// A page of the guide opens at the table.
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/`);
		await page.locator('details.name-guide summary').click();
		await page.locator('details.name-guide a', { hasText: 'Trang 4:' }).click();
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/4/#tien-do`);
		expect(await axeAt(js, page.url())).toEqual([]);

		// A tier's list is by name too: its guide names the rows each page holds, first and last.
		const tier = await guideOf(`${server.url}${CAMPAIGN}/cap/co-so/2/`);
		expect(tier.length).toBeGreaterThan(1);
		const tierNames: string[] = [];
		for (const g of tier) {
			await page.goto(g.href);
			const shown = await names(page, '#don-vi');
			expect([shown[0], shown.at(-1)]).toEqual([g.first, g.last]);
			tierNames.push(...shown);
		}
		// …and in the order the reader compares names in, page after page, as the table by name is.
		expect(tierNames).toEqual(tierNames.toSorted(nameOrder.compare));
		expect(await axeAt(js, `${server.url}${CAMPAIGN}/cap/co-so/2/`)).toEqual([]);
		// Orders other than by name have no guide.
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/sap-xep/gui-gan-nhat/`);
		expect(await page.locator('details.name-guide').count()).toBe(0);
		await page.close();

		// With the script, the guide goes with the pagers when the reader asks for another view, and comes back with the
		// view as built.
		const live = await js.newPage();
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		// With the script the name box is there: the hint for readers without it is not shown.
		expect(await live.getByRole('link', { name: 'bảng xếp theo tên đơn vị' }).count()).toBe(0);
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/sap-xep/ten-don-vi/`);
		await settled(live);
		expect(await live.locator('details.name-guide').isVisible()).toBe(true);
		await live.selectOption('#tien-do-status', 'on-time');
		await settled(live);
		expect(await live.locator('details.name-guide').isVisible()).toBe(false);
		await live.selectOption('#tien-do-status', '');
		await settled(live);
		expect(await live.locator('details.name-guide').isVisible()).toBe(true);
		// axe over the guide opened, its list of pages shown.
		await live.locator('details.name-guide summary').click();
		expect(await live.locator('details.name-guide ol').isVisible()).toBe(true);
		expect(await axeViolations(live, { tags: WCAG_22_AA })).toEqual([]);
		await live.close();
	}, 120_000);

	test("without JavaScript the summary by type leads to each type's own pages; with it, such a page starts with its type chosen", async () => {
		const { units, unitTypes } = await campaignData();
		// The type with the most units, so that its own table runs to more than one page.
		const counts = Map.groupBy(units, (u) => u.type);
		const [type, own] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
		expect(own.length).toBeGreaterThan(PER_PAGE);
		const typeName = unitTypes.find((t) => t.id === type)!.name;
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/`);
		await page
			.locator('table', { has: page.locator('caption', { hasText: 'Theo loại hình' }) })
			.getByRole('link', { name: typeName, exact: true })
			.click();
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/loai/${type}/`);
		// The status counts are the type's own: "Tất cả" is this list, marked as this page.
		expect(await page.locator('.status-counts li:first-child strong').textContent()).toBe(String(own.length));
		expect(await page.locator('.status-counts li:first-child a').getAttribute('aria-current')).toBe('page');
		expect(await page.title()).toContain(`${typeName} (trang 1/${Math.ceil(own.length / PER_PAGE)})`);
		const pages = await namesOverPages(page);
		expect(pages.length).toBe(Math.ceil(own.length / PER_PAGE));
		expect(pages.flat().toSorted(nameOrder.compare)).toEqual(own.map((u) => u.name).toSorted(nameOrder.compare));
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-type-nojs-${width}.png`), fullPage: true });
		await page.close();

		const live = await js.newPage();
		const typePage = `${server.url}${CAMPAIGN}/tien-do/loai/${type}/`;
		await live.goto(typePage);
		await settled(live);
		expect(await live.inputValue('#tien-do-type')).toBe(type);
		expect(await names(live)).toEqual(pages[0]);
		// The orders above are the whole table's: here they lead there, as without the script; the counts are the type's.
		expect(await live.locator('[data-sort-link]').count()).toBe(0);
		expect(await live.locator('[data-filter-link]').count()).toBeGreaterThan(1);
		// Another status, then every status again: the page as built, at its own address, and still after a reload.
		const status = (await live.locator('#tien-do-status option:not([value=""])').first().getAttribute('value'))!;
		await live.selectOption('#tien-do-status', status);
		await settled(live);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?type=${type}&status=${status}`);
		// The units the script lists link their own pages.
		for (const href of await live
			.locator('#tien-do tbody th a')
			.evaluateAll((a) => a.map((e) => e.getAttribute('href'))))
			expect(href).toMatch(new RegExp(`^${CAMPAIGN}/don-vi/[^/]+/$`));
		await live.selectOption('#tien-do-status', '');
		await settled(live);
		expect(live.url()).toBe(typePage);
		expect(await names(live)).toEqual(pages[0]);
		await live.reload();
		await settled(live);
		expect(await live.inputValue('#tien-do-type')).toBe(type);
		expect(await names(live)).toEqual(pages[0]);
		// Asking for every type is the whole table, answered by the script over all its units.
		await live.selectOption('#tien-do-type', '');
		await settled(live);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/`);
		expect(await live.locator('[data-filter-count]').textContent()).toContain(`/${UNITS}`);
		expect(await axeViolations(live, { tags: WCAG_22_AA })).toEqual([]);
		await live.close();
	}, 120_000);

	test("without JavaScript a type's status counts lead to the type's units of that status, over pages of their own", async () => {
		const { units, unitTypes } = await campaignData();
		const counts = Map.groupBy(units, (u) => u.type);
		const [type, own] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
		const typeName = unitTypes.find((t) => t.id === type)!.name;
		const byStatus = Map.groupBy(own, (u) => u.status.kind);
		const [status, ofStatus] = [...byStatus].sort((a, b) => b[1].length - a[1].length)[0]!;
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/loai/${type}/`);
		for (const [kind, list] of byStatus)
			expect(await page.locator(`.status-counts li[data-status="${kind}"] strong`).textContent()).toBe(
				String(list.length)
			);
		await page.click(`.status-counts li[data-status="${status}"] a`);
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/loai/${type}/${status}/#danh-sach`);
		expect(await page.title()).toContain(`${typeName} · `);
		// The way back to the type's whole list is in the breadcrumbs.
		expect(await page.locator('.breadcrumbs a', { hasText: typeName }).getAttribute('href')).toBe(
			`${CAMPAIGN}/tien-do/loai/${type}/`
		);
		const pages = await namesOverPages(page);
		expect(pages.flat().toSorted(nameOrder.compare)).toEqual(ofStatus.map((u) => u.name).toSorted(nameOrder.compare));
		expect(await page.locator(`#tien-do tbody tr:not([data-status="${status}"])`).count()).toBe(0);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-type-status-nojs-${width}.png`), fullPage: true });
		await page.close();

		// With the script, that page starts with both chosen, and the type's counts choose a status in the form.
		const live = await js.newPage();
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/loai/${type}/${status}/`);
		await settled(live);
		expect(await live.inputValue('#tien-do-type')).toBe(type);
		expect(await live.inputValue('#tien-do-status')).toBe(status);
		expect(await names(live)).toEqual(pages[0]);
		await live.click('.status-counts li:first-child a');
		await settled(live);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?type=${type}`);
		expect(await live.locator('[data-filter-count]').textContent()).toContain(`${own.length}/${UNITS}`);
		await live.close();
	}, 120_000);

	test('without JavaScript a unit leads to every unit under it at any depth, by status; with it, the parent is chosen', async () => {
		const { units } = await campaignData();
		const parentOf = new Map(units.map((u) => [u.id, u.parent]));
		const under = (id: string) =>
			units.filter((u) => {
				for (let p = u.parent; p; p = parentOf.get(p)) if (p === id) return true;
				return false;
			});
		// The province has every other unit under it: its list is the whole table, not a copy of it.
		const [province] = units.filter((u) => under(u.id).length === UNITS - 1);
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/don-vi/${province!.id}/`);
		await page.getByRole('link', { name: 'Tiến độ của mọi đơn vị trong danh sách' }).click();
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/`);
		// Another unit with units under it, some of them missing: its own list, then that list's missing units.
		const [top, below] = units
			.map((u) => [u, under(u.id)] as const)
			.filter(([u, list]) => u !== province && list.some((b) => b.status.kind === 'missing'))
			.sort((a, b) => b[1].length - a[1].length)[0]!;
		await page.goto(`${server.url}${CAMPAIGN}/don-vi/${top.id}/`);
		await page.getByRole('link', { name: `Tiến độ của mọi đơn vị thuộc ${top.name}` }).click();
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/cap-tren/${top.id}/`);
		expect(await page.title()).toContain(`Đơn vị thuộc ${top.name}`);
		expect(await page.locator('.status-counts li:first-child strong').textContent()).toBe(String(below.length));
		// The lead, the caption and the filter's status choices count the same units, and no campaign total sits beside.
		const missingHere = below.filter((u) => u.status.kind === 'missing').length;
		expect(await page.locator('.lead').textContent()).toContain(`${below.length} đơn vị thuộc ${top.name}`);
		expect(await page.locator('#tien-do caption').textContent()).toContain(`(${below.length})`);
		expect(await page.locator('#tien-do-status option[value="missing"]').textContent()).toContain(`(${missingHere})`);
		expect(await page.locator('caption', { hasText: 'Tổng hợp theo cấp' }).count()).toBe(0);
		const all = await namesOverPages(page);
		expect(all.flat().toSorted(nameOrder.compare)).toEqual(below.map((u) => u.name).toSorted(nameOrder.compare));
		const missing = below.filter((u) => u.status.kind === 'missing');
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/cap-tren/${top.id}/`);
		await page.click('.status-counts li[data-status="missing"] a');
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/cap-tren/${top.id}/missing/#danh-sach`);
		const pages = await namesOverPages(page);
		expect(pages.flat().toSorted(nameOrder.compare)).toEqual(missing.map((u) => u.name).toSorted(nameOrder.compare));
		expect(await page.locator('#tien-do tbody tr:not([data-status="missing"])').count()).toBe(0);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-parent-status-nojs-${width}.png`), fullPage: true });
		await page.close();

		// With the script: the same units as the filter answers, and the parent stays chosen when the status is cleared.
		const live = await js.newPage();
		await live.goto(`${server.url}${CAMPAIGN}/tien-do/cap-tren/${top.id}/missing/`);
		await settled(live);
		expect(await live.inputValue('#tien-do-parent')).toBe(top.id);
		expect(await live.inputValue('#tien-do-status')).toBe('missing');
		expect(await names(live)).toEqual(pages[0]);
		await live.selectOption('#tien-do-status', '');
		await settled(live);
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/tien-do/?parent=${top.id}`);
		expect((await namesOverPages(live)).flat()).toEqual(all.flat());
		expect(await axeViolations(live, { tags: WCAG_22_AA })).toEqual([]);
		await live.close();
	}, 120_000);

	test("a tier page's status counts lead to the tier's units of that status: their own pages without JavaScript, the filter with it", async () => {
		const { units } = await campaignData();
		const missing = units.filter((u) => u.tier === 'co-so' && u.status.kind === 'missing').map((u) => u.name);
		expect(missing.length).toBeGreaterThan(PER_PAGE / 2);
		const page = await noJs.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/cap/co-so/`);
		expect(Number(await page.locator('.status-counts li[data-status="missing"] strong').textContent())).toBe(
			missing.length
		);
		await page.click('.status-counts li[data-status="missing"] a');
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/cap/co-so/missing/#don-vi`);
		expect(await page.title()).toContain('Cấp cơ sở · Quá hạn');
		const pages = await namesOverPages(page, '#don-vi');
		expect(pages.flat().toSorted(nameOrder.compare)).toEqual(missing.toSorted(nameOrder.compare));
		expect(await page.locator('#don-vi tbody tr:not([data-status="missing"])').count()).toBe(0);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeAt(js, page.url())).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-tier-status-nojs-${width}.png`), fullPage: true });
		await page.close();

		const live = await js.newPage();
		await live.goto(`${server.url}${CAMPAIGN}/cap/co-so/`);
		await settled(live, '#don-vi');
		await live.click('.status-counts li[data-status="missing"] a');
		await settled(live, '#don-vi');
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/cap/co-so/?status=missing`);
		expect(await live.inputValue('#don-vi-status')).toBe('missing');
		// The counts mark the status shown; "Tất cả" gives the tier as built again, marked as this page.
		const all = live.locator('.status-counts li:first-child a');
		expect(await live.getAttribute('.status-counts li[data-status="missing"] a', 'aria-current')).toBe('true');
		expect(await all.getAttribute('aria-current')).toBeNull();
		await all.click();
		await settled(live, '#don-vi');
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/cap/co-so/`);
		expect(await live.inputValue('#don-vi-status')).toBe('');
		expect(await all.getAttribute('aria-current')).toBe('page');
		expect(await live.getAttribute('.status-counts li[data-status="missing"] a', 'aria-current')).toBeNull();
		await live.click('.status-counts li[data-status="missing"] a');
		await settled(live, '#don-vi');
		expect((await namesOverPages(live, '#don-vi')).flat()).toEqual(pages.flat());
		// Opened at the status's own page, the form starts with it; a type chosen and cleared again gives that page back.
		const statusPage = `${server.url}${CAMPAIGN}/cap/co-so/missing/`;
		await live.goto(statusPage);
		await settled(live, '#don-vi');
		expect(await live.inputValue('#don-vi-status')).toBe('missing');
		const type = (await live.locator('#don-vi-type option:not([value=""])').first().getAttribute('value'))!;
		await live.selectOption('#don-vi-type', type);
		await settled(live, '#don-vi');
		expect(live.url()).toBe(`${server.url}${CAMPAIGN}/cap/co-so/?type=${type}&status=missing`);
		await live.selectOption('#don-vi-type', '');
		await settled(live, '#don-vi');
		expect(live.url()).toBe(statusPage);
		expect(await names(live, '#don-vi')).toEqual(pages[0]);
		await live.close();
	}, 120_000);

	test('with JavaScript a tier page filters over all its pages and keeps the filter in the address', async () => {
		const page = await js.newPage();
		await page.goto(`${server.url}${CAMPAIGN}/cap/co-so/`);
		await page.selectOption('#don-vi-status', 'missing');
		await settled(page, '#don-vi');
		const statuses = await page
			.locator('#don-vi tbody tr')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
		expect(new Set(statuses)).toEqual(new Set(['missing']));
		expect(page.url()).toBe(`${server.url}${CAMPAIGN}/cap/co-so/?status=missing`);
		const answered = (await namesOverPages(page, '#don-vi')).flat();
		// The same units as the built pages of the tier hold with that status, whichever page they are on.
		const check = await noJs.newPage();
		await check.goto(`${server.url}${CAMPAIGN}/cap/co-so/`);
		const built = (await namesOverPages(check, '#don-vi', '[data-status="missing"]')).flat();
		await check.close();
		expect(built.length).toBeGreaterThan(0);
		expect(answered).toEqual(built);
		expect(await noSidewaysScroll(page)).toBe(true);
		expect(await axeViolations(page, { tags: WCAG_22_AA })).toEqual([]);
		await page.screenshot({ path: join(shots, `paged-tier-missing-js-${width}.png`), fullPage: true });
		await page.close();
	}, 120_000);
});

test('npm run pdf prints the whole compliance table, every page of it, in one document with no pager', async () => {
	const out = tempDir('so-ket-pdf-');
	const run = promisify(execFile);
	await run(process.execPath, ['scripts/pdf.ts', '--dist', join(root, 'dist'), '--out', out], { cwd: ROOT });
	const { stdout } = await run('pdftotext', [join(out, 'kl120-2021-tien-do.pdf'), '-']);
	// Cells wrap and pdftotext interleaves them, so rows are counted by a cell that never wraps: the grassroots tier's
	// name, one line per unit of the tier, plus its line in the summary by tier.
	const page = await browser.newPage({ javaScriptEnabled: false });
	const tiers: string[] = [];
	for (let n = 1; n <= 4; n++) {
		await page.goto(`${server.url}${CAMPAIGN}/tien-do/${n === 1 ? '' : `${n}/`}`);
		tiers.push(...(await page.locator('#tien-do tbody td[data-label="Cấp"]').allTextContents()));
	}
	await page.close();
	expect(tiers).toHaveLength(UNITS);
	const grassroots = tiers.filter((t) => t === 'Cấp cơ sở').length;
	expect(grassroots).toBeGreaterThan(PER_PAGE);
	expect(stdout.split('\n').filter((line) => line.endsWith('Cấp cơ sở'))).toHaveLength(grassroots + 1);
	expect(stdout).not.toMatch(/trang \d+\/4|Trang sau|Bảng có 4 trang/);
	// The urging list prints whole as well: every urgent unit's row, each group once.
	const urging = (await run('pdftotext', [join(out, 'kl120-2021-don-doc.pdf'), '-'])).stdout;
	expect(urging).not.toMatch(/tiếp theo trang trước|còn tiếp ở trang sau|Trang sau/);
	const listed = await browser.newPage({ javaScriptEnabled: false });
	let urgentGrassroots = 0;
	for (const path of ['don-doc/', 'don-doc/2/']) {
		await listed.goto(`${server.url}${CAMPAIGN}/${path}`);
		urgentGrassroots += (await listed.locator('table.urging tbody td[data-label="Cấp"]').allTextContents()).filter(
			(t) => t === 'Cấp cơ sở'
		).length;
	}
	await listed.close();
	expect(urgentGrassroots).toBeGreaterThan(0);
	// pdftotext may set a cell beside the one before it on a line: the tier ends the line either way.
	expect(urging.split('\n').filter((line) => line.endsWith('Cấp cơ sở'))).toHaveLength(urgentGrassroots);
}, 300_000);
