// What the early index's child process (early-index-child.ts) does with a shard whose pages Astro has rendered: reads
// them once written, indexes them with pagefind, and reads them again, so a page read half-written is never indexed.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LimitFunction } from 'p-limit';
import type { FromIndexer } from './early-index.ts';
import { BODY_ATTRIBUTE } from './feed.ts';
import { bundlePath, indexFeed, intact, pageDigest, prepareFeed } from './index-site.ts';

/** Astro writes a page just after rendering it; a shard's pages are read this long after its last one was rendered. */
export const WRITE_GRACE_MS = 200;

export interface IndexerContext {
	site: string;
	workDir: string;
	scratch: string;
	/** pagefind processes at once. */
	limit: LimitFunction;
	signal: AbortSignal;
	/** Copies of pages prepared and not yet indexed, for whoever ends the process to remove. */
	feeds: Set<string>;
	send: (message: FromIndexer) => void;
	graceMs?: number;
}

type Digests = [string, string | null][];

/** Each page's digest, or null when it has nothing to search. */
const digestsOf = (site: string, pages: readonly string[]): Digests =>
	pages.map((path) => {
		const bytes = readFileSync(join(site, path));
		return [path, bytes.includes(BODY_ATTRIBUTE) ? pageDigest(bytes) : null];
	});
const alike = (a: Digests, b: Digests) => a.every(([, digest], i) => b[i]![1] === digest);

/**
 * Reads a complete shard's pages and tells where its index goes; resolves once they are read and copied for pagefind,
 * while pagefind runs on (under `limit`). Each outcome is sent: digests when done, `failed` when indexSite must do it.
 */
export async function readShard(shard: number, pages: string[], context: IndexerContext): Promise<void> {
	const { site, workDir, scratch, send } = context;
	await sleep(context.graceMs ?? WRITE_GRACE_MS);
	const first = digestsOf(site, pages);
	const searchable = first.flatMap(([path, digest]) => (digest === null ? [] : [{ path, digest }]));
	if (searchable.length === 0) return void send({ shard, digests: first });
	const bundle = bundlePath(workDir, searchable);
	// Read again before telling the digests: a page read while Astro was still writing it is not taken for the page.
	const checked = () => {
		const again = digestsOf(site, pages);
		return alike(first, again) ? again : undefined;
	};
	if (intact(bundle)) {
		send({ shard, bundle, ready: true });
		const digests = checked();
		return void send(digests ? { shard, bundle, digests } : { shard, failed: 'a page changed while it was read' });
	}
	send({ shard, bundle, ready: false });
	// In path order, as indexSite copies them: pagefind numbers pages in the order it finds them, so the same shard
	// copied in the order pages were rendered gave an index of other bytes (test/build/cache.test.ts).
	const feed = prepareFeed(site, searchable.map((page) => page.path).sort(), scratch);
	context.feeds.add(feed);
	void context.limit(async () => {
		try {
			await indexFeed(feed, bundle, { signal: context.signal });
			const digests = checked();
			if (digests) return send({ shard, bundle, digests });
			rmSync(bundle, { recursive: true, force: true });
			send({ shard, bundle, failed: 'a page changed while it was indexed' });
		} catch (error) {
			send({ shard, bundle, failed: error instanceof Error ? error.message : String(error) });
		} finally {
			context.feeds.delete(feed);
		}
	});
}
