// indexSite on a handful of pages: how pagefind, given pages prepared for Vietnamese, answers Vietnamese queries.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeProject } from '../helpers/content-dir.ts';
import { openIndex } from '../helpers/pagefind.ts';
import {
	ABANDONED_AFTER_MS,
	FRAGMENT_FILES,
	bundlePath,
	feedIndex,
	indexSite,
	type IndexResult,
} from '../../src/lib/search/index-site.ts';
import { fragmentRecords } from '../../bench/site-check.ts';
import { readable, searchableQuery } from '../../src/lib/search/pagefind-text.ts';
import { SHARDS_MANIFEST } from '../../src/lib/search/shards.ts';

const html = (title: string, body: string) =>
	`<!doctype html><html lang="vi"><head><title>${title}</title></head><body><nav>Đối thoại trang chủ</nav><h1>${title}</h1><article data-pagefind-body><p>${body}</p></article></body></html>`;
const site = makeProject({
	'a/index.html': html('Đảng ủy xã A', 'Đảng ủy tổ chức đối thoại với nhân dân.'),
	'b/index.html': html('Xã B', 'Ban Thanh tra nhân dân giám sát định kỳ việc công khai.').normalize('NFD'),
	'c/index.html': html('Xã C', 'Không để xảy ra dối trá trong báo cáo.'),
	'tim-kiem/index.html':
		'<!doctype html><html lang="vi"><body><h1>Tìm kiếm</h1><p>Đối thoại giám sát dối trá</p></body></html>',
});
let index: Awaited<ReturnType<typeof openIndex>>;
let result: IndexResult;
beforeAll(async () => {
	result = await indexSite(site, join(site, 'pagefind'), join(site, '.work'), { scratch: join(site, '.scratch') });
	index = await openIndex(site);
});
afterAll(() => index?.close());
const urls = async (query: string) => (await index.search(searchableQuery(query))).map((h) => h.url);

test('only pages with a marked body are indexed, and the scratch copy is gone afterwards', async () => {
	expect(result).toEqual({ pages: 3, shards: 1, rebuilt: 1 });
	expect(readdirSync(join(site, '.work'))).toEqual(['built']);
	expect(readdirSync(join(site, '.scratch'))).toEqual([]);
	expect((await index.search(null)).map((h) => h.url).sort()).toEqual(['/a/', '/b/', '/c/']);
});

test('text saved decomposed (NFD) is found by composed queries, and composed text by decomposed queries', async () => {
	expect(await urls('giám sát')).toEqual(['/b/']);
	expect(await urls('giam sat')).toEqual(['/b/']);
	expect(await urls('đối thoại'.normalize('NFD'))).toEqual(['/a/']);
});

test('"d" finds "đ" and "d" alike, typed with or without its stroke and tones', async () => {
	for (const query of ['doi', 'đối', 'dối', 'Đối'.normalize('NFD')])
		expect((await urls(query)).sort(), query).toEqual(['/a/', '/c/']);
	expect(await urls('dinh ky')).toEqual(['/b/']);
});

test('"đ" typed exactly ranks the word with "đ" first, and "d" the word with "d"', async () => {
	expect(await urls('đối')).toEqual(['/a/', '/c/']);
	expect(await urls('Đối'.normalize('NFD'))).toEqual(['/a/', '/c/']);
	expect(await urls('dối')).toEqual(['/c/', '/a/']);
});

test('excerpts of a decomposed page read composed, with the matched words marked', async () => {
	const [hit] = await index.search(searchableQuery('dinh ky'));
	expect(readable(hit!.excerpt)).toContain('<mark>định</mark> <mark>kỳ</mark>');
	expect(readable(hit!.meta['title']!)).toBe('Xã B');
});

