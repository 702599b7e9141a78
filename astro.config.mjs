// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// @astrojs/mdx serves the project's own pages; contributed reports never go through it (see src/loaders/).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  integrations: [mdx(), pagefindIndex()],
  build: { format: 'directory' },
  // Scratch projects in tests share node_modules; each gets its own content-layer cache.
  cacheDir: process.env.SOKET_CACHE_DIR ?? './node_modules/.astro',
});
