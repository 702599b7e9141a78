import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { digestPages, htmlPages } from '../lib/perf/pages-digest.ts';
import { restoreIndex, saveIndex } from '../lib/perf/index-cache.ts';

/** Bump when the indexing below changes, so an index cached by an older build is not reused. */
const INDEX_VERSION = 1;

/**
 * Indexes the built site with pagefind's Node API after every build, so `npm run build` ships the search index.
 * When every built page is byte-for-byte what the previous build indexed, that index is reused instead (issue 7):
 * pagefind takes about 2 ms a page, the largest part of a build in which nothing changed.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'so-ket-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('so-ket/pagefind/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        const started = performance.now();
        const pages = htmlPages(site);
        const digest = digestPages(site, pages, `${INDEX_VERSION}`);
        if (restoreIndex(cacheDir, digest, output)) {
          logger.info(`${pages.length} pages unchanged since the last index: reused it in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        if (existsSync(output)) rmSync(output, { recursive: true, force: true });
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        saveIndex(cacheDir, digest, output);
        logger.info(`indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