describe('shards', () => {
	// Each of these runs pagefind several times: generous on a loaded machine (vitest's default is 20 s).
	const SHARD_TEST_TIMEOUT = 180_000;
	const pages = Object.fromEntries(
		['An Bình', 'Ân Thạnh', 'Phú Mỹ', 'Hòa Tiến', 'Yên Phú', 'Thạch Hà', 'Nam Hà'].map((name, i) => [
			`x${i}/index.html`,
			html(`Xã ${name}`, `Xã ${name} tổ chức đối thoại lần ${i + 1}.`),
		])
	);
	/** The cached bundles of a site (each has a seal file beside it). */
	const bundlesIn = (root: string) => readdirSync(join(root, '.work/built')).filter((n) => !n.includes('.'));
	const urlsOf = async (root: string, query: string | null, sorted = true) => {
		const opened = await openIndex(root);
		try {
			const urls = (await opened.search(query === null ? null : searchableQuery(query))).map((h) => h.url);
			return sorted ? urls.sort() : urls;
		} finally {
			await opened.close();
		}
	};

	test(
		'a site indexed in shards answers as the same site in one index, and an unchanged shard is reused',
		async () => {
			const one = makeProject(pages);
			const many = makeProject(pages);
			expect(await indexSite(one, join(one, 'pagefind'), join(one, '.work'))).toMatchObject({ pages: 7, shards: 1 });
			expect(await indexSite(many, join(many, 'pagefind'), join(many, '.work'), { perShard: 2, jobs: 2 })).toEqual({
				pages: 7,
				shards: 4,
				rebuilt: 4,
			});
			// Queries whose every word occurs in every shard: pagefind drops a word that is in no page of an index, so a word
			// missing from one shard only narrows the others (docs/search.md).
			for (const query of [null, 'doi thoai', 'binh', 'to chuc lan'])
				expect(await urlsOf(many, query), String(query)).toEqual(await urlsOf(one, query));
			expect(await urlsOf(many, null)).toHaveLength(7);

			// Nothing changed: every shard is reused. One page changed: only its shard is indexed again, and it is found.
			expect(await indexSite(many, join(many, 'pagefind'), join(many, '.work'), { perShard: 2, jobs: 2 })).toEqual({
				pages: 7,
				shards: 4,
				rebuilt: 0,
			});
			writeFileSync(join(many, 'x2/index.html'), html('Xã Phú Mỹ', 'Xã Phú Mỹ công khai dự toán ngân sách.'));
			expect(await indexSite(many, join(many, 'pagefind'), join(many, '.work'), { perShard: 2, jobs: 2 })).toEqual({
				pages: 7,
				shards: 4,
				rebuilt: 1,
			});
			// Shards that have none of the words match them loosely (pagefind shortens an unknown word), below the exact page.
			expect((await urlsOf(many, 'cong khai du toan', false))[0]).toBe('/x2/');
			expect(await urlsOf(many, 'doi thoai')).toHaveLength(6);
			expect(bundlesIn(many)).toHaveLength(4);
		},
		SHARD_TEST_TIMEOUT
	);

	test(
		'after a report is changed and after one is deleted, only its shard is indexed again and the index says what the site says',
		async () => {
			const site = makeProject(pages);
			const index = () => indexSite(site, join(site, 'pagefind'), join(site, '.work'), { perShard: 2, jobs: 2 });
			expect(await index()).toEqual({ pages: 7, shards: 4, rebuilt: 4 });
			expect(await urlsOf(site, 'an binh')).toContain('/x0/');

			// Changed: the old words lead nowhere, the new ones to the page; one shard indexed anew, the stale one dropped.
			writeFileSync(
				join(site, 'x0/index.html'),
				html('Xã Long Điền', 'Xã Long Điền tổ chức hội nghị tiếp xúc cử tri.')
			);
			expect(await index()).toEqual({ pages: 7, shards: 4, rebuilt: 1 });
			expect(await urlsOf(site, 'long dien tiep xuc cu tri', false)).toEqual(['/x0/']);
			expect(await urlsOf(site, 'an binh')).not.toContain('/x0/');
			expect(await urlsOf(site, null)).toEqual(['/x0/', '/x1/', '/x2/', '/x3/', '/x4/', '/x5/', '/x6/']);
			expect(bundlesIn(site)).toHaveLength(4);

			// Deleted: the page is gone from every answer, its shard alone indexed anew; the others are reused.
			rmSync(join(site, 'x4'), { recursive: true });
			expect(await index()).toEqual({ pages: 6, shards: 4, rebuilt: 1 });
			expect(await urlsOf(site, null)).toEqual(['/x0/', '/x1/', '/x2/', '/x3/', '/x5/', '/x6/']);
			expect(await urlsOf(site, 'yen phu')).not.toContain('/x4/');
			// The last page of a shard deleted: that shard has no index any more (pagefind refuses an empty folder), the
			// other three are reused as they are.
			rmSync(join(site, 'x3'), { recursive: true });
			expect(await index()).toEqual({ pages: 5, shards: 3, rebuilt: 0 });
			expect(await urlsOf(site, null)).toEqual(['/x0/', '/x1/', '/x2/', '/x5/', '/x6/']);
			expect(bundlesIn(site)).toHaveLength(3);
		},
		SHARD_TEST_TIMEOUT
	);

	test(
		'editing the served index in place (dist/pagefind) does not reach the cached shards it is hard-linked to',
		async () => {
			const site = makeProject(pages);
			const output = join(site, 'pagefind');
			const index = () => indexSite(site, output, join(site, '.work'), { perShard: 2, jobs: 2 });
			await index();
			const shard = join(output, 'shard-1');
			const entry = readFileSync(join(shard, 'pagefind-entry.json'), 'utf8');
			const fragments = readdirSync(join(output, 'fragment'));
			// A deploy step rewriting files where they are (same inode), as `>` or writeFileSync do.
			writeFileSync(join(shard, 'pagefind-entry.json'), '{}');
			writeFileSync(join(output, 'fragment', fragments[0]!), 'broken');
			const again = await index();
			expect(again.rebuilt).toBe(2);
			expect(readFileSync(join(shard, 'pagefind-entry.json'), 'utf8')).toBe(entry);
			expect(await urlsOf(site, null)).toHaveLength(7);
			expect(await urlsOf(site, 'an binh')).toContain('/x0/');
		},
		SHARD_TEST_TIMEOUT
	);

	test('indexing fails whole when a shard cannot be indexed: no bundle, no scratch copy left behind', async () => {
		const site = makeProject(pages);
		const scratch = join(site, 'scratch-is-a-file');
		writeFileSync(scratch, '');
		await expect(
			indexSite(site, join(site, 'pagefind'), join(site, '.work'), { perShard: 2, jobs: 2, scratch })
		).rejects.toThrow(/ENOTDIR|EEXIST/);
		expect(readdirSync(join(site, '.work/built'))).toEqual([]);
		expect(existsSync(join(site, 'pagefind', SHARDS_MANIFEST))).toBe(false);
	});

	test('a site with nothing to search yet writes a manifest that says so, and no bundle', async () => {
		const empty = makeProject({
			'index.html': '<!doctype html><html lang="vi"><body><h1>Trang chủ</h1></body></html>',
		});
		expect(await indexSite(empty, join(empty, 'pagefind'), join(empty, '.work'))).toEqual({
			pages: 0,
			shards: 0,
			rebuilt: 0,
		});
		expect(JSON.parse(readFileSync(join(empty, 'pagefind', SHARDS_MANIFEST), 'utf8'))).toEqual({
			version: 1,
			pages: 0,
			bundles: [],
		});
		expect(existsSync(join(empty, 'pagefind/pagefind.js'))).toBe(false);
	});
});

