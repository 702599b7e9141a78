// Every page type of the sample site as a leader on a phone and an office on a desktop see it: nothing scrolls
// sideways, axe finds no WCAG 2.2 AA violation, and a screenshot of each at 390 px is kept to look at.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { browseSite, axeViolations, WCAG_22_AA, type Served } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';

/** One page of each kind the site builds. */
export const PAGE_TYPES: [string, string][] = [
	['home', '/'],
	['campaign', '/kl120-2021/'],
	['tier', '/kl120-2021/cap/co-so/'],
	['unit-with-report', '/kl120-2021/don-vi/huyen-uy-thach-loc/'],
	['unit-without-report', '/kl120-2021/don-vi/tinh-uy-son-ha/'],
	['compliance', '/kl120-2021/tien-do/'],
	['lessons', '/kl120-2021/bai-hoc/'],
	['lessons-theme', '/kl120-2021/bai-hoc/co-so/doi-thoai/'],
	['urging', '/kl120-2021/don-doc/'],
	['synthesis', '/kl120-2021/tong-hop/'],
	['search', '/tim-kiem/?q=%C4%91%E1%BB%91i%20tho%E1%BA%A1i'],
	['guide', '/huong-dan/'],
	['send', '/gui-bao-cao/'],
	['campaign-two-tiers', '/kl120-2025/'],
	['unit-across-campaigns', '/kl120-2025/don-vi/xa-an-binh/'],
	['not-found', '/khong-co-trang-nay/'],
];
/** The newest campaign (latest plan date): the one the home and 404 pages lead to. */
const NEWEST = readdirSync(join(ROOT, 'content/campaigns'))
	.map((f) => ({
		id: f.replace(/\.yaml$/, ''),
		date: String(parseYaml(readFileSync(join(ROOT, 'content/campaigns', f), 'utf8')).plan.date),
	}))
	.sort((a, b) => b.date.localeCompare(a.date))[0]!.id;
const WIDTHS = [320, 390, 1280];

let browser: Browser;
let server: Served;
const shots = join(ROOT, 'test-results/screenshots/phone');

browseSite((opened) => ({ browser, server } = opened), undefined, 300_000);
beforeAll(() => {
	mkdirSync(shots, { recursive: true });
});

async function open(path: string, width: number): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	await page.goto(server.url + path, { waitUntil: 'networkidle' });
	return page;
}

describe.each(WIDTHS)('at %i px', (width) => {
	test.each(PAGE_TYPES)(
		'the %s page does not scroll sideways and has no accessibility violation',
		async (name, path) => {
			const page = await open(path, width);
			// Elements wider than the viewport, named so a failure says what to fix.
			const overflow = await page.evaluate(() => {
				const limit = document.documentElement.clientWidth;
				const wide = [...document.querySelectorAll('body *')].filter(
					(e) => e.getBoundingClientRect().right > limit + 1 && !e.closest('.table-scroll, .chart-scroll')
				);
				return {
					scrollWidth: document.documentElement.scrollWidth,
					limit,
					wide: wide.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
				};
			});
			expect(overflow.scrollWidth, overflow.wide.join(', ')).toBeLessThanOrEqual(width);
			const violations = await axeViolations(page, { tags: WCAG_22_AA });
			expect(violations.join('\n')).toBe('');
			if (width === 390) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
			await page.close();
		}
	);
});

test('the search page puts its results before the filters, and keeps the header search box', async () => {
	const page = await open('/tim-kiem/?q=b%C3%A0i%20h%E1%BB%8Dc', 390);
	await page.waitForSelector('.result');
	const order = await page.evaluate(() => {
		const results = document.querySelector('.search-results')!;
		const filters = document.querySelector('[data-search-filters]')!;
		return results.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order).toBeTruthy();
	expect(await page.isVisible('#site-search-q')).toBe(true);
	await page.close();
});

test('the 404 page has the navigation, the sample-data banner and links to the main pages', async () => {
	const page = await open('/khong-co-trang-nay/', 390);
	expect(await page.locator('.site-nav a').count()).toBeGreaterThan(3);
	expect(await page.isVisible('.sample-banner')).toBe(true);
	for (const href of [`/${NEWEST}/tien-do/`, `/${NEWEST}/tong-hop/`, '/tim-kiem/'])
		expect(await page.locator(`main a[href="${href}"]`).count(), href).toBe(1);
	await page.close();
});

test('phone numbers are links that dial, and every tap target in the navigation and filters is at least 44 px tall', async () => {
	const page = await open('/kl120-2021/don-doc/', 390);
	const tel = await page.locator('a[href^="tel:"]').first().getAttribute('href');
	expect(tel).toMatch(/^tel:\+?\d{9,12}$/);
	await page.goto(`${server.url}/kl120-2021/tien-do/`);
	const heights = await page
		.locator('.site-nav a, .filters select, .filters input, .status-counts a')
		.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
	for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
	await page.close();
});
