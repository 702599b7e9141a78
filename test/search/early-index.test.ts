// The early index (src/lib/search/early-index.ts, early-indexer.ts): shards indexed by a child process while pages are
// still rendered, which indexSite then takes as they are, and what happens when the child cannot finish one.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { makeProject } from '../helpers/content-dir.ts';
import { openIndex } from '../helpers/pagefind.ts';
import { EarlyIndex, type FromIndexer } from '../../src/lib/search/early-index.ts';
import { readShard } from '../../src/lib/search/early-indexer.ts';
import { bundlePath, FRAGMENT_FILES, indexSite, pageDigest } from '../../src/lib/search/index-site.ts';
import { searchableQuery } from '../../src/lib/search/pagefind-text.ts';

// Each test runs pagefind several times: generous on a loaded machine.
const TIMEOUT = 180_000;
const html = (title: string, body: string) =>
	`<!doctype html><html lang="vi"><head><title>${title}</title></head><body><h1>${title}</h1><article data-pagefind-body><p>${body}</p></article></body></html>`;
const NAMES = ['An Bình', 'Ân Thạnh', 'Phú Mỹ', 'Hòa Tiến', 'Yên Phú', 'Thạch Hà', 'Nam Hà'];
const reports = (count = NAMES.length) =>
	Object.fromEntries(
		Array.from({ length: count }, (_, i) => [
			`x${i}/index.html`,
			html(`Xã ${NAMES[i % NAMES.length]} ${i}`, `Xã ${NAMES[i % NAMES.length]} tổ chức đối thoại lần ${i + 1}.`),
		])
	);
const SITE = {
	...reports(),
	'index.html': '<!doctype html><html lang="vi"><body><h1>Trang chủ</h1></body></html>',
	'x.csv': 'a,b',
};

/**
 * A site, its early index (2 pages a shard, 2 at once), and the folders the build would give it: outside the site, as
 * in a build, where copies being indexed are not pages of the site.
 */
function setUp(files: Record<string, string> = SITE) {
	const root = makeProject(files);
	const cache = makeProject({});
	const [workDir, scratch] = [join(cache, 'work'), join(cache, 'scratch')];
	mkdirSync(scratch);
	// Its pages are written before it starts, as by a build begun at 0.
	const early = new EarlyIndex({
		site: root,
		workDir,
		scratch,
		perShard: 2,
		jobs: 2,
		whileRendering: 1,
		since: 0,
		waitMs: 500,
	});
	return { root, workDir, scratch, early };
}
const urlsOf = async (root: string, query: string | null) => {
	const opened = await openIndex(root);
	try {
		return (await opened.search(query === null ? null : searchableQuery(query))).map((h) => h.url).sort();
	} finally {
		await opened.close();
	}
};
/** Processes whose command line names `path` (pagefind is given its copy's folder). */
const processesNaming = (path: string) =>
	readdirSync('/proc').filter((pid) => {
		try {
			return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path);
		} catch {
			return false;
		}
	});
const feedsIn = (scratch: string) => readdirSync(scratch).filter((name) => name.startsWith('so-ket-feed-'));

test('the shard count is planned from the pages Astro will write, before any is rendered', () => {
	const { early } = setUp();
	expect(early.shards).toBe(0);
	// 8 HTML pages at 2 a shard, a multiple of the 2 indexed at once; the CSV download counts for none.
	expect(early.plan(Object.keys(SITE))).toBe(4);
	expect(early.shards).toBe(4);
});

