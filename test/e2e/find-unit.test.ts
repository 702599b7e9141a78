// The compliance table as a clerk uses it on a phone: find my unit by name, follow a status count, keep the order.
import type { Browser, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browseSite, type Served } from '../helpers/browser.ts';

let browser: Browser;
let server: Served;
browseSite((opened) => ({ browser, server } = opened), undefined, 300_000);

// Filtering and sorting answer over the whole table, loaded once: the table is busy until the answer is in.
const settled = (page: Page) => page.waitForSelector('#tien-do:not([aria-busy])', { state: 'attached' });
const visibleNames = async (page: Page) => {
	await settled(page);
	return page.locator('#tien-do tbody tr:not([hidden]) th a').allTextContents();
};

async function compliance(query = ''): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
	await page.goto(`${server.url}/kl120-2021/tien-do/${query}`);
	return page;
}

test('typing a unit name with or without diacritics narrows the table to it', async () => {
	const page = await compliance();
	for (const typed of ['Thạch Lộc', 'thach loc', 'THACH LOC']) {
		await page.fill('#tien-do-q', typed);
		const names = await visibleNames(page);
		expect(names.length, typed).toBeGreaterThan(0);
		for (const name of names) expect(name).toContain('Thạch Lộc');
	}
	expect(page.url()).toContain('q=THACH+LOC');
	await page.reload();
	expect(await page.inputValue('#tien-do-q')).toBe('THACH LOC');
	await page.close();
});

test('a status count is a link that shows only the units in that status', async () => {
	const page = await compliance();
	const count = Number(await page.locator('.status-counts li[data-status="missing"] strong').textContent());
	await page.click('.status-counts li[data-status="missing"] a');
	await settled(page);
	expect(await page.locator('#tien-do tbody tr:not([hidden])').count()).toBe(count);
	expect(await page.locator('#tien-do tbody tr:not([hidden])[data-status="missing"]').count()).toBe(count);
	expect(await page.inputValue('#tien-do-status')).toBe('missing');
	await page.close();
});

test('the table opens with what needs action first: overdue, longest first, then due soonest', async () => {
	const page = await compliance();
	const statuses = await page
		.locator('#tien-do tbody tr')
		.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
	const firstOther = statuses.findIndex((s) => s !== 'missing');
	expect(firstOther).toBeGreaterThan(0);
	expect(statuses.slice(firstOther).includes('missing')).toBe(false);
	const keys = await page
		.locator('#tien-do tbody tr td.status-cell')
		.evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort!));
	expect(keys).toEqual([...keys].sort());
	await page.close();
});

test('a chosen sort order survives a reload', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.goto(`${server.url}/kl120-2021/tien-do/`);
	await page.click('#tien-do thead th:first-child button.sort');
	await page.click('#tien-do thead th:first-child button.sort');
	const sorted = await visibleNames(page);
	expect(page.url()).toContain('sort=name-desc');
	await page.reload();
	expect(await page.getAttribute('#tien-do thead th:first-child', 'aria-sort')).toBe('descending');
	expect(await visibleNames(page)).toEqual(sorted);
	await page.close();
});
