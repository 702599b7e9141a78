// What the built sample site ships besides HTML: little CSS, and script only where a page needs it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { page, sampleSite } from '../helpers/site.ts';

let out: string;
beforeAll(async () => {
	out = await sampleSite();
});
const assets = () =>
	readdirSync(join(out, '_astro')).map((name) => ({ name, bytes: statSync(join(out, '_astro', name)).size }));

test("all of the site's CSS stays under 20 KB", () => {
	const css = assets().filter((a) => a.name.endsWith('.css'));
	expect(css.length).toBeGreaterThan(0);
	expect(css.reduce((n, a) => n + a.bytes, 0)).toBeLessThanOrEqual(20 * 1024);
});

test("the search page's own script stays small: pagefind is a module apart, preloaded, and no schema code is bundled", () => {
	const html = page(out, 'tim-kiem');
	const src = /<script type="module" src="\/_astro\/([^"]+)"/.exec(html)?.[1];
	expect(src).toBeDefined();
	expect(assets().find((a) => a.name === src)!.bytes).toBeLessThan(16 * 1024);
	// Fetched beside the page's script (readers arrive from the header's box with a query), never bundled into it.
	expect(html).not.toMatch(/<script[^>]*pagefind\.js/);
	expect(html).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
	expect(readFileSync(join(out, '_astro', src!), 'utf8')).not.toContain('pagefind_version');
});
