// Pagefind's own browser search API, run in Node against a served site, to test what a built index answers.
import { join } from 'node:path';
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
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<Hit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Opens the index of a built site; each site folder gets its own copy of pagefind.js, so indexes never mix. */
export async function openIndex(site: string) {
  const server = await serve(site);
  const api = (await import(join(site, 'pagefind/pagefind.js'))) as PagefindApi;
  await api.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/' });
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
