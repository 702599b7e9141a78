// The monitoring officer's pages in real Chromium: sorting and filtering the compliance table, the table without
// JavaScript, the synthesis on screen and in print, and the PDF command.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { browseSite, type Served } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';
import { nameOrder } from '../../src/lib/text/collation.ts';

let browser: Browser;
let server: Served;
let dist: string;
// Screenshots are looked at by a person after a change to these pages.
const shots = process.env.SHOTS_DIR ?? join(ROOT, 'test-results/screenshots');

browseSite((opened) => ({ browser, server, dir: dist } = opened));
beforeAll(() => {
	mkdirSync(shots, { recursive: true });
});

const TABLE = '#tien-do';
// Filtering and sorting answer over the whole table, loaded once: the table is busy until the answer is in.
const settled = (page: Page) => page.waitForSelector(`${TABLE}:not([aria-busy])`, { state: 'attached' });
const visibleColumn = async (page: Page, n: number) => (
	await settled(page),
	page.locator(`${TABLE} tbody tr:not([hidden]) > :nth-child(${n})`).allTextContents()
);
const column = async (page: Page, n: number) => (
	await settled(page),
	page.locator(`${TABLE} tbody tr > :nth-child(${n})`).allTextContents()
);
const header = (page: Page, name: string) => page.locator(`${TABLE} thead th`, { hasText: name });

// Expectations are read from the table's own data attributes, so they hold whatever the sample holds.
const URGENCY = ['missing', 'late', 'not-yet-due', 'pending', 'on-time'];
const days = (text: string) => Number(/(\d+) ngày/.exec(text)?.[1] ?? 0);

test('clicking a column header sorts the rows both ways and says so with aria-sort', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/kl120-2021/tien-do/`);
	const sent = header(page, 'Ngày gửi báo cáo');
	expect(await sent.getAttribute('aria-sort')).toBeNull();
	await sent.getByRole('button').click();
	expect(await sent.getAttribute('aria-sort')).toBe('ascending');
	const iso = (d: string) =>
		d === '—'
			? '9999'
			: d
					.split('/')
					.reverse()
					.map((p) => p.padStart(2, '0'))
					.join('-');
	const ascending = (await column(page, 6)).map(iso);
	expect(ascending).toEqual([...ascending].sort());
	// Units with no report yet come last, not first.
	expect(ascending[0]).not.toBe('9999');
	expect(ascending.at(-1)).toBe('9999');
	await sent.getByRole('button').click();
	expect(await sent.getAttribute('aria-sort')).toBe('descending');
	// Latest first, and still the units with no report last (as a spreadsheet sorts blanks).
	const dated = ascending.filter((d) => d !== '9999');
	expect((await column(page, 6)).map(iso)).toEqual([...[...dated].reverse(), ...ascending.slice(dated.length)]);

	// Sorting by status puts the most urgent first: longest overdue, then latest; only one header is sorted at a time.
	await header(page, 'Tình trạng').getByRole('button').click();
	await settled(page);
	expect(await sent.getAttribute('aria-sort')).toBeNull();
	const kinds = await page
		.locator(`${TABLE} tbody tr`)
		.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status!));
	expect(kinds.map((k) => URGENCY.indexOf(k))).toEqual(kinds.map((k) => URGENCY.indexOf(k)).sort((a, b) => a - b));
	const statuses = await column(page, 8);
	const overdue = statuses.filter((_, i) => kinds[i] === 'missing').map(days);
	expect(overdue.length).toBeGreaterThan(0);
	expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
	// By name, the Vietnamese way: "Đ" after "D", before "H".
	await header(page, 'Đơn vị').first().getByRole('button').click();
	const names = await column(page, 1);
	expect(names).toEqual([...names].sort(nameOrder.compare));
	await page.close();
});

test('filters by tier, type, parent at any depth and status narrow the rows and show the count', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/kl120-2021/tien-do/`);
	const all = await page.locator(`${TABLE} tbody tr`).count();
	const late = await page.locator(`${TABLE} tbody tr[data-status="late"]`).count();
	expect(late).toBeGreaterThan(0);
	await page.selectOption('#tien-do-status', 'late');
	const shown = await visibleColumn(page, 8);
	expect(shown).toHaveLength(late);
	for (const status of shown) expect(status).toMatch(/^(Gửi|Tổ chức) chậm \d+ ngày$/);
	expect(await page.locator('[data-filter-count]').textContent()).toBe(`Hiển thị ${late}/${all} đơn vị`);
	await page.selectOption('#tien-do-status', '');
	// The province is the parent, at some depth, of every other unit.
	await page.selectOption('#tien-do-parent', 'tinh-uy-son-ha');
	await settled(page);
	expect(await page.locator(`${TABLE} tbody tr:not([hidden])`).count()).toBe(all - 1);
	await page.selectOption('#tien-do-tier', 'co-so');
	await page.selectOption('#tien-do-parent', 'huyen-uy-an-phu');
	expect(new Set(await visibleColumn(page, 4))).toEqual(new Set(['Huyện ủy An Phú']));
	await page.selectOption('#tien-do-type', 'co-so-su-nghiep');
	expect(await visibleColumn(page, 1)).toEqual(['Chi bộ Trường Trung học phổ thông An Phú']);
	expect(page.url()).toContain('type=co-so-su-nghiep');
	// Sorting keeps the filter.
	await header(page, 'Ngày sơ kết').getByRole('button').click();
	await settled(page);
	expect(await page.locator(`${TABLE} tbody tr:not([hidden])`).count()).toBe(1);
	await page.close();
});

