// Throwaway projects for the benchmark: the site's code with a generated campaign as content, and a minimal Hugo site
// holding the same Markdown.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy of the site needs from the repository; code is copied, not linked, as Astro refuses a linked src/. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Copies the site's code from `repo` into `root` and links its node_modules; the content folder is left to the caller. */
export function siteProject(repo: string, root: string): void {
  mkdirSync(root, { recursive: true });
  for (const entry of CODE) if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(root, entry), { recursive: true });
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

/** A Hugo site at `root` with one template, no content yet. */
export function hugoProject(root: string): void {
  mkdirSync(join(root, 'layouts', '_default'), { recursive: true });
  mkdirSync(join(root, 'content', 'reviews'), { recursive: true });
  writeFileSync(join(root, 'hugo.toml'), HUGO_CONFIG);
  writeFileSync(join(root, 'layouts', '_default', 'single.html'), HUGO_SINGLE);
}

/** Copies one report into the Hugo site as Markdown (same text, `.md` name). */
export function copyToHugo(reportPath: string, hugoRoot: string): void {
  const name = reportPath.split('/').at(-1)!.replace(/\.mdx?$/, '.md');
  copyFileSync(reportPath, join(hugoRoot, 'content', 'reviews', name));
}

/** Copies every report of a campaign folder into the Hugo site, one file at a time. */
export function copyAllToHugo(reviewsDir: string, hugoRoot: string): number {
  const names = readdirSync(reviewsDir).filter((n) => /\.mdx?$/.test(n));
  for (const name of names) copyToHugo(join(reviewsDir, name), hugoRoot);
  return names.length;
}
