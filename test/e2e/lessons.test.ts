// The lessons pages as a reader uses them, in real Chromium against the built sample site (built with a small page
// size, so that some themes run to several pages).
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { browseSite, type Served } from '../helpers/browser.ts';
import { SAMPLE_LESSONS_PER_PAGE } from '../helpers/site.ts';

let browser: Browser;
let server: Served;
browseSite((opened) => ({ browser, server } = opened));

const visibleLessons = 'li[data-lesson]:not([hidden])';
// Grassroots lessons on dialogue: several pages, several unit types, in the sample.
const DIALOGUE = '/kl120-2021/bai-hoc/co-so/doi-thoai/';

test('from the overview a theme opens its page, and the breadcrumbs lead back', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/kl120-2021/bai-hoc/`);
	const link = page.locator('section[data-tier="co-so"] li[data-theme="doi-thoai"] h3 a');
	const name = await link.textContent();
	await link.click();
	await page.waitForURL(`**${DIALOGUE}`);
	expect(await page.locator('h1').textContent()).toBe(name);
	expect(await page.locator('li[data-lesson]').count()).toBeGreaterThan(0);
	await page.locator('.breadcrumbs a', { hasText: 'Cấp cơ sở' }).click();
	await page.waitForURL(/\/bai-hoc\/#cap-co-so$/);
	expect(await page.locator('h1').textContent()).toBe('Bài học kinh nghiệm');
	await page.close();
});

test('words typed without diacritics keep only the lessons written with them, and the URL brings the choice back', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}${DIALOGUE}`);
	const all = await page.locator(visibleLessons).count();
	await page.fill('#bai-hoc-q', 'doi thoai');
	const shown = page.locator(visibleLessons);
	expect(await shown.count()).toBeGreaterThan(0);
	expect(await shown.count()).toBeLessThan(all);
	for (const text of await shown.allTextContents()) expect(text.toLocaleLowerCase('vi')).toContain('đối thoại');
	expect(await page.locator('[data-filter-count]').textContent()).toBe(
		`Hiển thị ${await shown.count()}/${all} bài học`
	);
	expect(page.url()).toMatch(/\?q=doi\+thoai$/);
	const count = await shown.count();
	await page.reload();
	expect(await page.inputValue('#bai-hoc-q')).toBe('doi thoai');
	expect(await page.locator(visibleLessons).count()).toBe(count);
	await page.fill('#bai-hoc-q', 'khong co tu nay');
	expect(await page.locator(visibleLessons).count()).toBe(0);
	expect(await page.isVisible('[data-lessons-none]')).toBe(true);
	await page.close();
});

test('the unit type narrows the lessons to units of that type', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}${DIALOGUE}`);
	const all = await page.locator(visibleLessons).count();
	const types = await page
		.locator('#bai-hoc-type option')
		.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
	expect(types.length).toBeGreaterThan(1);
	await page.selectOption('#bai-hoc-type', types[0]!);
	const shown = await page.locator(visibleLessons).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-type')));
	expect(shown.length).toBeGreaterThan(0);
	expect(shown.length).toBeLessThan(all);
	expect(new Set(shown)).toEqual(new Set([types[0]]));
	expect(page.url()).toContain(`type=${types[0]}`);
	await page.close();
});

test('the pager goes to the next page, taking the filter along', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}${DIALOGUE}`);
	const first = await page
		.locator('li[data-lesson]')
		.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-lesson')));
	await page.fill('#bai-hoc-q', 'dan');
	await page.locator('.pager a[rel="next"]').first().click();
	await page.waitForURL(`**${DIALOGUE}2/?q=dan`);
	expect(await page.inputValue('#bai-hoc-q')).toBe('dan');
	expect(await page.locator('.pager [aria-current="page"]').first().textContent()).toBe('Trang 2');
	const second = await page
		.locator('li[data-lesson]')
		.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-lesson')));
	expect(second.length).toBeGreaterThan(0);
	expect(second.filter((id) => first.includes(id))).toEqual([]);
	await page.close();
});

test("a lesson links to its report's lessons section", async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}${DIALOGUE}`);
	const link = page.locator('li[data-lesson] a').first();
	const unit = await link.textContent();
	await link.click();
	await page.waitForURL(/\/don-vi\/[^/]+\/#/);
	expect(await page.locator('h1').textContent()).toBe(unit);
	const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
	expect((await page.locator(`[id="${id}"]`).textContent())!.toLocaleLowerCase('vi')).toContain('bài học kinh nghiệm');
	await page.close();
});

test('without JavaScript every lesson of the page is listed and the filter form stays hidden', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${server.url}${DIALOGUE}?q=zalo`);
	expect(await page.locator('li[data-lesson][hidden]').count()).toBe(0);
	expect(await page.locator('li[data-lesson]').count()).toBe(SAMPLE_LESSONS_PER_PAGE);
	expect(await page.isVisible('form[data-lessons-filter]')).toBe(false);
	expect(await page.isVisible('.pager a[rel="next"]')).toBe(true);
	await context.close();
});
