// Search as a reader uses it, in real Chromium against the built sample site.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { browseSite, type Served } from '../helpers/browser.ts';
import { ROOT, SAMPLE_AS_OF, sampleReportCountSentBy } from '../helpers/site.ts';
import { D_MARK } from '../../src/lib/search/pagefind-text.ts';

let browser: Browser;
let server: Served;
const shots = [join(ROOT, 'test-results/screenshots'), '/tmp/shots'];

browseSite((opened) => ({ browser, server } = opened));
beforeAll(() => {
	for (const dir of shots) mkdirSync(dir, { recursive: true });
});

const status = (page: Page) => page.locator('[data-search-status]');
/** Waits until the page reports the results of a search, shows them all ("Xem thêm"), then returns the pages listed. */
async function results(page: Page, expand = true): Promise<string[]> {
	const settled = () =>
		page.waitForFunction(
			() =>
				/Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? '') &&
				!document.querySelector('[aria-busy]')
		);
	await settled();
	const more = page.locator('[data-search-more]');
	while (expand && (await more.isVisible())) {
		const shown = await page.locator('.result').count();
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, shown);
		await settled();
	}
	return page
		.locator('.result h3 a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
/** The number of results the status line announces. */
const total = async (page: Page) => Number(/Tìm thấy (\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
// Reports of every campaign received by the sample's as-of date: one search covers all of them unless a campaign is chosen.
const reportCount = sampleReportCountSentBy(SAMPLE_AS_OF);
const reports = (urls: string[]) => urls.filter((u) => u.includes('/don-vi/')).sort();
async function searchFor(page: Page, query: string): Promise<string[]> {
	await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
	return results(page);
}

test('from the header box of a review page, "bai hoc" finds the same reports as "bài học"', async () => {
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${server.url}/kl120-2021/don-vi/xa-thach-son/`);
	await page.fill('#site-search-q', 'bai hoc');
	await page.press('#site-search-q', 'Enter');
	await page.waitForURL(/\/tim-kiem\/\?q=bai\+hoc$/);
	const plain = await results(page);
	expect(reports(plain).length).toBeGreaterThan(2);
	expect(await status(page).textContent()).toBe(`Tìm thấy ${plain.length} kết quả cho “bai hoc”.`);
	expect(reports(await searchFor(page, 'bài học'))).toEqual(reports(plain));
	expect(errors).toEqual([]);
	await page.close();
});

test('"dan chu co so" without diacritics finds every report, as "dân chủ cơ sở" does; "doi thoai" finds "đối thoại"', async () => {
	const page = await browser.newPage();
	const all = reports(await searchFor(page, 'dan chu co so'));
	expect(all).toHaveLength(reportCount);
	expect(reports(await searchFor(page, 'dân chủ cơ sở'))).toEqual(all);
	expect(reports(await searchFor(page, 'doi thoai'))).toEqual(reports(await searchFor(page, 'đối thoại')));
	const marked = await page.locator('.result mark').allTextContents();
	expect(
		marked.some((m) => /^[Đđ]ối$/.test(m)),
		marked.join()
	).toBe(true);
	expect(marked.join('')).not.toContain(D_MARK);
	await page.close();
});

test('one click on a tier narrows "bai hoc" to that tier, shows counts and puts the filter in the URL', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const all = await searchFor(page, 'bai hoc');
	await page.click('label[for="loc-tier-co-so"]');
	await page.waitForURL(/tier=co-so/);
	await page.waitForFunction(
		(n) => document.querySelectorAll('.result').length < n && !document.querySelector('[aria-busy]'),
		all.length
	);
	const narrowed = await results(page);
	expect(narrowed.length).toBeGreaterThan(1);
	for (const tier of await page.locator('.result .caption').allTextContents())
		// The 2025 review keeps the id co-so for its commune tier, under its new name.
		expect(tier).toMatch(/^Kế hoạch \S+ \(\d{4}\) · (Cấp cơ sở|Cấp xã và tương đương) · Sơ kết ngày/);
	expect(await page.locator('label[for="loc-tier-co-so"] [data-count]').textContent()).toBe(`(${narrowed.length})`);
	expect(await status(page).textContent()).toBe(
		`Tìm thấy ${narrowed.length} kết quả cho “bai hoc” với các bộ lọc đã chọn.`
	);
	for (const dir of shots) await page.screenshot({ path: join(dir, 'search-bai-hoc-cap-co-so.png'), fullPage: true });
	await page.close();
});

test('a result opens its report at the lessons-learned section', async () => {
	const page = await browser.newPage();
	await searchFor(page, 'bai hoc kinh nghiem');
	// Every report's best section is its lessons section.
	const reportResults = page.locator('.result:has(h3 a[href*="/don-vi/"])');
	expect(await reportResults.count()).toBe(reportCount);
	for (const first of await reportResults.locator('.result-sections li:first-child > a').allTextContents())
		expect(first.toLocaleLowerCase('vi')).toContain('bài học kinh nghiệm');
	const section = reportResults.first().locator('.result-sections a').first();
	const title = (await section.textContent())!;
	await section.click();
	await page.waitForURL(/\/don-vi\/[^/]+\/#/);
	const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
	const heading = page.locator(`[id="${id}"]`);
	expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[2-6]$/);
	expect(await heading.textContent()).toBe(title);
	expect(await heading.evaluate((el) => el.closest('[data-pagefind-body]') !== null)).toBe(true);
	await page.close();
});

test('the URL restores a search: words, filters and order, also after going back', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/tim-kiem/?q=doi+thoai&tier=huyen&sort=oldest`);
	const restored = await results(page);
	expect(await page.inputValue('#q')).toBe('doi thoai');
	expect(await page.isChecked('#loc-tier-huyen')).toBe(true);
	expect(await page.isChecked('#loc-tier-co-so')).toBe(false);
	expect(await page.inputValue('#sap-xep')).toBe('oldest');
	expect(restored.length).toBeGreaterThan(1);
	const dates = (await page.locator('.result .caption').allTextContents()).map((t) =>
		t
			.replace(/.*ngày /, '')
			.split('/')
			.reverse()
			.map((n) => n.padStart(2, '0'))
			.join('-')
	);
	expect(dates).toEqual([...dates].sort());
	await page.fill('#q', 'khen thuong');
	await page.press('#q', 'Enter');
	await page.waitForURL(/q=khen\+thuong/);
	await results(page);
	await page.goBack();
	await page.waitForURL(/q=doi\+thoai/);
	await page.waitForFunction(() => (document.querySelector('#q') as HTMLInputElement).value === 'doi thoai');
	expect(await results(page)).toEqual(restored);
	await page.close();
});

test('keyboard only: type, press Enter, tab to a filter and press Space', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/tim-kiem/`);
	await page.focus('#q');
	await page.keyboard.type('bai hoc');
	await page.keyboard.press('Enter');
	await results(page, false); // "Xem thêm" is not clicked: focus stays in the search box
	const all = await total(page);
	const before = await status(page).textContent();
	// The results come first in the page, the filters after them: tab past the results to the filters' heading.
	for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'SUMMARY'; i++)
		await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
	await page.keyboard.press('Tab'); // the first filter: the top tier with a report
	expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('tier');
	await page.keyboard.press('Space');
	await page.waitForURL(/tier=/);
	await page.waitForFunction((old) => document.querySelector('[data-search-status]')?.textContent !== old, before);
	await results(page, false);
	expect(await total(page)).toBeGreaterThan(0);
	expect(await total(page)).toBeLessThan(all);
	await page.close();
});

test('on a phone the filters fold away until asked for, and open with the keyboard', async () => {
	const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
	await searchFor(page, 'bai hoc');
	expect(await page.isVisible('#loc-tier-co-so')).toBe(false);
	expect(
		await page
			.locator('.result')
			.first()
			.boundingBox()
			.then((b) => b!.y)
	).toBeLessThan(800);
	await page.focus('[data-search-filters] summary');
	await page.keyboard.press('Enter');
	expect(await page.isVisible('#loc-tier-co-so')).toBe(true);
	await page.close();
});

test('a search with no match says so in Vietnamese', async () => {
	const page = await browser.newPage();
	expect(await searchFor(page, 'xyzzyq')).toEqual([]);
	expect(await status(page).textContent()).toBe(
		'Không tìm thấy kết quả nào cho “xyzzyq”. Hãy thử từ khóa khác, ít từ hơn hoặc bỏ bớt bộ lọc.'
	);
	await page.close();
});

test('without JavaScript the header box still takes the reader to the search page with the query', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${server.url}/kl120-2021/`);
	await page.fill('#site-search-q', 'dân chủ');
	await page.press('#site-search-q', 'Enter');
	await page.waitForURL(/\/tim-kiem\/\?q=d%C3%A2n\+ch%E1%BB%A7$/);
	expect(await page.locator('main noscript').count()).toBe(1);
	// No control that needs the script is left on screen to do nothing; the header box still works.
	for (const control of ['#q', '#sap-xep', '[data-search-filters]'])
		expect(await page.isVisible(control), control).toBe(false);
	expect(await page.isVisible('#site-search-q')).toBe(true);
	await context.close();
});
