// Astro's page renderer with the early search index beside it (src/lib/search/early-index.ts): pages are rendered in
// the order of their search shard, and the index is told of each, so shards are complete, and indexed, while the rest
// of the site is still being rendered.
import type { AstroPrerenderer } from 'astro';
import type { EarlyIndex } from '../lib/search/early-index.ts';

/** Pages Astro writes as "404.html" rather than "404/index.html". */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * The file a path of the site is written to in Astro's 'directory' build format, relative to the site, as the search
 * index names it: an endpoint's path as it is, a status page as "404.html", any other page as a folder's index.
 */
export function builtFile(pathname: string, type: string): string {
	const path = pathname.replace(/^\/+|\/+$/g, '');
	if (type === 'endpoint') return path;
	if (STATUS_PAGES.has(path)) return `${path}.html`;
	return path ? `${path}/index.html` : 'index.html';
}

/**
 * A page's address as the build's requests and getStaticPaths both give it: without the site's base path, a trailing
 * slash, or a final "index.html" or ".html" (the 404 page is asked for as "/404.html", listed as "/404").
 */
export function pageKey(pathname: string, base = '/'): string {
	const prefix = base.replace(/\/+$/, '');
	const path = prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
	return path.replace(/(?:\/index)?\.html$/, '').replace(/\/+$/, '');
}

/** A request's path as getStaticPaths lists it; one that cannot be decoded (a lone "%") is left as it is. */
function decoded(pathname: string): string {
	try {
		return decodeURI(pathname);
	} catch {
		return pathname;
	}
}

export function indexingPrerenderer(
	base: AstroPrerenderer,
	early: Pick<EarlyIndex, 'plan' | 'shardOf' | 'written' | 'rendered'>,
	basePath: string
): AstroPrerenderer {
	/** The file of each page, by {@link pageKey}. */
	const files = new Map<string, string>();
	return {
		name: 'so-ket:early-search-index',
		setup: () => base.setup?.() ?? Promise.resolve(),
		async getStaticPaths() {
			const paths = await base.getStaticPaths();
			for (const { pathname, route } of paths) files.set(pageKey(pathname), builtFile(pathname, route.type));
			early.plan([...files.values()]);
			// In the order of their shard, so each shard is complete, one after another, while later ones are rendered;
			// within a shard, each route's pages together.
			const first = new Map<unknown, number>();
			paths.forEach(({ route }, i) => first.has(route) || first.set(route, i));
			return paths
				.map((path) => ({
					path,
					route: first.get(path.route)!,
					shard: early.shardOf(files.get(pageKey(path.pathname))!),
				}))
				.sort((a, b) => a.shard - b.shard || a.route - b.route)
				.map(({ path }) => path);
		},
		async render(request, options) {
			const result = await base.render(request, options);
			const file = files.get(pageKey(decoded(new URL(request.url).pathname), basePath));
			if (file) early.written(file);
			return result;
		},
		...(base.collectStaticImages && { collectStaticImages: () => base.collectStaticImages!() }),
		async teardown() {
			await base.teardown?.();
			early.rendered();
		},
	};
}
