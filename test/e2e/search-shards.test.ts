// The search page over an index split in shards answers as over one index (src/lib/search/shards.ts).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchChromium, serve, WCAG_22_AA } from '../helpers/browser.ts';
import { astroBuild, SAMPLE_ENV, sampleSite, scratchProject } from '../helpers/site.ts';
import { htmlPages } from '../../src/lib/search/built-pages.ts';
import { shardJobs } from '../../src/lib/search/index-site.ts';
import { shardCount } from '../../src/lib/search/shards.ts';
import { foldedText } from '../../src/lib/compliance/table-query.ts';
import { fragmentRecords, searchBundles, type SearchRecord } from '../../bench/site-check.ts';

let browser: Browser;
let root: string;
let log: string;
const servers: Awaited<ReturnType<typeof serve>>[] = [];
let one: string;
let sharded: string;

beforeAll(async () => {
	root = scratchProject(() => {});
	// Fragments grouped three to a file at most, as a shard of 1,500 pages groups them 200 to a file at most.
	log = await astroBuild(root, join(root, 'dist'), {
		...SAMPLE_ENV,
		SOKET_SEARCH_SHARD_PAGES: '8',
		SOKET_SEARCH_FRAGMENT_FILES: '3',
	});
	for (const dir of [await sampleSite(), join(root, 'dist')]) servers.push(await serve(dir));
	[one, sharded] = servers.map((s) => s.url) as [string, string];
	browser = await launchChromium();
}, 300_000);
afterAll(async () => {
	await browser?.close();
	for (const s of servers) await s.close();
	rmSync(root, { recursive: true, force: true });
});

/** The search page's announced count and every result listed, after "Xem thêm" until all are shown. */
async function search(page: Page, site: string, query: string): Promise<{ status: string; urls: string[] }> {
	await page.goto(`${site}/tim-kiem/?q=${encodeURIComponent(query)}`);
	const settled = () =>
		page.waitForFunction(
			() =>
				/Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? '') &&
				!document.querySelector('[aria-busy]')
		);
	await settled();
	const more = page.locator('[data-search-more]');
	while (await more.isVisible()) {
		const shown = await page.locator('.result').count();
		await more.click();
		await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, shown);
		await settled();
	}
	const urls = await page
		.locator('.result h3 a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return { status: (await page.locator('[data-search-status]').textContent()) ?? '', urls: urls.sort() };
}

test('the build splits the index in shards of at most 8 pages, each indexed as soon as its pages were rendered', () => {
	const [, , shards, anew, early] =
		/indexed (\d+) pages for search in (\d+) shard\(s\), (\d+) indexed anew, 0 reused, in \d+ ms; (\d+) of them as soon as their pages were rendered/
			.exec(log)!
			.map(Number);
	// As many shards as the site's pages need at 8 each, planned before any page is rendered; a shard with no report
	// has no index.
	const planned = shardCount(htmlPages(join(root, 'dist')).length, 8, shardJobs(8));
	expect(shards).toBeLessThanOrEqual(planned);
	expect(shards).toBeGreaterThan(planned / 2);
	expect([shards! > 1, anew, early]).toEqual([true, shards, shards]);
});

test('each shard writes its fragments to at most 3 files, several pages to a file, and holds every page once', () => {
	const files = fragmentFilesOfShards(join(root, 'dist'));
	expect(Math.max(...files.map((shard) => shard.length))).toBeLessThanOrEqual(3);
	expect(files.flat().some((pages) => pages.length > 1)).toBe(true);
	const urls = files.flat(2).map((page) => page.url);
	expect(new Set(urls).size).toBe(urls.length);
	expect(urls.filter((url) => url.includes('/don-vi/')).length).toBeGreaterThan(files.length);
});

/** The words of each page of each shard, as pagefind indexed them (the text of the shard's fragments), folded. */
function pagesOfShards(site: string): Set<string>[][] {
	return fragmentFilesOfShards(site).map((files) =>
		files.flat().map((page) => new Set(foldedText(page.content).match(/[\p{L}\p{N}]+/gu)))
	);
}

/** Each shard of the site's index (its manifest's order), each of its fragment files as the pages it holds. */
function fragmentFilesOfShards(site: string): SearchRecord[][][] {
	return searchBundles(site).map((bundle) =>
		readdirSync(join(bundle, 'fragment')).map((file) => fragmentRecords(readFileSync(join(bundle, 'fragment', file))))
	);
}

