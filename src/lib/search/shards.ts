// The search index is split into shards of a bounded number of pages: pagefind's memory grows with the pages of one
// index, shards are indexed side by side on the machine's cores, and a changed report re-indexes only its shard.
// The browser merges the shards. Read by the browser too, so nothing here needs Node.

/**
 * Pages per shard at most, by default: about 0.7 GB of pagefind's memory, so that two side by side and the build stay
 * well under 3 GB at 10,000 reports (2.95 GB measured with 2,000). Measured on two cores: one index of 5,000 pages took
 * 17 s, two of 2,500 side by side 9.3 s. Beyond one shard, a word that no page of a shard holds is matched loosely
 * there (pagefind shortens it), adding weaker results (docs/search.md).
 */
export const PAGES_PER_SHARD = 1500;

/** The file, beside the primary bundle, that lists the other shards for the browser to merge. */
export const SHARDS_MANIFEST = 'shards.json';

/** What {@link SHARDS_MANIFEST} holds: the other bundles' folders, relative to the primary bundle. */
export interface ShardsManifest {
	version: 1;
	/** Pages in the index, over every shard; 0 when nothing is searchable yet (and there is no bundle). */
	pages: number;
	bundles: string[];
}

/**
 * How many shards `pages` pages need, at most `perShard` each; beyond one, a multiple of `jobs`, so that shards indexed
 * side by side finish together instead of one indexing alone at the end.
 */
export function shardCount(pages: number, perShard = PAGES_PER_SHARD, jobs = 1): number {
	const needed = Math.max(1, Math.ceil(pages / Math.max(1, perShard)));
	return needed === 1 ? 1 : Math.ceil(needed / Math.max(1, jobs)) * Math.max(1, jobs);
}

/** The shard of a page: a stable hash of its path, so a page stays in its shard from one build to the next. */
export function shardOf(path: string, count: number): number {
	let hash = 0x811c9dc5; // FNV-1a
	for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % count;
}

/** The folder of shard `k` inside the primary bundle; shard 0 is the primary bundle itself. */
export const shardFolder = (k: number) => (k === 0 ? '' : `shard-${k}/`);
