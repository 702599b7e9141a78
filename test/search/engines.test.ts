import { expect, test } from 'vitest';
import { addCounts, dealShards, engineCount, MAX_ENGINES, mergeAnswers } from '../../src/lib/search/engines.ts';

test('one engine per core, at most one per shard and at most MAX_ENGINES; at least one', () => {
	expect(engineCount(8, 2)).toBe(2);
	expect(engineCount(8, 16)).toBe(MAX_ENGINES);
	expect(engineCount(1, 8)).toBe(1);
	expect(engineCount(3, 0)).toBe(1);
	expect(engineCount(3, Number.NaN)).toBe(1);
});

test('shards are dealt in turn; the first engine holds the primary bundle, every shard is searched once', () => {
	const others = ['shard-1/', 'shard-2/', 'shard-3/', 'shard-4/'];
	expect(dealShards(others, 2)).toEqual([
		['', 'shard-2/', 'shard-4/'],
		['shard-1/', 'shard-3/'],
	]);
	expect(dealShards(others, 1)).toEqual([['', ...others]]);
	// More engines than shards: no engine without a shard.
	expect(dealShards(['shard-1/'], 4)).toEqual([[''], ['shard-1/']]);
	expect(dealShards(others, 3).flat().sort()).toEqual(['', ...others].sort());
});

test('answers merge as pagefind merges shards: by score, best first, and counts added up', () => {
	const merged = mergeAnswers([
		{
			results: [
				{ id: 'a', score: 3 },
				{ id: 'b', score: 1 },
			],
			filters: { tier: { 'co-so': 2 }, status: { late: 1 } },
		},
		{
			results: [
				{ id: 'c', score: 2 },
				{ id: 'd', score: 3 },
			],
			filters: { tier: { 'co-so': 1, huyen: 1 } },
		},
	]);
	expect(merged.results.map((r) => r.id)).toEqual(['a', 'd', 'c', 'b']);
	expect(merged.filters).toEqual({ tier: { 'co-so': 3, huyen: 1 }, status: { late: 1 } });
	expect(addCounts([])).toEqual({});
});