/**
 * Pagefind drops a query word that no page of an index holds (docs/search.md): over shards, a word missing from one
 * shard adds that shard's looser matches. So the same answer is promised for words every shard holds: here the two
 * such words most pages hold, alone and together (which words they are depends on which pages share a shard).
 */
function queriesEveryShardHolds(): string[] {
	const shards = pagesOfShards(join(root, 'dist'));
	expect(shards.length).toBeGreaterThan(1);
	const pages = shards.flat();
	const inEvery = [...new Set(pages.flatMap((words) => [...words]))]
		.filter((word) => shards.every((shard) => shard.some((words) => words.has(word))))
		.map((word) => ({ word, pages: pages.filter((words) => words.has(word)).length }))
		.sort((a, b) => b.pages - a.pages || a.word.localeCompare(b.word))
		.map((w) => w.word);
	expect(inEvery.length, 'words every shard holds').toBeGreaterThanOrEqual(2);
	return [inEvery[0]!, `${inEvery[0]} ${inEvery[1]}`];
}

test('a query whose words every shard holds finds the same reports over the shards as over one index', async () => {
	const page = await browser.newPage();
	for (const query of queriesEveryShardHolds()) {
		const [whole, split] = [await search(page, one, query), await search(page, sharded, query)];
		expect(whole.urls.length, query).toBeGreaterThan(10);
		expect(split, query).toEqual(whole);
	}
	await page.close();
});

test('over shards any query finds every report one index finds: "dan chu co so", whose words not every page holds', async () => {
	const query = 'dan chu co so';
	const page = await browser.newPage();
	const [whole, split] = [await search(page, one, query), await search(page, sharded, query)];
	await page.close();
	expect(whole.urls.length).toBeGreaterThan(10);
	expect(split.urls).toEqual(expect.arrayContaining(whole.urls));
	const count = (status: string) => Number(/Tìm thấy (\d+) kết quả/.exec(status)?.[1]);
	expect(count(split.status)).toBe(split.urls.length);
	expect(count(split.status)).toBeGreaterThanOrEqual(count(whole.status));
});

test('the first results come from the primary shard while the other shards load, then the whole index answers', async () => {
	for (const width of [390, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		// Hold every request for the other shards until the first results are checked.
		const held: (() => void)[] = [];
		await page.route(/\/pagefind\/shard-\d+\//, (route) => held.push(() => void route.continue()));
		await page.goto(`${sharded}/tim-kiem/?q=${encodeURIComponent(queriesEveryShardHolds()[0]!)}`);
		await page.locator('.result').first().waitFor();
		const status = page.locator('[data-search-status]');
		await expect.poll(() => status.textContent()).toMatch(/^Đang tìm trong toàn bộ \d+ trang… Dưới đây là những/);
		expect(held.length, 'the other shards were asked for only after the first results').toBeGreaterThan(0);
		expect(await page.locator('[data-search-results]').getAttribute('aria-busy')).toBe('true');
		expect(await page.locator('[data-search-more]').isVisible(), 'no "Xem thêm" for a partial list').toBe(false);
		expect(await axeViolations(page, { tags: WCAG_22_AA }), `axe at ${width} px`).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
		for (const release of held.splice(0)) release();
		await page.unroute(/\/pagefind\/shard-\d+\//);
		await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Tìm thấy \d+ kết quả/);
		// The count is the whole index's: the same as the one-index site's.
		const whole = await browser.newPage();
		const expected = await search(whole, one, queriesEveryShardHolds()[0]!);
		await whole.close();
		expect(await status.textContent()).toBe(expected.status);
		await page.close();
	}
});

test('the whole index is searched by one engine per core, each in its own worker, with the same answer', async () => {
	const reference = await browser.newPage();
	const expected = await search(reference, one, queriesEveryShardHolds()[0]!);
	await reference.close();
	for (const cores of [1, 3]) {
		const page = await browser.newPage();
		await page.addInitScript(`Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => ${cores} });`);
		const workers = new Set<string>();
		page.on('worker', (worker) => workers.add(worker.url()));
		expect(await search(page, sharded, queriesEveryShardHolds()[0]!), `${cores} core(s)`).toEqual(expected);
		// pagefind's worker, once per engine: from the primary bundle, then from each other engine's first shard.
		expect([...workers].map((url) => new URL(url).pathname).sort(), `${cores} core(s)`).toEqual(
			[
				'/pagefind/pagefind-worker.js',
				'/pagefind/shard-1/pagefind-worker.js',
				'/pagefind/shard-2/pagefind-worker.js',
			].slice(0, cores)
		);
		await page.close();
	}
});
