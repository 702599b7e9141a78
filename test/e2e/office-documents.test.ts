// The download block of the office's Word documents, as a reader sees it on a phone and a desktop: it fits the
// width, passes axe, and every link downloads a Word file that exists.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { expect, test } from 'vitest';
import { browseSite, axeViolations, type Served } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site.ts';

let browser: Browser;
let server: Served;
const shots = join(ROOT, 'test-results/screenshots');

browseSite((opened) => ({ browser, server } = opened), undefined, 600_000);

test.each([
	['don-doc', 390, 8],
	['don-doc', 1280, 8],
	['tong-hop', 390, 1],
	['tong-hop', 1280, 1],
])('the %s page at %i px offers its Word documents in a block that fits and passes axe', async (name, width, count) => {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(`${server.url}/kl120-2021/${name}/`, { waitUntil: 'networkidle' });
	const block = page.locator('.office-documents');
	await expect.poll(() => block.count()).toBe(1);
	const links = block.locator('a[download]');
	expect(await links.count()).toBe(count);
	const box = (await block.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(width);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		const response = await page.request.get(`${server.url}${href}`);
		expect(response.status(), href).toBe(200);
		// A .docx is a zip archive.
		expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK');
	}
	const violations = await axeViolations(page, { include: '.office-documents' });
	expect(violations).toEqual([]);
	await block.screenshot({ path: join(shots, `van-ban-${name}-${width}.png`) });
	await page.close();
});
