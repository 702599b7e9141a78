// Throwaway projects for the benchmark: the site's code with a generated campaign as content, and a minimal Hugo site
// holding the same Markdown.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy of the site needs from the repository; code is copied, not linked, as Astro refuses a linked src/. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the site's code from `repo` into `root` and links its node_modules; the content folder is left to the caller. */
export function siteProject(repo: string, root: string): void {
	mkdirSync(root, { recursive: true });
	for (const entry of CODE)
		if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(root, entry), { recursive: true });
	symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
}

const HUGO_CONFIG = `baseURL = "http://localhost/"
languageCode = "vi"
title = "Sơ kết"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

// The one template: a page per report, its body marked for the search index like the site's review pages.
const HUGO_SINGLE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>{{ .Params.unit }}</title></head>
<body><main data-pagefind-body><h1>{{ .Params.unit }}</h1>{{ .Content }}</main></body>
</html>
`;

/**
 * The reference's search page: pagefind's own API over its one index, the first ten results shown as the site's page
 * shows them (title and excerpt of each). Not indexed: it has no data-pagefind-body.
 */
export const HUGO_SEARCH_PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Tìm kiếm</title></head>
<body><main><h1>Tìm kiếm</h1><ol id="results"></ol></main>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 30 });
const found = await pagefind.search(q);
const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
document.getElementById('results').append(...data.map((d) => {
  const item = document.createElement('li');
  item.className = 'result';
  item.innerHTML = '<h3><a></a></h3><p></p>';
  item.querySelector('a').href = d.url;
  item.querySelector('a').textContent = d.meta.title;
  item.querySelector('p').innerHTML = d.excerpt;
  return item;
}));
</script>
</body>
</html>
`;

/** Where the reference's search page is served. */
export const HUGO_SEARCH_PATH = '/tim-kiem/';

/** A Hugo site at `root` with one template and a search page, no content yet. */
export function hugoProject(root: string): void {
	mkdirSync(join(root, 'layouts', '_default'), { recursive: true });
	mkdirSync(join(root, 'content', 'reviews'), { recursive: true });
	mkdirSync(join(root, 'static', 'tim-kiem'), { recursive: true });
	writeFileSync(join(root, 'hugo.toml'), HUGO_CONFIG);
	writeFileSync(join(root, 'layouts', '_default', 'single.html'), HUGO_SINGLE);
	writeFileSync(join(root, 'static', 'tim-kiem', 'index.html'), HUGO_SEARCH_PAGE);
}

/** Copies one report into the Hugo site as Markdown (same text, `.md` name). */
export function copyToHugo(reportPath: string, hugoRoot: string): void {
	const name = reportPath
		.split('/')
		.at(-1)!
		.replace(/\.mdx?$/, '.md');
	copyFileSync(reportPath, join(hugoRoot, 'content', 'reviews', name));
}

/** Copies every report of a campaign folder into the Hugo site, one file at a time. */
export function copyAllToHugo(reviewsDir: string, hugoRoot: string): number {
	const names = readdirSync(reviewsDir).filter((n) => /\.mdx?$/.test(n));
	for (const name of names) copyToHugo(join(reviewsDir, name), hugoRoot);
	return names.length;
}
