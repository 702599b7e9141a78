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
});
