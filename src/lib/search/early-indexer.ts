// What the early index's child process (early-index-child.ts) does with a shard whose pages Astro has rendered: reads
// each page once this build has written it, copies it for pagefind from the bytes it digested, indexes the shard, and
// reads the pages again, so a page read before or while it was written is never indexed or reported as the page.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LimitFunction } from 'p-limit';
import type { FromIndexer } from './early-index.ts';
import { BODY_ATTRIBUTE } from './feed.ts';
import { bundlePath, indexFeed, intact, pageDigest, prepareFeed } from './index-site.ts';

/** Astro writes a page just after rendering it; a shard's pages are read this long after its last one was rendered. */
export const WRITE_GRACE_MS = 200;
/** How long a page may take to appear after it was rendered, before its shard is left to indexSite. */
export const WRITE_WAIT_MS = 30_000;

export interface IndexerContext {
	site: string;
	workDir: string;
	scratch: string;
	/** When the build began (ms): a page modified before was left by the last build, and is not yet this one's. */
	since: number;
	/** pagefind processes at once. */
	limit: LimitFunction;
	/** Copies for pagefind at once, made or being indexed: one more than {@link limit}, so the next is ready in time. */
	copies: LimitFunction;
	signal: AbortSignal;
	/** Fragment files a shard is written to at most (index-site.ts, FRAGMENT_FILES). */
	fragmentFiles: number;
	/** Copies of pages prepared and not yet indexed, for whoever ends the process to remove. */
	feeds: Set<string>;
	send: (message: FromIndexer) => void;
	graceMs?: number;
	waitMs?: number;
}

type Digests = [string, string | null][];

/** Each page's digest, or null when it has nothing to search. */
const digestOf = (bytes: Buffer) => (bytes.includes(BODY_ATTRIBUTE) ? pageDigest(bytes) : null);
const digestsOf = (site: string, pages: readonly string[]): Digests =>
	pages.map((path) => [path, digestOf(readFileSync(join(site, path)))]);
const alike = (a: Digests, b: Digests) => a.every(([, digest], i) => b[i]![1] === digest);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Each page's digest once this build has written it (the output folder keeps the last build's files); or undefined. */
async function writtenDigests(pages: readonly string[], context: IndexerContext): Promise<Digests | undefined> {
	const until = Date.now() + (context.waitMs ?? WRITE_WAIT_MS);
	const digests: Digests = [];
	for (const path of pages) {
		const file = join(context.site, path);
		while ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity) < context.since) {
			if (Date.now() > until) return undefined;
			await sleep(50);
		}
		digests.push([path, digestOf(readFileSync(file))]);
	}
	return digests;
}

/**
 * Reads a complete shard's pages and tells where its index goes; resolves once they are read, while the copy for
 * pagefind and pagefind itself run on under `limit`. Each outcome is sent: the digests, read twice alike, when done;
 * `failed` (with the bundle once it was told) when indexSite must index the shard.
 */
export async function readShard(shard: number, pages: string[], context: IndexerContext): Promise<void> {
	const { site, workDir, scratch, send } = context;
	await sleep(context.graceMs ?? WRITE_GRACE_MS);
	const first = await writtenDigests(pages, context);
	if (!first) return void send({ shard, failed: 'a page was not written in time' });
	const searchable = first.flatMap(([path, digest]) => (digest === null ? [] : [{ path, digest }]));
	// Read again before telling the digests: a page read while Astro was still writing it is not taken for the page.
	const checked = () => {
		const again = digestsOf(site, pages);
		return alike(first, again) ? again : undefined;
	};
	const changed = 'a page changed while it was read';
	if (searchable.length === 0) {
		const digests = checked();
		return void send(digests ? { shard, digests } : { shard, failed: changed });
	}
	const bundle = bundlePath(workDir, searchable, context.fragmentFiles);
	if (intact(bundle)) {
		send({ shard, bundle, ready: true });
		const digests = checked();
		return void send(digests ? { shard, bundle, digests } : { shard, failed: changed });
	}
	send({ shard, bundle, ready: false });
	// The copy is made when the one before it starts indexing, so at most one waits in memory-backed scratch.
	void context.copies(async () => {
		let feed: string | undefined;
		try {
			// In path order, as indexSite copies them: pagefind numbers pages in the order it finds them, so the same shard
			// copied in the order pages were rendered gave an index of other bytes (test/build/cache.test.ts).
			const paths = searchable.map((page) => page.path).sort();
			feed = prepareFeed(site, paths, scratch, new Map(searchable.map((page) => [page.path, page.digest])));
			context.feeds.add(feed);
			await context.limit(() =>
				indexFeed(feed!, bundle, { signal: context.signal, fragmentFiles: context.fragmentFiles })
			);
			const digests = checked();
			if (digests) return send({ shard, bundle, digests });
			rmSync(bundle, { recursive: true, force: true });
			send({ shard, bundle, failed: 'a page changed while it was indexed' });
		} catch (error) {
			send({ shard, bundle, failed: reason(error) });
		} finally {
			if (feed) context.feeds.delete(feed);
		}
	});
}
