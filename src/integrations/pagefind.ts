import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { EarlyIndex } from '../lib/search/early-index.ts';
import { FRAGMENT_FILES, indexSite, scratchRoot, shardJobs } from '../lib/search/index-site.ts';
import { PAGES_PER_SHARD } from '../lib/search/shards.ts';
import { indexingPrerenderer } from './indexing-prerenderer.ts';

/**
 * Indexes the built site for search, so `npm run build` ships the search index (only report content, prepared for
 * Vietnamese: docs/search.md). The index is split in shards of pages; a shard none of whose pages changed since the
 * last build is reused from the build cache, so one new report re-indexes one shard (issue 7). Shards are indexed
 * side by side, one per core, starting while pages are still rendered (the early index: one core is left to the
 * renderer). SOKET_SEARCH_SHARD_PAGES sets the pages per shard (default 1,500: about 0.7 GB of pagefind's memory),
 * SOKET_SEARCH_JOBS the shards indexed at once, SOKET_SEARCH_EARLY_JOBS those indexed while pages are rendered (0: none),
 * SOKET_SEARCH_FRAGMENT_FILES the fragment files a shard is written to at most (default 200; tests group small shards).
 */
export function pagefindIndex(): AstroIntegration {
	let workDir = '';
	let outDir = '';
	let basePath = '/';
	let directoryFormat = true;
	let early: EarlyIndex | undefined;
	const perShard = Number(process.env['SOKET_SEARCH_SHARD_PAGES']) || PAGES_PER_SHARD;
	const jobs = Number(process.env['SOKET_SEARCH_JOBS']) || shardJobs(perShard);
	const fragmentFiles = Number(process.env['SOKET_SEARCH_FRAGMENT_FILES']) || FRAGMENT_FILES;
	const whileRendering = Number(process.env['SOKET_SEARCH_EARLY_JOBS'] ?? Math.min(jobs, availableParallelism() - 1));
	return {
		name: 'so-ket-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				workDir = fileURLToPath(new URL('so-ket/pagefind/', config.cacheDir));
				outDir = fileURLToPath(config.outDir);
				basePath = config.base;
				directoryFormat = config.build.format === 'directory';
			},
			'astro:build:start': ({ setPrerenderer }) => {
				// The early index names pages as the 'directory' format writes them; another format is indexed after the build.
				if (!directoryFormat || !(whileRendering > 0)) return;
				early = new EarlyIndex({
					site: outDir,
					workDir,
					scratch: scratchRoot(workDir),
					perShard,
					jobs,
					whileRendering,
					fragmentFiles,
				});
				const index = early;
				setPrerenderer((base) => indexingPrerenderer(base, index, basePath));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const started = performance.now();
				const index = early;
				early = undefined;
				try {
					await index?.settled();
					const result = await indexSite(site, join(site, 'pagefind'), workDir, {
						perShard,
						jobs,
						fragmentFiles,
						...(index?.shards && { shards: index.shards, building: index.building, digests: index.digests }),
						onShard: (done, total) => total > 1 && logger.info(`search index: shard ${done} of ${total}`),
					});
					const ms = Math.round(performance.now() - started);
					const meanwhile = index ? `; ${index.indexed} of them as soon as their pages were rendered` : '';
					logger.info(
						`indexed ${result.pages} pages for search in ${result.shards} shard(s), ${result.rebuilt} indexed anew, ${result.shards - result.rebuilt} reused, in ${ms} ms${meanwhile}`
					);
				} finally {
					await index?.close();
				}
			},
		},
	};
}
