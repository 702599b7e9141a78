import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { indexSite } from '../lib/search/index-site.ts';

/**
 * Indexes the built site for search after every build, so `npm run build` ships the search index (only report
 * content, prepared for Vietnamese: docs/search.md). The index is split in shards of pages; a shard none of whose
 * pages changed since the last build is reused from the build cache, so one new report re-indexes one shard (issue 7).
 * Shards are indexed side by side, one per core. SOKET_SEARCH_SHARD_PAGES sets the pages per shard (default 1,500:
 * about 0.7 GB of pagefind's memory) and SOKET_SEARCH_JOBS the shards indexed at once.
 */
export function pagefindIndex(): AstroIntegration {
	let workDir = '';
	return {
		name: 'so-ket-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				workDir = fileURLToPath(new URL('so-ket/pagefind/', config.cacheDir));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const perShard = Number(process.env['SOKET_SEARCH_SHARD_PAGES']) || undefined;
				const jobs = Number(process.env['SOKET_SEARCH_JOBS']) || undefined;
				const result = await indexSite(site, join(site, 'pagefind'), workDir, {
					...(perShard && { perShard }),
					...(jobs && { jobs }),
					onShard: (done, total) => total > 1 && logger.info(`search index: shard ${done} of ${total}`),
				});
				const ms = Math.round(performance.now() - started);
				logger.info(
					`indexed ${result.pages} pages for search in ${result.shards} shard(s), ${result.rebuilt} indexed anew, ${result.shards - result.rebuilt} reused, in ${ms} ms`
				);
			},
		},
	};
}
