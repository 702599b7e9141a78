// How pages are split into search shards, and how many are indexed at once.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { PAGES_PER_SHARD, shardCount, shardOf } from '../../src/lib/search/shards.ts';
import { BYTES_PER_PAGE, scratchRoot, shardJobs } from '../../src/lib/search/index-site.ts';
import { tempDir } from '../helpers/temp.ts';

test('a site that fits one shard stays in one index, whatever the number of jobs', () => {
	expect(shardCount(0)).toBe(1);
	expect(shardCount(PAGES_PER_SHARD)).toBe(1);
	expect(shardCount(PAGES_PER_SHARD, PAGES_PER_SHARD, 4)).toBe(1);
});

test('beyond one shard, the count is a multiple of the jobs, so no shard is indexed alone at the end', () => {
	expect(shardCount(2001, 2000, 1)).toBe(2);
	expect(shardCount(10_088, 2000, 1)).toBe(6);
	expect(shardCount(10_088, 2000, 2)).toBe(6);
	expect(shardCount(8001, 2000, 2)).toBe(6);
	expect(shardCount(4001, 2000, 2)).toBe(4);
	expect(shardCount(4001, 2000, 4)).toBe(4);
	expect(shardCount(12_000, 2000, 4)).toBe(8);
	// No shard holds more than asked.
	for (const pages of [2001, 9999, 10_088, 50_000])
		expect(pages / shardCount(pages, 2000, 2)).toBeLessThanOrEqual(2000);
});

/** The shards of `paths` as a fresh Node process computes them: a build is one process, the next build another. */
function shardsInChildProcess(paths: readonly string[], count: number): number[] {
	const module = pathToFileURL(new URL('../../src/lib/search/shards.ts', import.meta.url).pathname).href;
	const script = `const { shardOf } = await import(${JSON.stringify(module)}); const paths = JSON.parse(process.argv[1]); console.log(JSON.stringify(paths.map((p) => shardOf(p, ${count}))));`;
	return JSON.parse(
		execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(paths)], { encoding: 'utf8' })
	) as number[];
}

test('a page keeps its shard from one build to the next: two separate processes assign every page alike', () => {
	const paths = Array.from({ length: 2000 }, (_, i) => `kl120-2021/don-vi/xa-${i}/index.html`);
	const [first, second] = [shardsInChildProcess(paths, 6), shardsInChildProcess(paths, 6)];
	expect(first).toEqual(second);
	// Not a constant: the pages are spread over every shard.
	expect(new Set(first).size).toBe(6);
	// And the test's own process agrees with both.
	expect(paths.map((p) => shardOf(p, 6))).toEqual(first);
}, 60_000);

test('shards share pages about evenly', () => {
	const paths = Array.from({ length: 6000 }, (_, i) => `so-ket/don-vi/xa-${i}/index.html`);
	const sizes = Array<number>(6).fill(0);
	for (const p of paths) sizes[shardOf(p, 6)]!++;
	for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(100);
});

test('shards indexed at once: one per core, fewer when a quarter of the memory cannot hold them, never none', () => {
	const GB = 1e9;
	expect(shardJobs(2000, 2, 24 * GB)).toBe(2);
	expect(shardJobs(2000, 16, 24 * GB)).toBe(Math.floor((24 * GB) / 4 / (2000 * BYTES_PER_PAGE)));
	expect(shardJobs(2000, 8, 4 * GB)).toBe(1);
	expect(shardJobs(2000, 8, 1 * GB)).toBe(1);
});

test('scratch copies go to memory-backed space only where it exists with room to spare', () => {
	const disk = tempDir('so-ket-scratch-');
	expect(scratchRoot(disk, '/no/such/folder')).toBe(disk);
	// A folder with less free space than asked (here: more than any disk has) is passed over.
	expect(scratchRoot(disk, disk, Number.MAX_SAFE_INTEGER)).toBe(disk);
	expect(scratchRoot('/fallback', disk, 1)).toBe(disk);
});
