// The reviews loader caches by content: what changed is processed again, what did not is left alone, what went is gone.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, test } from 'vitest';
import { reviewsLoader, type StoredReport } from '../../src/loaders/reviews.ts';
import { readHtml } from '../../src/lib/report/html-cache.ts';
import { BODY, review, validProject } from '../helpers/content-dir.ts';

interface Entry {
	id: string;
	data: Record<string, unknown>;
	digest?: string;
	filePath?: string;
}

/** Just enough of Astro's loader context: a store kept between builds, a logger that records, the digest function. */
function context(root: string, store: Map<string, Entry>, lines: string[]): LoaderContext {
	const log = (level: string) => (message: string) => lines.push(`${level} ${message}`);
	const logger = {
		info: log('info'),
		warn: log('warn'),
		error: log('error'),
		debug: () => {},
		label: 'test',
		options: {},
		fork: () => logger,
	};
	return {
		collection: 'reviews',
		store: {
			get: (id: string) => store.get(id),
			// As Astro's store does: an entry whose digest is unchanged is kept as it was.
			set: (entry: Entry) =>
				store.get(entry.id)?.digest === entry.digest ? false : (store.set(entry.id, entry), true),
			delete: (id: string) => void store.delete(id),
			has: (id: string) => store.has(id),
			keys: () => [...store.keys()],
			values: () => [...store.values()],
			entries: () => [...store.entries()],
			clear: () => store.clear(),
		},
		config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, '.astro-cache/')) },
		logger,
		generateDigest: (data: unknown) =>
			createHash('sha256')
				.update(typeof data === 'string' ? data : JSON.stringify(data))
				.digest('hex'),
	} as unknown as LoaderContext;
}

const A1 = 'content/reviews/thu/xa-a1.mdx';
const A2 = 'content/reviews/thu/xa-a2.mdx';
let root: string;
let store: Map<string, Entry>;
let lines: string[];

/** Runs the loader as one build would; returns how many reports it processed, read from its summary line. */
async function build(): Promise<number> {
	lines = [];
	await reviewsLoader().load(context(root, store, lines));
	const summary = lines.map((l) => /^info (\d+) reports: (\d+) processed/.exec(l)).find(Boolean);
	if (!summary) throw new Error(`no summary line in:\n${lines.join('\n')}`);
	return Number(summary[2]);
}
const stored = (id: string) => store.get(id)?.data as StoredReport | undefined;
const mtime = (path: string) => statSync(path).mtimeMs;
const packs = () =>
	readdirSync(join(root, '.astro-cache', 'so-ket', 'html')).map((name) =>
		join(root, '.astro-cache', 'so-ket', 'html', name)
	);
/** What the cache folder holds against what the store refers to: never more than twice it (compaction). */
const cacheBytes = () => packs().reduce((sum, path) => sum + statSync(path).size, 0);
const liveBytes = () => [...store.values()].reduce((sum, e) => sum + (e.data as StoredReport).html.bytes, 0);

beforeEach(() => {
	root = validProject({
		[A2]: review(
			{ unit: 'xa-a2' },
			BODY.replace('Đảng ủy ban hành kế hoạch thực hiện.', 'Xã A2 ban hành kế hoạch riêng.')
		),
	});
	store = new Map();
});

test("the first build processes every report and caches each one's HTML on disk, in one pack, not in the store", async () => {
	expect(await build()).toBe(2);
	expect([...store.keys()].sort()).toEqual(['thu/xa-a1', 'thu/xa-a2']);
	const a2 = stored('thu/xa-a2')!;
	expect(readHtml(a2.html)).toContain('Xã A2 ban hành kế hoạch riêng.');
	expect(packs()).toEqual([a2.html.file]);
	expect(cacheBytes()).toBe(liveBytes());
	expect(JSON.stringify(store.get('thu/xa-a2'))).not.toContain('<p>');
	expect(lines[0]).toMatch(/^info 2 reports: 2 processed in \d+ ms, 0 unchanged$/);
});

test('a pack left mostly dead by a deleted report is compacted: the HTML still referred to moves, the pack goes', async () => {
	const long = `Xã A2 ban hành kế hoạch riêng. ${'Ý kiến của nhân dân được lắng nghe. '.repeat(400)}`;
	writeFileSync(join(root, A2), review({ unit: 'xa-a2' }, BODY.replace('Đảng ủy ban hành kế hoạch thực hiện.', long)));
	expect(await build()).toBe(2);
	const [first] = packs();
	const a1 = readHtml(stored('thu/xa-a1')!.html);
	rmSync(join(root, A2));
	expect(await build()).toBe(0);
	expect(packs()).not.toContain(first);
	expect(cacheBytes()).toBe(liveBytes());
	expect(readHtml(stored('thu/xa-a1')!.html)).toBe(a1);
	expect(await build()).toBe(0);
});

