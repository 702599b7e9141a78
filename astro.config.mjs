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
  // A page spends as long waiting for its file to be written as being rendered, so several are rendered at once
  // (issue 7: the pages of the 10,000-report bench site took 9.2 s at 16 at a time, 10.3 s at 4; two runs each).
  build: { format: 'directory', concurrency: 16 },
  // Scratch projects in tests share node_modules; each gets its own content-layer cache.
  cacheDir: process.env.SOKET_CACHE_DIR ?? './node_modules/.astro',
});