test(
	'shards handed over as their pages are rendered are indexed by the child, and indexSite reads and indexes none of them again',
	async () => {
		const { root, workDir, scratch, early } = setUp();
		const shards = early.plan(Object.keys(SITE));
		for (const file of Object.keys(SITE)) early.written(file);
		early.rendered();
		await early.settled();
		expect(early.building.size).toBe(4);
		// A scratch folder that is a file: indexSite fails if it copies a single page for pagefind itself.
		const noScratch = join(workDir, '..', 'no-scratch');
		writeFileSync(noScratch, '');
		const result = await indexSite(root, join(root, 'pagefind'), workDir, {
			perShard: 2,
			jobs: 2,
			scratch: noScratch,
			shards,
			building: early.building,
			digests: early.digests,
		});
		await early.close();
		expect(result).toEqual({ pages: 7, shards: 4, rebuilt: 4 });
		expect(early.indexed).toBe(4);
		// Every page's digest came from the child: the searchable ones, and null for the home page.
		expect(early.digests.get('x0/index.html')).toBe(pageDigest(readFileSync(join(root, 'x0/index.html'))));
		expect(early.digests.get('index.html')).toBeNull();
		expect(await urlsOf(root, null)).toEqual(['/x0/', '/x1/', '/x2/', '/x3/', '/x4/', '/x5/', '/x6/']);
		expect(await urlsOf(root, 'an binh')).toContain('/x0/');
		expect(feedsIn(scratch)).toEqual([]);
	},
	TIMEOUT
);

test(
	'a shard the child cannot read (a page missing) is indexed by indexSite from the built pages',
	async () => {
		const { root, workDir, scratch, early } = setUp();
		const shards = early.plan([...Object.keys(SITE), 'gone/index.html']);
		for (const file of [...Object.keys(SITE), 'gone/index.html']) early.written(file);
		early.rendered();
		await early.settled();
		const result = await indexSite(root, join(root, 'pagefind'), workDir, {
			perShard: 2,
			jobs: 2,
			scratch,
			shards,
			building: early.building,
			digests: early.digests,
		});
		await early.close();
		expect(result.pages).toBe(7);
		expect(await urlsOf(root, null)).toEqual(['/x0/', '/x1/', '/x2/', '/x3/', '/x4/', '/x5/', '/x6/']);
		expect(feedsIn(scratch)).toEqual([]);
	},
	TIMEOUT
);

test(
	'a shard whose bundle the child fails to make is indexed by indexSite, and the result is whole',
	async () => {
		const root = makeProject(reports());
		const workDir = join(root, '.work');
		const pages = Object.keys(reports()).map((path) => ({
			path,
			digest: pageDigest(readFileSync(join(root, path))),
		}));
		const failed = Promise.reject(new Error('pagefind was stopped'));
		failed.catch(() => undefined);
		const building = new Map([[bundlePath(workDir, pages), failed]]);
		const result = await indexSite(root, join(root, 'pagefind'), workDir, {
			scratch: join(root, '.scratch'),
			building,
		});
		expect(result).toEqual({ pages: 7, shards: 1, rebuilt: 1 });
		expect(await urlsOf(root, 'doi thoai')).toHaveLength(7);
	},
	TIMEOUT
);

test(
	'a page whose digest indexSite is given is not read: given as not searchable, it is left out',
	async () => {
		const root = makeProject(reports());
		const result = await indexSite(root, join(root, 'pagefind'), join(root, '.work'), {
			scratch: join(root, '.scratch'),
			digests: new Map([['x3/index.html', null]]),
		});
		expect(result.pages).toBe(6);
		expect(await urlsOf(root, null)).not.toContain('/x3/');
	},
	TIMEOUT
);

