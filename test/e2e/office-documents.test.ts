// The download block of the office's Word documents, as a reader sees it on a phone and a desktop: it fits the
// width, passes axe, and every link downloads a Word file that exists.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchChromium, serve } from '../helpers/browser.ts';
import { ROOT, sampleSite } from '../helpers/site.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const shots = join(ROOT, 'test-results/screenshots');

beforeAll(async () => {
  server = await serve(await sampleSite());
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
