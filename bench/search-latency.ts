// What a reader waits for: a search page opened with ?q=… in Chromium with an empty cache, on a local server, timed
// from the start of navigation to the first result on screen, with the requests and bytes it took to get there.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/lib/cli/chromium.ts';
import { serveStatic } from '../src/lib/cli/static-server.ts';

/** One query of the fixed set, and why it is in it. */
export interface SearchQuery {
	kind: string;
	q: string;
}

/**
 * The fixed set: the same words with and without diacritics, a rare word (a unit's name, in its report and a few
 * others), and a word in every report (the lessons heading). `unitName` comes from the generated campaign.
 */
export function searchQueries(unitName: string): SearchQuery[] {
	return [
		{ kind: 'with diacritics', q: 'dân chủ cơ sở' },
		{ kind: 'without diacritics', q: 'dan chu co so' },
		{ kind: 'rare: a unit name', q: unitName },
		{ kind: 'in every report', q: 'kinh nghiệm' },
	];
}

/** The rare query's unit: one a third of the way down the generated reports, the same in every run of a seed. */
export const rareUnit = (unitNames: readonly string[]) => unitNames[Math.floor(unitNames.length / 3)]!;

/** One search as a reader meets it. */
export interface SearchSample {
	ms: number;
	/** Requests finished by the time the first result showed (the page, its assets, the index, any worker's fetches). */
	requests: number;
	/** Their response bodies, as sent (pagefind's files are gzipped already; the server adds no compression). */
	bytes: number;
	/** Results shown on the first screen. */
	shown: number;
	/**
	 * Until the whole index's answer is shown, where the page says so (Sơ kết's status "Tìm thấy…" once every shard has
	 * answered; its first results may come from one shard). Equal to `ms` for a page that shows only a final answer.
	 */
	completeMs?: number;
}

export interface QueryTiming extends SearchQuery {
	/** Each repetition, in the order measured. */
	samples: SearchSample[];
}

/** A site's search as measured: where its search page is, and each query's repetitions. */
export interface SearchMeasurement {
	page: string;
	queries: QueryTiming[];
}

/** A site to search: its built folder and the path of its search page (which reads ?q=). */
export interface SearchSite {
	name: string;
	dir: string;
	page: string;
}

// Records, in the page, the wall-clock time at which the first search result is in the document, and at which the
// page's status (if it has one) says the search is done.
const FIRST_RESULT_PROBE = `(() => {
  const seen = () => {
    const now = performance.timeOrigin + performance.now();
    if (window.__firstResult === undefined && document.querySelector('li.result')) window.__firstResult = now;
    const status = document.querySelector('[data-search-status]');
    if (window.__complete === undefined && window.__firstResult !== undefined && (!status || /^(Tìm thấy|Không tìm thấy)/.test(status.textContent))) window.__complete = now;
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

/** The browser the search is timed in. */
export const launchBenchBrowser = launchChromium;

/** Opens `url` in a fresh context (empty cache) and waits for the first result; throws after `timeout` ms. */
async function searchOnce(browser: Browser, url: string, timeout: number): Promise<SearchSample> {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
	const finished: { at: number; bytes: number }[] = [];
	try {
		const page: Page = await context.newPage();
		await page.addInitScript(FIRST_RESULT_PROBE);
		// Requests of the page and of its workers (pagefind searches in a web worker) arrive as context events.
		context.on('requestfinished', (request) => {
			const at = Date.now();
			void request.sizes().then(
				(sizes) => finished.push({ at, bytes: sizes.responseBodySize }),
				() => finished.push({ at, bytes: 0 })
			);
		});
		await page.goto(url, { waitUntil: 'commit' });
		const navigationStart = await page.evaluate(() => performance.timeOrigin);
		await page.waitForFunction(
			() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined,
			undefined,
			{ timeout, polling: 50 }
		);
		const first = await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult);
		const shown = await page.locator('li.result').count();
		await page.waitForFunction(
			() => (window as unknown as { __complete?: number }).__complete !== undefined,
			undefined,
			{
				timeout,
				polling: 50,
			}
		);
		const complete = await page.evaluate(() => (window as unknown as { __complete: number }).__complete);
		// Let the sizes of the requests already finished arrive.
		await new Promise((resolve) => setTimeout(resolve, 100));
		const before = finished.filter((f) => f.at <= first + 5);
		return {
			ms: first - navigationStart,
			requests: before.length,
			bytes: before.reduce((sum, f) => sum + f.bytes, 0),
			shown,
			completeMs: complete - navigationStart,
		};
	} finally {
		await context.close();
	}
}

/**
 * Measures every query on every site, `repeat` times, alternating sites within each repetition so that load on the
 * machine falls on both alike.
 */
export async function measureSearch(
	sites: readonly SearchSite[],
	queries: readonly SearchQuery[],
	repeat = 3,
	onSample?: (text: string) => void
): Promise<Record<string, SearchMeasurement>> {
	const servers = await Promise.all(sites.map((site) => serveStatic(site.dir)));
	const browser = await launchBenchBrowser();
	const out: Record<string, SearchMeasurement> = Object.fromEntries(
		sites.map((site) => [
			site.name,
			{ page: site.page, queries: queries.map((q) => ({ ...q, samples: [] as SearchSample[] })) },
		])
	);
	try {
		for (let r = 0; r < repeat; r++)
			for (const [qi, query] of queries.entries())
				for (const i of r % 2 ? [...sites.keys()].reverse() : sites.keys()) {
					const [site, server] = [sites[i]!, servers[i]!];
					const sample = await searchOnce(
						browser,
						`${server.url}${site.page}?q=${encodeURIComponent(query.q)}`,
						120_000
					);
					out[site.name]!.queries[qi]!.samples.push(sample);
					onSample?.(
						`search ${site.name} “${query.q}” ${r + 1}/${repeat}: ${Math.round(sample.ms)} ms (whole answer ${Math.round(sample.completeMs ?? sample.ms)} ms), ${sample.requests} requests, ${Math.round(sample.bytes / 1024)} KB`
					);
				}
	} finally {
		await browser.close();
		await Promise.all(servers.map((s) => s.close()));
	}
	return out;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A site's search summed up: the median over queries of each query's median, and the range of all samples. */
export function searchSummary(m: SearchMeasurement) {
	const perQuery = m.queries.map((q) => ({
		kind: q.kind,
		q: q.q,
		ms: median(q.samples.map((s) => s.ms)),
		requests: median(q.samples.map((s) => s.requests)),
		bytes: median(q.samples.map((s) => s.bytes)),
		completeMs: median(q.samples.map((s) => s.completeMs ?? s.ms)),
	}));
	const all = m.queries.flatMap((q) => q.samples.map((s) => s.ms));
	return {
		perQuery,
		ms: median(perQuery.map((q) => q.ms)),
		range: [Math.min(...all), Math.max(...all)] as [number, number],
		requests: median(perQuery.map((q) => q.requests)),
		bytes: median(perQuery.map((q) => q.bytes)),
		completeMs: median(perQuery.map((q) => q.completeMs)),
	};
}
