// The lessons page as a reader uses it, in real Chromium against the built sample site.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, serve } from '../helpers/browser.ts';
import { sampleSite } from '../helpers/site.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(await sampleSite());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visibleLessons = 'li[data-lesson]:not([hidden])';

test('choosing a theme and a tier keeps only those lessons, and the URL brings the choice back', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/kl120-2021/bai-hoc/`);
  const all = await page.locator(visibleLessons).count();
  await page.selectOption('#bai-hoc-theme', 'doi-thoai');
  await page.selectOption('#bai-hoc-tier', 'co-so');
  const shown = page.locator(visibleLessons);
  expect(await shown.count()).toBeGreaterThan(0);
  expect(await shown.count()).toBeLessThan(all);
  for (const section of await shown.evaluateAll((lis) => lis.map((li) => `${li.closest('[data-tier]')?.getAttribute('data-tier')}/${li.closest('[data-theme]')?.getAttribute('data-theme')}`)))
    expect(section).toBe('co-so/doi-thoai');
  expect(await page.locator('[data-filter-count]').textContent()).toMatch(new RegExp(`^Hiển thị ${await shown.count()}/\\d+ bài học$`));
  expect(page.url()).toMatch(/tier=co-so/);
  await page.reload();
  expect(await page.inputValue('#bai-hoc-theme')).toBe('doi-thoai');
  expect(await page.locator(visibleLessons).count()).toBe(await shown.count());
  await page.close();
});

test('words typed without diacritics find the lessons written with them', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/kl120-2021/bai-hoc/`);
  await page.fill('#bai-hoc-q', 'doi thoai');
  const texts = await page.locator(visibleLessons).allTextContents();
  expect(texts.length).toBeGreaterThan(1);
  for (const text of texts) expect(text.toLocaleLowerCase('vi')).toContain('đối thoại');
  await page.fill('#bai-hoc-q', 'khong co tu nay');
  expect(await page.locator(visibleLessons).count()).toBe(0);
  expect(await page.isVisible('[data-lessons-none]')).toBe(true);
  await page.close();
});

test('a lesson links to its report\'s lessons section', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/kl120-2021/bai-hoc/`);
  const link = page.locator('li[data-lesson] a').first();
  const unit = await link.textContent();
  await link.click();
  await page.waitForURL(/\/don-vi\/[^/]+\/#/);
  expect(await page.locator('h1').textContent()).toBe(unit);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect((await page.locator(`[id="${id}"]`).textContent())!.toLocaleLowerCase('vi')).toContain('bài học kinh nghiệm');
  await page.close();
});

test('without JavaScript every lesson is listed and the filter form stays hidden', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/kl120-2021/bai-hoc/?theme=doi-thoai`);
  expect(await page.locator('li[data-lesson][hidden]').count()).toBe(0);
  expect(await page.locator('li[data-lesson]').count()).toBeGreaterThan(10);
  expect(await page.isVisible('form[data-lessons-filter]')).toBe(false);
  await context.close();
});
