// Reads a built site the way the benchmark and its tests check it: pages, search records, table rows, scripts, CSS.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlPages } from '../src/lib/search/built-pages.ts';
import { SHARDS_MANIFEST, type ShardsManifest } from '../src/lib/search/shards.ts';
import { TARGETS } from './results.ts';
import { BENCH_CAMPAIGN } from './generate-campaign.ts';

export { htmlPages };

/** One page as the search index holds it. */
export interface SearchRecord {
	url: string;
	content: string;
}

// Pagefind stores each page as a gzipped fragment: a signature, then JSON. Past its --max-fragments, a file holds
// several pages' fragments, keyed by fragment name (src/lib/search/index-site.ts, FRAGMENT_FILES).
const SIGNATURE = 'pagefind_dcd';

/** The folders of the site's search bundles: the primary one, then the shards its manifest lists. */
export function searchBundles(site: string): string[] {
	const primary = join(site, 'pagefind');
	const manifest = join(primary, SHARDS_MANIFEST);
	if (!existsSync(manifest)) return existsSync(join(primary, 'pagefind-entry.json')) ? [primary] : [];
	const { pages, bundles } = JSON.parse(readFileSync(manifest, 'utf8')) as ShardsManifest;
	return pages === 0 ? [] : [primary, ...bundles.map((b) => join(primary, b))];
}

/** The page records of one fragment file: the page itself, or each page of a file that holds several. */
export function fragmentRecords(file: Buffer): SearchRecord[] {
	const text = gunzipSync(file).toString('utf8');
	const json = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as
		SearchRecord | Record<string, SearchRecord>;
	const pages =
		typeof json.url === 'string' ? [json as SearchRecord] : Object.values(json as Record<string, SearchRecord>);
	return pages.map(({ url, content }) => ({ url, content }));
}

/** Every page record of the site's pagefind index, over every shard (empty when there is none). */
export function searchRecords(site: string): SearchRecord[] {
	return searchBundles(site).flatMap((bundle) => {
		const dir = join(bundle, 'fragment');
		return readdirSync(dir)
			.filter((name) => name.endsWith('.pf_fragment'))
			.flatMap((name) => fragmentRecords(readFileSync(join(dir, name))));
	});
}

/** Report pages the site's index holds (its lessons pages are indexed too, and not counted). */
export const reportRecordCount = (site: string) =>
	searchRecords(site).filter((r) => r.url.startsWith(`/${BENCH_CAMPAIGN}/don-vi/`)).length;

/** Pages the index says it holds, summed over shards and languages. */
export function indexedPageCount(site: string): number {
	return searchBundles(site).reduce((sum, bundle) => {
		const { languages } = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		return sum + Object.values(languages).reduce((n, l) => n + l.page_count, 0);
	}, 0);
}

/** The body of the table with the given id ("" when there is none). */
function tableBody(html: string, tableId: string): string {
	const start = html.indexOf(`<table id="${tableId}"`);
	if (start === -1) return '';
	const table = html.slice(start, html.indexOf('</table>', start));
	return table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
}

/** Text of each body row of the table with the given id, tags stripped and spaces collapsed. */
export function tableRows(html: string, tableId: string): string[] {
	return tableBody(html, tableId)
		.split(/<tr[^>]*>/)
		.slice(1)
		.map((r) =>
			r
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim()
		);
}

/** The unit name of each body row of the table with the given id, as its row header's link reads. */
export const tableRowNames = (html: string, tableId: string): string[] =>
	[...tableBody(html, tableId).matchAll(/<th scope="row"[^>]*>\s*<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!.trim());

/** Pages (relative paths) among `pages` that load or embed any script. */
export function pagesWithScripts(site: string, pages: readonly string[]): string[] {
	return pages.filter((page) => /<script\b/i.test(readFileSync(join(site, page), 'utf8')));
}

/** Bytes of the site's own CSS: stylesheet files outside the search index, and the largest inline <style> total of one page. */
export function cssBytes(site: string, pages: readonly string[]): { files: number; inlinePerPage: number } {
	let files = 0;
	for (const path of readdirSync(site, { recursive: true, encoding: 'utf8' }))
		if (path.endsWith('.css') && !path.startsWith('pagefind')) files += statSync(join(site, path)).size;
	let inlinePerPage = 0;
	for (const page of pages) {
		const html = readFileSync(join(site, page), 'utf8');
		const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].reduce(
			(sum, m) => sum + Buffer.byteLength(m[1] ?? ''),
			0
		);
		inlinePerPage = Math.max(inlinePerPage, inline);
	}
	return { files, inlinePerPage };
}

/** The heaviest page a reader may be sent (issue 16): 1 MB of HTML, a few seconds on a slow mobile network. */
export const MAX_PAGE_BYTES = TARGETS.pageBytes;

/** The `count` largest HTML pages of a built site, largest first, with their size in bytes. */
export function heaviestPages(site: string, count = 1): { path: string; bytes: number }[] {
	return htmlPages(site)
		.map((path) => ({ path, bytes: statSync(join(site, path)).size }))
		.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
		.slice(0, count);
}

/** Body rows of the table `tableId` over every page of a paginated listing: the first page and each `<n>/` after it. */
export function pagedTableRows(site: string, folder: string, tableId: string): string[] {
	const rows: string[] = [];
	for (let n = 1; ; n++) {
		const file = join(site, folder, n === 1 ? '' : String(n), 'index.html');
		if (!existsSync(file)) return rows;
		rows.push(...tableRows(readFileSync(file, 'utf8'), tableId));
	}
}