describe('after a first build', () => {
	beforeEach(async () => {
		await build();
	});

	test('an unchanged campaign processes nothing and leaves the cached HTML untouched', async () => {
		const before = [stored('thu/xa-a1')!, stored('thu/xa-a2')!].map((s) => [s.html, mtime(s.html.file)]);
		expect(await build()).toBe(0);
		expect(lines[0]).toBe('info 2 reports: 0 processed, 2 unchanged');
		expect([stored('thu/xa-a1')!, stored('thu/xa-a2')!].map((s) => [s.html, mtime(s.html.file)])).toEqual(before);
	});

	test("a changed report is processed again, alone, into a new pack; the other report's HTML reads as it was", async () => {
		const [oldA1, a2] = [stored('thu/xa-a1')!.html, readHtml(stored('thu/xa-a2')!.html)];
		writeFileSync(
			join(root, A1),
			readFileSync(join(root, A1), 'utf8').replace('Nhận thức được nâng lên.', 'Nhận thức được nâng lên rõ rệt.')
		);
		expect(await build()).toBe(1);
		const newA1 = stored('thu/xa-a1')!.html;
		expect(newA1.file).not.toBe(oldA1.file);
		expect(readHtml(newA1)).toContain('Nhận thức được nâng lên rõ rệt.');
		expect(readHtml(stored('thu/xa-a2')!.html)).toBe(a2);
		expect(cacheBytes()).toBeLessThanOrEqual(2 * liveBytes());
	});

	test('a report changed again and again leaves neither a pack per change nor its old HTML piling up', async () => {
		for (let i = 1; i <= 12; i++) {
			writeFileSync(
				join(root, A1),
				readFileSync(join(root, A1), 'utf8').replace(
					/Nhận thức được nâng lên[^.]*\./,
					`Nhận thức được nâng lên ${'rõ '.repeat(i * 40)}.`
				)
			);
			expect(await build()).toBe(1);
			expect(cacheBytes()).toBeLessThanOrEqual(2 * liveBytes());
		}
		expect(packs().length).toBeLessThanOrEqual(2);
		expect(readHtml(stored('thu/xa-a1')!.html)).toContain(`nâng lên ${'rõ '.repeat(480)}`);
		expect(readHtml(stored('thu/xa-a2')!.html)).toContain('Xã A2 ban hành kế hoạch riêng.');
		// The next build reuses every report where compaction moved it.
		expect(await build()).toBe(0);
	});

	test("a changed report's lessons and sections are the new ones", async () => {
		writeFileSync(
			join(root, A1),
			readFileSync(join(root, A1), 'utf8').replace(
				'2. Phải lắng nghe ý kiến nhân dân.',
				'2. Phải lắng nghe ý kiến nhân dân.\n3. Phải công khai, minh bạch.'
			)
		);
		expect(await build()).toBe(1);
		expect(stored('thu/xa-a1')!.lessons.map((l) => l.text)).toEqual([
			'Phải phát huy vai trò người đứng đầu.',
			'Phải lắng nghe ý kiến nhân dân.',
			'Phải công khai, minh bạch.',
		]);
	});

	test('a deleted report leaves the store and its cached HTML leaves the disk', async () => {
		rmSync(join(root, A2));
		expect(await build()).toBe(0);
		expect(lines[0]).toBe('info 1 reports: 0 processed, 1 unchanged');
		expect(store.has('thu/xa-a2')).toBe(false);
		expect(cacheBytes()).toBeLessThanOrEqual(2 * liveBytes());
		expect(readHtml(stored('thu/xa-a1')!.html)).toContain('Nhận thức được nâng lên.');
	});

	test('a cleaned cache folder sends the reports round again', async () => {
		rmSync(join(root, '.astro-cache'), { recursive: true });
		expect(await build()).toBe(2);
		expect(existsSync(stored('thu/xa-a1')!.html.file)).toBe(true);
	});

	test('a store copied from another project is not trusted: its reports are processed again, its files left alone', async () => {
		const other = validProject({ [A2]: readFileSync(join(root, A2), 'utf8') });
		const theirs = [stored('thu/xa-a1')!.html.file, stored('thu/xa-a2')!.html.file];
		const before = theirs.map(mtime);
		root = other;
		expect(await build()).toBe(2);
		for (const id of ['thu/xa-a1', 'thu/xa-a2'])
			expect(stored(id)!.html.file.startsWith(join(other, '.astro-cache'))).toBe(true);
		expect(theirs.map(mtime)).toEqual(before);
	});

	test('a report that becomes invalid leaves the store and fails the build with its file', async () => {
		writeFileSync(
			join(root, A2),
			readFileSync(join(root, A2), 'utf8').replace('## IV. BÀI HỌC KINH NGHIỆM', '## IV. GHI CHÚ')
		);
		await expect(build()).rejects.toThrow();
		expect(store.has('thu/xa-a2')).toBe(false);
		expect(lines.some((l) => l.startsWith(`error ${A2}:`))).toBe(true);
	});
});

/** As `build`, run by `astro dev`: Astro gives the loader a file watcher there, and keeps its store in .astro/. */
async function devBuild(): Promise<number> {
	lines = [];
	await reviewsLoader().load({
		...context(root, store, lines),
		watcher: { on() {}, add() {} },
	} as unknown as LoaderContext);
	return Number(lines.map((l) => /^info (\d+) reports: (\d+) processed/.exec(l)).find(Boolean)![2]);
}

test("astro dev and astro build, each with its own store, do not prune each other's HTML", async () => {
	const buildStore = store;
	expect(await build()).toBe(2);
	store = new Map();
	expect(await devBuild()).toBe(2);
	const devStore = store;
	const devRef = stored('thu/xa-a1')!.html;
	store = buildStore;
	expect(await build()).toBe(0);
	// The dev server still renders its pages after a build ran beside it.
	expect(readHtml(devRef)).toContain('Nhận thức được nâng lên.');
	store = devStore;
	expect(await devBuild()).toBe(0);
});