describe('reading a shard in the child', () => {
	/** The child's work on one shard, with its messages recorded; `onReady` runs when it tells where the index goes. */
	async function read(
		root: string,
		pages: string[],
		onReady: () => void = () => {},
		overrides: { since?: number; scratch?: string } = {}
	) {
		const sent: FromIndexer[] = [];
		const limit = pLimit(1);
		const copies = pLimit(2);
		const context = {
			site: root,
			workDir: join(root, '.work'),
			scratch: join(root, '.scratch'),
			limit,
			copies,
			signal: new AbortController().signal,
			fragmentFiles: FRAGMENT_FILES,
			feeds: new Set<string>(),
			since: 0,
			graceMs: 0,
			waitMs: 200,
			...overrides,
			send: (message: FromIndexer) => {
				sent.push(message);
				if ('ready' in message) onReady();
			},
		};
		if (!overrides.scratch) mkdirSync(context.scratch, { recursive: true });
		await readShard(0, pages, context);
		// Done when the shard's outcome is told: its digests, or that indexSite must index it.
		await expect.poll(() => sent.some((m) => 'digests' in m || 'failed' in m), { timeout: 60_000 }).toBe(true);
		return { sent, context };
	}

	test(
		'a page that changes between the first read and the check (written while read) is not indexed as it was read',
		async () => {
			const root = makeProject(reports(3));
			const pages = Object.keys(reports(3));
			// Rewritten once its shard's first read is done: what was indexed is no longer the page.
			const { sent, context } = await read(root, pages, () =>
				writeFileSync(join(root, 'x1/index.html'), html('Xã khác', 'Nội dung khác.'))
			);
			expect(sent.at(-1)).toMatchObject({ shard: 0, failed: 'x1/index.html changed while it was read' });
			const ready = sent.find((m) => 'ready' in m) as { bundle: string };
			expect(existsSync(ready.bundle)).toBe(false);
			expect(readdirSync(context.scratch)).toEqual([]);
		},
		TIMEOUT
	);

	test('a page left by the last build (modified before this one began) is waited for, and not taken if it never comes', async () => {
		const root = makeProject(reports(3));
		const { sent } = await read(root, Object.keys(reports(3)), () => {}, { since: Date.now() + 60_000 });
		expect(sent).toEqual([{ shard: 0, failed: 'a page was not written in time' }]);
	});

	test(
		'a shard whose copy for pagefind cannot be made is told failed with its bundle, so the build does not wait for it',
		async () => {
			const root = makeProject(reports(3));
			const scratch = join(root, 'scratch-is-a-file');
			writeFileSync(scratch, '');
			const { sent } = await read(root, Object.keys(reports(3)), () => {}, { scratch });
			const ready = sent.find((m) => 'ready' in m) as { bundle: string };
			expect(sent.at(-1)).toEqual({ shard: 0, bundle: ready.bundle, failed: expect.stringMatching(/ENOTDIR|EEXIST/) });
		},
		TIMEOUT
	);

	test(
		'unchanged pages: the bundle is made and the digests told; read again, the cached bundle is taken as it is',
		async () => {
			const root = makeProject(reports(3));
			const pages = ['index.html', ...Object.keys(reports(3))];
			writeFileSync(join(root, 'index.html'), '<!doctype html><html><body><h1>Trang chủ</h1></body></html>');
			const first = await read(root, pages);
			const done = first.sent.at(-1) as { bundle: string; digests: [string, string | null][] };
			expect(existsSync(join(done.bundle, 'pagefind-entry.json'))).toBe(true);
			expect(done.digests.map(([path, digest]) => [path, digest === null])).toEqual([
				['index.html', true],
				['x0/index.html', false],
				['x1/index.html', false],
				['x2/index.html', false],
			]);
			const again = await read(root, pages);
			expect(again.sent).toEqual([
				{ shard: 0, bundle: done.bundle, ready: true },
				{ shard: 0, bundle: done.bundle, digests: done.digests },
			]);
			rmSync(root, { recursive: true, force: true });
		},
		TIMEOUT
	);
});

test(
	'closing while the child indexes stops it and leaves no copy of a page in scratch',
	async () => {
		// Enough pages that pagefind is still at work when the build is closed.
		const files = reports(600);
		const { workDir, scratch, early } = setUp(files);
		early.plan(Object.keys(files));
		for (const file of Object.keys(files)) early.written(file);
		// Wait until a copy for pagefind exists, then close.
		await expect.poll(() => feedsIn(scratch).length, { timeout: 60_000, interval: 10 }).toBeGreaterThan(0);
		const feed = join(scratch, feedsIn(scratch)[0]!);
		await early.close();
		expect(feedsIn(scratch)).toEqual([]);
		// No process is left reading the copy: pagefind was stopped with the child.
		await expect.poll(() => processesNaming(feed), { timeout: 5_000 }).toEqual([]);
		expect(existsSync(join(workDir, 'built')) ? readdirSync(join(workDir, 'built')) : []).not.toContainEqual(
			expect.stringMatching(/^[0-9a-f]{64}$/)
		);
	},
	TIMEOUT
);
