// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { keepOutDir } from './src/integrations/out-dir.ts';

// @astrojs/mdx serves the project's own pages; contributed reports never go through it (see src/loaders/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  integrations: [keepOutDir(), mdx(), pagefindIndex()],
  // A page spends as long waiting for its file to be written as being rendered: four at a time keep the CPU busy
  // (issue 7: pages of the 2,000-report bench site in about 0.7x the time of one at a time).
  build: { format: 'directory', concurrency: 4 },
  // Scratch projects in tests share node_modules; each gets its own content-layer cache.
  cacheDir: process.env.SOKET_CACHE_DIR ?? './node_modules/.astro',
});
