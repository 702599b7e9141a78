// Pagefind's own browser search API, run in Node against a served site, to test what a built index answers.
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchBundles } from '../../bench/site-check.ts';
import { serve } from './browser.ts';

export interface Hit {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	excerpt: string;
	content: string;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindApi {
	options(o: Record<string, unknown>): Promise<void>;
	mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
	search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<Hit> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let opened = 0;

/** Opens the index of a built site; each site folder gets its own copy of pagefind.js, so indexes never mix. */
export async function openIndex(site: string) {
	const server = await serve(site);
	// A fresh module each time: pagefind keeps its state (server, loaded chunks) in the module.
	const api = (await import(
		`${pathToFileURL(join(site, 'pagefind/pagefind.js')).href}?open=${++opened}`
	)) as PagefindApi;
	await api.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/' });
	// The other shards, merged as the search page merges them.
	const [primary, ...shards] = searchBundles(site);
	for (const shard of shards)
		await api.mergeIndex(`${server.url}/pagefind/${relative(primary!, shard)}/`, { baseUrl: '/' });
	return {
		/** Every hit of a query (null: every page), with its data loaded, best first. */
		async search(query: string | null, options: Record<string, unknown> = {}): Promise<Hit[]> {
			const found = await api.search(query, options);
			return Promise.all(found.results.map((r) => r.data()));
		},
		filters: () => api.filters(),
		close: server.close,
	};
}
