// Astro's page renderer with the early search index beside it (src/integrations/indexing-prerenderer.ts).
import { expect, test } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { builtFile, indexingPrerenderer, pageKey } from '../../src/integrations/indexing-prerenderer.ts';
import { shardOf } from '../../src/lib/search/shards.ts';

test('a path is named as Astro writes it in the directory format: status pages and endpoints as they are', () => {
	expect(builtFile('/', 'page')).toBe('index.html');
	expect(builtFile('/so-ket-thu/don-vi/xa-a', 'page')).toBe('so-ket-thu/don-vi/xa-a/index.html');
	expect(builtFile('/so-ket-thu/don-vi/xa-a/', 'page')).toBe('so-ket-thu/don-vi/xa-a/index.html');
	// The 404 page is written as 404.html: named as a folder, its shard never completed (found on 10,000 reports).
	expect(builtFile('/404', 'page')).toBe('404.html');
	expect(builtFile('/so-ket-thu/tien-do.csv', 'endpoint')).toBe('so-ket-thu/tien-do.csv');
	expect(builtFile('/feed', 'endpoint')).toBe('feed');
});

test('a request of the build and the path it was listed under have one key, with or without the base path', () => {
	for (const [requested, base, listed] of [
		['/so-ket-thu/don-vi/xa-a/', '/', '/so-ket-thu/don-vi/xa-a'],
		['/so-ket/so-ket-thu/don-vi/xa-a/', '/so-ket', '/so-ket-thu/don-vi/xa-a'],
		['/so-ket/so-ket-thu/don-vi/xa-a/', '/so-ket/', '/so-ket-thu/don-vi/xa-a'],
		['/404.html', '/', '/404'],
		['/', '/', '/'],
		['/so-ket/', '/so-ket', '/'],
		['/so-ket-thu/tien-do.csv', '/', '/so-ket-thu/tien-do.csv'],
	] as const)
		expect(pageKey(requested, base), requested).toBe(pageKey(listed));
});

/** A stand-in for Astro's renderer over the given paths, and a stand-in early index that records what it is told. */
function setup(paths: { pathname: string; route: string; type?: string }[], shards = 3) {
	const told: string[] = [];
	const planned: string[][] = [];
	let rendered = 0;
	const routes = new Map<string, { route: string; type: string }>();
	const base = {
		name: 'astro:default',
		getStaticPaths: async () =>
			paths.map(({ pathname, route, type = 'page' }) => {
				if (!routes.has(route)) routes.set(route, { route, type });
				return { pathname, route: routes.get(route)! };
			}),
		render: async (request: Request) => new Response(`<p>${new URL(request.url).pathname}</p>`),
	} as unknown as AstroPrerenderer;
	const early = {
		plan: (files: readonly string[]) => (planned.push([...files]), shards),
		shardOf: (file: string) => shardOf(file, shards),
		written: (file: string) => void told.push(file),
		rendered: () => void rendered++,
	};
	return { prerenderer: indexingPrerenderer(base, early, '/so-ket'), told, planned, rendered: () => rendered };
}

test('pages are rendered shard after shard, each route together within a shard, and none is lost', async () => {
	const units = Array.from({ length: 30 }, (_, i) => ({ pathname: `/so-ket-thu/don-vi/xa-${i}`, route: 'unit' }));
	const tables = Array.from({ length: 6 }, (_, i) => ({ pathname: `/so-ket-thu/tien-do/${i + 1}`, route: 'table' }));
	const { prerenderer, planned } = setup([{ pathname: '/', route: 'home' }, ...units, ...tables]);
	const order = await prerenderer.getStaticPaths();
	expect(order.map((p) => p.pathname).sort()).toEqual(['/', ...[...units, ...tables].map((p) => p.pathname)].sort());
	expect(planned).toHaveLength(1);
	expect([...planned[0]!].sort()).toEqual(order.map((p) => builtFile(p.pathname, 'page')).sort());
	const shardsInOrder = order.map((p) => shardOf(builtFile(p.pathname, 'page'), 3));
	expect(shardsInOrder).toEqual([...shardsInOrder].sort());
	// Within a shard, the routes come in the order Astro listed them, each one's pages in Astro's order.
	for (const k of [0, 1, 2]) {
		const inShard = order.filter((_, i) => shardsInOrder[i] === k);
		const listed = inShard.map((p) => ['home', 'unit', 'table'].indexOf(String(p.route.route)));
		expect(listed).toEqual([...listed].sort());
		const unitsHere = inShard.filter((p) => p.route.route === 'unit').map((p) => p.pathname);
		expect(unitsHere).toEqual(units.map((u) => u.pathname).filter((u) => unitsHere.includes(u)));
	}
});

test("each rendered page is told to the index by the file Astro writes, and Astro's response is passed on as it is", async () => {
	const { prerenderer, told, rendered } = setup([
		{ pathname: '/so-ket-thu/don-vi/xa-a', route: 'unit' },
		{ pathname: '/404', route: '404' },
		{ pathname: '/so-ket-thu/tien-do.csv', route: 'csv', type: 'endpoint' },
	]);
	const order = await prerenderer.getStaticPaths();
	for (const url of ['/so-ket/so-ket-thu/don-vi/xa-a/', '/so-ket/404.html', '/so-ket/so-ket-thu/tien-do.csv']) {
		const response = await prerenderer.render(new Request(`http://localhost${url}`), { routeData: order[0]!.route });
		expect(await (response as Response).text()).toBe(`<p>${url}</p>`);
	}
	expect(told).toEqual(['so-ket-thu/don-vi/xa-a/index.html', '404.html', 'so-ket-thu/tien-do.csv']);
	// A request for a path Astro did not list is not told; the end of rendering is.
	await prerenderer.render(new Request('http://localhost/so-ket/elsewhere/'), { routeData: order[0]!.route });
	expect(told).toHaveLength(3);
	await prerenderer.teardown!();
	expect(rendered()).toBe(1);
});
