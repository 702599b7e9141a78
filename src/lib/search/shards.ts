// The search index is split into shards of a bounded number of pages: pagefind's memory grows with the pages of one
// index (about 0.4 MB a page), and a changed report then re-indexes only its shard. The browser merges the shards.

/**
 * Pages per shard by default: about 2 GB of pagefind's memory. A province's campaign fits in one index; beyond that,
 * a word that no page of a shard holds is matched loosely there (pagefind shortens it), adding weaker results.
 */
export const PAGES_PER_SHARD = 5000;

/** The file, beside the primary bundle, that lists the other shards for the browser to merge. */
export const SHARDS_MANIFEST = 'shards.json';

/** What {@link SHARDS_MANIFEST} holds: the other bundles' folders, relative to the primary bundle. */
export interface ShardsManifest {
  version: 1;
  /** Pages in the index, over every shard; 0 when nothing is searchable yet (and there is no bundle). */
  pages: number;
  bundles: string[];
}

/** How many shards `pages` pages need, at most `perShard` each. */
export const shardCount = (pages: number, perShard = PAGES_PER_SHARD) => Math.max(1, Math.ceil(pages / Math.max(1, perShard)));

/** The shard of a page: a stable hash of its path, so a page stays in its shard from one build to the next. */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** The folder of shard `k` inside the primary bundle; shard 0 is the primary bundle itself. */
export const shardFolder = (k: number) => (k === 0 ? '' : `shard-${k}/`);