test('without JavaScript the compliance table shows every row, with no filters and no sort buttons', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${server.url}/kl120-2021/tien-do/?status=late`);
	const rows = page.locator(`${TABLE} tbody tr`);
	expect(await rows.count()).toBe(40);
	for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
	expect(await page.locator('form.filters').isVisible()).toBe(false);
	expect(await page.locator(`${TABLE} thead button`).count()).toBe(0);
	await context.close();
});

test('the synthesis page loads no script, and prints on paper without navigation', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const scripts: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${server.url}/kl120-2021/tong-hop/`);
	expect(scripts).toEqual([]);
	expect(errors).toEqual([]);
	expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(4);
	await page.screenshot({ path: join(shots, 'tong-hop.png'), fullPage: true });
	expect(await page.locator('.site-nav').isVisible()).toBe(true);

	await page.setViewportSize({ width: 794, height: 1123 });
	await page.emulateMedia({ media: 'print' });
	await page.screenshot({ path: join(shots, 'tong-hop-print.png'), fullPage: true });
	for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.downloads'])
		expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
	expect(await page.locator('h1').isVisible()).toBe(true);
	// Charts fit the A4 text width (about 180 mm, 680 CSS px).
	for (const svg of await page.locator('figure.chart svg').all())
		expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(680);
	await page.close();
});

test('npm run pdf prints the synthesis, the urging list and the compliance table of each campaign to A4', async () => {
	const out = tempDir('so-ket-pdf-');
	const { stdout } = await promisify(execFile)(process.execPath, ['scripts/pdf.ts', '--dist', dist, '--out', out], {
		cwd: ROOT,
	});
	expect(readdirSync(out).sort()).toEqual([
		'kl120-2021-don-doc.pdf',
		'kl120-2021-tien-do.pdf',
		'kl120-2021-tong-hop.pdf',
		'kl120-2025-don-doc.pdf',
		'kl120-2025-tien-do.pdf',
		'kl120-2025-tong-hop.pdf',
	]);
	expect(stdout).toContain('kl120-2021-tong-hop.pdf');
	expect(stdout).toContain('kl120-2025-tong-hop.pdf');
	for (const name of readdirSync(out)) {
		const pdf = readFileSync(join(out, name), 'latin1');
		expect(pdf.startsWith('%PDF-')).toBe(true);
		// A4 is 595 × 842 points, across for the wide compliance table; every page has that size.
		const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
			Math.round(Number(m[1])),
			Math.round(Number(m[2])),
		]);
		expect(boxes.length).toBeGreaterThan(0);
		expect(new Set(boxes.map(String))).toEqual(new Set([name.includes('tien-do') ? '842,595' : '595,842']));
	}
}, 120_000);
