// What a reader sees, in real Chromium against the built sample site.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { browseSite, type Served } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';

let browser: Browser;
let server: Served;
const shots = join(ROOT, 'test-results/screenshots');

browseSite((opened) => ({ browser, server } = opened));
beforeAll(() => {
	mkdirSync(shots, { recursive: true });
});

test.each([
	['home', '/'],
	['tier', '/kl120-2021/cap/co-so/'],
	['review', '/kl120-2021/don-vi/huyen-uy-thach-loc/'],
	['compliance', '/kl120-2021/tien-do/'],
])('the %s page renders with one h1, Vietnamese language and no console errors', async (name, path) => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	const response = await page.goto(server.url + path);
	expect(response?.status()).toBe(200);
	expect(await page.locator('h1').count()).toBe(1);
	expect(await page.getAttribute('html', 'lang')).toBe('vi');
	await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
	expect(errors).toEqual([]);
	await page.close();
});

test("narrowing a tier page by parent keeps only that parent's units and puts the choice in the URL", async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/kl120-2021/cap/co-so/`);
	const all = await page.locator('#don-vi tbody tr').count();
	await page.selectOption('#don-vi-parent', 'huyen-uy-thach-loc');
	// The answer covers the whole tier, loaded once: the table is busy until it is in.
	await page.waitForSelector('#don-vi:not([aria-busy])', { state: 'attached' });
	const visible = page.locator('#don-vi tbody tr:not([hidden])');
	expect(await visible.count()).toBeLessThan(all);
	for (const parent of await visible.locator('td:nth-child(3)').allTextContents())
		expect(parent).toBe('Huyện ủy Thạch Lộc');
	expect(page.url()).toContain('parent=huyen-uy-thach-loc');
	const count = await visible.count();
	await page.reload();
	await page.waitForSelector('#don-vi[data-page-size]:not([aria-busy])', { state: 'attached' });
	await page.waitForFunction(() => document.querySelector('[data-filter-count]')?.textContent?.startsWith('Hiển thị'));
	expect(await page.locator('#don-vi tbody tr:not([hidden])').count()).toBe(count);
	await page.close();
});

test('without JavaScript a tier page still lists every unit', async () => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${server.url}/kl120-2021/cap/co-so/?parent=huyen-uy-thach-loc`);
	const rows = page.locator('#don-vi tbody tr');
	expect(await rows.count()).toBeGreaterThan(20);
	expect(await page.locator('#don-vi tbody tr[hidden]').count()).toBe(0);
	expect(await page.locator('form.filters').isVisible()).toBe(false);
	await context.close();
});

test('the skip link takes a keyboard user to the main content', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}/kl120-2021/don-vi/xa-thach-son/`);
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
	await page.keyboard.press('Enter');
	expect(await page.evaluate(() => location.hash)).toBe('#noi-dung');
	await page.close();
});

test('a review page carries no JavaScript until the reader uses search', async () => {
	const page = await browser.newPage();
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto(`${server.url}/kl120-2021/don-vi/xa-thach-son/`);
	expect(scripts).toEqual([]);
	await page.close();
});
