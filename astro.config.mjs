// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { keepOutDir } from './src/integrations/out-dir.ts';
import { basePathFromEnv, siteUrlFromEnv } from './src/lib/publish/site-url.ts';

// @astrojs/mdx serves the project's own pages; contributed reports never go through it (see src/loaders/).
// Where the site is published is set once, by SITE_URL and BASE_PATH (README, "Publishing the site").
export default defineConfig({
	site: siteUrlFromEnv(),
	base: basePathFromEnv(),
	trailingSlash: 'ignore',
	// The 404 page is what a host serves for any missing address: it is no page of its own to list.
	integrations: [keepOutDir(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), pagefindIndex()],
	// A page spends as long waiting for its file to be written as being rendered, so several are rendered at once
	// (issue 7: the pages of the 10,000-report bench site took 9.2 s at 16 at a time, 10.3 s at 4; two runs each).
	build: { format: 'directory', concurrency: 16 },
	// A unit page whose key (src/site/page-keys.ts) and code are unchanged is copied from the last build, not rendered.
	experimental: { incrementalBuild: true },
	// Scratch projects in tests share node_modules; each gets its own content-layer cache.
	cacheDir: process.env.SOKET_CACHE_DIR ?? './node_modules/.astro',
});