test('feeds left by a killed build are removed after a day; a feed of a build under way is not', async () => {
	const root = makeProject({ 'a/index.html': html('Xã A', 'Đối thoại với nhân dân.') });
	const scratch = join(root, '.scratch');
	const [old, young] = [join(scratch, 'so-ket-feed-old'), join(scratch, 'so-ket-feed-young')];
	// A killed pagefind's index, written beside its feed.
	const oldIndex = feedIndex(old);
	for (const folder of [old, young, oldIndex]) mkdirSync(folder, { recursive: true });
	const longAgo = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
	utimesSync(old, longAgo, longAgo);
	utimesSync(oldIndex, longAgo, longAgo);
	await indexSite(root, join(root, 'pagefind'), join(root, '.work'), { scratch });
	expect(readdirSync(scratch)).toEqual(['so-ket-feed-young']);
});

test('pagefind writes in scratch; in memory (/dev/shm) its index is copied to the cache on disk, and nothing stays', async () => {
	const root = makeProject({ 'a/index.html': html('Xã A', 'Đối thoại với nhân dân.') });
	// Another file system than the project's where the machine has one, as the build's scratch is.
	const memory = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
	const scratch = mkdtempSync(join(memory, 'so-ket-test-'));
	try {
		expect(await indexSite(root, join(root, 'pagefind'), join(root, '.work'), { scratch })).toEqual({
			pages: 1,
			shards: 1,
			rebuilt: 1,
		});
		expect(readdirSync(scratch)).toEqual([]);
		const [bundle] = readdirSync(join(root, '.work/built')).filter((n) => !n.includes('.'));
		expect(existsSync(join(root, '.work/built', bundle!, 'pagefind-entry.json'))).toBe(true);
		const opened = await openIndex(root);
		try {
			expect((await opened.search(searchableQuery('doi thoai'))).map((h) => h.url)).toEqual(['/a/']);
		} finally {
			await opened.close();
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});

test('a shard of more pages than FRAGMENT_FILES writes at most that many fragment files, and every page is found whole', async () => {
	const count = FRAGMENT_FILES + 40;
	const root = makeProject(
		Object.fromEntries(
			Array.from({ length: count }, (_, i) => [`x${i}/index.html`, html(`Xã số ${i}`, `Đối thoại lần thứ ${i}.`)])
		)
	);
	expect(
		await indexSite(root, join(root, 'pagefind'), join(root, '.work'), { scratch: join(root, '.scratch') })
	).toEqual({
		pages: count,
		shards: 1,
		rebuilt: 1,
	});
	const files = readdirSync(join(root, 'pagefind/fragment'));
	expect(files.length).toBeLessThanOrEqual(FRAGMENT_FILES);
	// Several pages to a file, each read back whole, as the benchmark's record count reads them.
	const records = files.flatMap((file) => fragmentRecords(readFileSync(join(root, 'pagefind/fragment', file))));
	expect(records.map((r) => r.url).sort()).toEqual(Array.from({ length: count }, (_, i) => `/x${i}/`).sort());
	expect(records.find((r) => r.url === '/x7/')!.content).toContain('lần thứ 7');
	// Grouped otherwise, the same pages are another index: cached under another name.
	const pages = [{ path: 'x1/index.html', digest: 'a' }];
	expect(bundlePath('/w', pages, 3)).not.toBe(bundlePath('/w', pages));
	expect(bundlePath('/w', pages, FRAGMENT_FILES)).toBe(bundlePath('/w', pages));
	const opened = await openIndex(root);
	try {
		const hits = await opened.search(searchableQuery('thu 123'));
		expect(hits[0]).toMatchObject({ url: '/x123/', meta: { title: readable('Xã số 123') } });
		expect(readable(hits[0]!.content)).toContain('Đối thoại lần thứ 123.');
		expect((await opened.search(null)).length).toBe(count);
	} finally {
		await opened.close();
	}
});
