// Writes the search index of a built site: pagefind's own command (its Node service takes one page at a time: 85 s
// against 25 s for 10,000 reports on two cores) over scratch copies of the pages prepared for Vietnamese, one index
// per shard of pages, shards side by side (pagefind compresses its output on one thread), each rebuilt only when one
// of its pages changed.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statfsSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, setPriority, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlPages } from './built-pages.ts';
import { linkTree } from './link-tree.ts';
import { PAGES_PER_SHARD, SHARDS_MANIFEST, shardCount, shardFolder, shardOf, type ShardsManifest } from './shards.ts';
import { BODY_ATTRIBUTE, searchFeed } from './feed.ts';
import { indexableHtml } from './pagefind-text.ts';

/** Bump when what goes into a shard's index changes, so no shard indexed the old way is reused. */
const FEED_VERSION = 4;

/**
 * pagefind's executable, found as its own command-line wrapper finds it (PAGEFIND_BINARY_PATH may name another). Run
 * directly, so that stopping it or lowering its priority reaches the indexer, not a wrapper process around it.
 */
let binary: Promise<string> | undefined;
const pagefindBinary = () =>
	(binary ??= import(
		pathToFileURL(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'resolveBinary.js')).href
	).then(({ resolveBinaryPath }: { resolveBinaryPath: (names: string[]) => string }) =>
		resolveBinaryPath(['pagefind_extended', 'pagefind'])
	));

/**
 * Files pagefind writes a shard's pages to at most: beyond that it bundles several pages' fragments in one file. A shard
 * of 1,260 report pages wrote 1,400 files, each then copied to the cache, linked into the site and stated for its seal;
 * at 200 it writes about 300. At 10,000 reports the index after the last page took 18.9 s against 21.5 s (medians of
 * three alternating cold builds); a search result then loads a file of about seven pages' fragments (7 KB gzipped) instead of one.
 */
export const FRAGMENT_FILES = 200;

/** pagefind's peak memory per indexed page of report (measured: 0.87 GB for 2,000 pages, 2.3 GB for 5,000). */
export const BYTES_PER_PAGE = 450_000;

/** Shards indexed at once: one per core, as many as a quarter of the machine's memory holds, at least one. */
export function shardJobs(perShard = PAGES_PER_SHARD, cores = availableParallelism(), memory = totalmem()): number {
	return Math.max(1, Math.min(cores, Math.floor(memory / 4 / (Math.max(1, perShard) * BYTES_PER_PAGE))));
}

export interface IndexOptions {
	/** The built pages to consider (default: every HTML file of the site). */
	pages?: readonly string[];
	perShard?: number;
	/** Where the scratch copies of a shard's pages are written (default: {@link scratchRoot}). */
	scratch?: string;
	/** Shards indexed at once (default: {@link shardJobs}). */
	jobs?: number;
	/** Told each shard as it is indexed. */
	onShard?: (done: number, total: number) => void;
	/** How many shards (default: as many as the pages considered need); the early index plans it before pages exist. */
	shards?: number;
	/** Bundles already being indexed (by the early index, ./early-index.ts): awaited, not indexed a second time. */
	building?: ReadonlyMap<string, Promise<unknown>>;
	/** Pages whose digest is known (null: not searchable), as they were written: not read again. */
	digests?: ReadonlyMap<string, string | null>;
	/** Fragment files a shard is written to at most (default: {@link FRAGMENT_FILES}). */
	fragmentFiles?: number;
}

export interface IndexResult {
	/** Pages indexed. */
	pages: number;
	shards: number;
	/** Shards indexed by this call; the others were reused from `workDir`. */
	rebuilt: number;
}

/**
 * Indexes every page of `site` that carries {@link BODY_ATTRIBUTE} into `output` (replaced whole): the first shard is
 * the bundle itself, the others sit in sub-folders listed in {@link SHARDS_MANIFEST}. `workDir` keeps each shard's
 * index under the digest of its pages, so an unchanged shard is never indexed again.
 */
export async function indexSite(
	site: string,
	output: string,
	workDir: string,
	options: IndexOptions = {}
): Promise<IndexResult> {
	const searchable: { path: string; digest: string }[] = [];
	const considered = options.pages ?? htmlPages(site);
	for (const path of considered) {
		const known = options.digests?.get(path);
		if (known !== undefined) {
			if (known !== null) searchable.push({ path, digest: known });
			continue;
		}
		const bytes = readFileSync(join(site, path));
		if (bytes.includes(BODY_ATTRIBUTE)) searchable.push({ path, digest: pageDigest(bytes) });
	}
	rmSync(output, { recursive: true, force: true });
	mkdirSync(output, { recursive: true });
	const perShard = options.perShard ?? PAGES_PER_SHARD;
	const jobs = Math.max(1, options.jobs ?? shardJobs(perShard));
	// As many as the site's pages need, searchable or not: what the early index plans before any page exists.
	const shards = Math.max(1, options.shards ?? shardCount(considered.length, perShard, jobs));
	const manifest: ShardsManifest = { version: 1, pages: searchable.length, bundles: [] };
	if (searchable.length === 0) {
		// Nothing to search yet (a campaign's first days): the browser reads this and says so.
		writeFileSync(join(output, SHARDS_MANIFEST), JSON.stringify(manifest));
		return { pages: 0, shards: 0, rebuilt: 0 };
	}
	const members: { path: string; digest: string }[][] = Array.from({ length: shards }, () => []);
	for (const page of searchable) members[shardOf(page.path, shards)]!.push(page);

	// A shard left without pages (its last one deleted, or a small site over many shards) has no index: pagefind
	// refuses an empty folder. The others keep their assignment and are numbered in order.
	const filled = members.flatMap((pages, k) => (pages.length ? [k] : []));
	mkdirSync(join(workDir, 'built'), { recursive: true });
	const fragmentFiles = options.fragmentFiles ?? FRAGMENT_FILES;
	const bundles = filled.map((k) => bundlePath(workDir, members[k]!, fragmentFiles));
	const building = options.building ?? new Map<string, Promise<unknown>>();
	// A bundle the early index is on counts as indexed anew, whether it is done already or not.
	const stale = bundles.flatMap((bundle, i) => (building.has(bundle) || !intact(bundle) ? [i] : []));
	let done = bundles.length - stale.length;
	const tell = () => options.onShard?.(++done, bundles.length);
	const scratch = options.scratch ?? scratchRoot(workDir);
	removeAbandonedFeeds(scratch);
	const indexShards = (list: number[]) =>
		indexEach(
			list.map((i) => ({ pages: members[filled[i]!]!.map((page) => page.path), bundle: bundles[i]! })),
			{ site, scratch, jobs, fragmentFiles, onShard: tell }
		);
	// Shards the early index is on are awaited first (its processes and these share the machine's budget); then the
	// others are indexed here, with any it could not finish, from the built pages.
	const failed = await Promise.all(
		stale
			.filter((i) => building.has(bundles[i]!))
			.map(async (i) => {
				await building.get(bundles[i]!)!.catch(() => undefined);
				if (!intact(bundles[i]!)) return [i];
				tell();
				return [];
			})
	);
	await indexShards([...stale.filter((i) => !building.has(bundles[i]!)), ...failed.flat()]);
	bundles.forEach((bundle, i) => {
		linkTree(bundle, join(output, shardFolder(i)));
		if (i > 0) manifest.bundles.push(shardFolder(i));
	});
	const used = new Set(bundles.flatMap((bundle) => [basename(bundle), basename(sealOf(bundle))]));
	writeFileSync(join(output, SHARDS_MANIFEST), JSON.stringify(manifest));
	// A bundle indexed early that this index does not use is pruned once its pagefind is done with the folder.
	await Promise.allSettled(building.values());
	const built = join(workDir, 'built');
	for (const name of readdirSync(built))
		if (!used.has(name)) rmSync(join(built, name), { recursive: true, force: true });
	return { pages: searchable.length, shards: bundles.length, rebuilt: stale.length };
}

/**
 * Where the index of a shard is cached: named by the digest of its pages (path and content, in path order) and of
 * how its fragments are grouped, so a shard none of whose pages changed is found again, whoever indexed it.
 */
export function bundlePath(
	workDir: string,
	pages: readonly { path: string; digest: string }[],
	fragmentFiles = FRAGMENT_FILES
): string {
	const hash = createHash('sha256').update(`${FEED_VERSION}\n${fragmentFiles}\n`);
	for (const { path, digest } of [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
		hash.update(`${path}\n${digest}\n`);
	return join(workDir, 'built', hash.digest('hex'));
}

/** The digest of a built page, as {@link bundlePath} takes it. */
export const pageDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Shard {
	pages: string[];
	bundle: string;
}

/**
 * Indexes `shards` from the built pages, `jobs` at a time. Each runner takes the next shard until none is left or one
 * failed. The following shard's copy for pagefind is prepared while this one is indexed, so no pagefind process waits
 * for the main thread (10,000 pages, three alternating runs: median 30.5 s against 32.1 s); it is the one prepared copy
 * waiting at any time.
 */
async function indexEach(
	shards: Shard[],
	options: { site: string; scratch: string; jobs: number; fragmentFiles: number; onShard: () => void }
): Promise<void> {
	const queue = [...shards];
	let failure: { error: unknown } | undefined;
	let next: { shard: Shard; feed: string } | undefined;
	const prepareNext = () => {
		const shard = queue.shift();
		if (shard) next = { shard, feed: prepareFeed(options.site, shard.pages, options.scratch) };
	};
	const runner = async () => {
		try {
			while (!failure) {
				if (!next) prepareNext();
				const taken = next;
				next = undefined;
				if (!taken) return;
				const indexing = indexFeed(taken.feed, taken.shard.bundle, { fragmentFiles: options.fragmentFiles });
				try {
					prepareNext();
				} finally {
					await indexing;
				}
				options.onShard();
			}
		} catch (error) {
			failure ??= { error };
		}
	};
	await Promise.all(Array.from({ length: Math.min(options.jobs, shards.length) }, runner));
	if (next) rmSync(next.feed, { recursive: true, force: true });
	if (failure) throw failure.error;
}

/** Where the seal of a cached bundle is kept: beside it, so linking the bundle into the site never exposes it. */
const sealOf = (bundle: string) => `${bundle}.seal`;

/**
 * What a bundle's files look like: path, size and modification time of each. The served index is hard-linked to the
 * cache, so a file of dist/pagefind rewritten in place changes the cached one too; its seal then no longer matches.
 */
function seal(bundle: string): string {
	const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).sort();
	return files
		.map((path) => {
			const stat = statSync(join(bundle, path));
			return stat.isFile() ? `${path}\t${stat.size}\t${stat.mtimeMs}` : '';
		})
		.join('\n');
}

/** A cached bundle is reused only when complete and untouched since it was indexed. */
export function intact(bundle: string): boolean {
	try {
		return existsSync(join(bundle, 'pagefind-entry.json')) && readFileSync(sealOf(bundle), 'utf8') === seal(bundle);
	} catch {
		return false;
	}
}

/**
 * Memory-backed scratch space where the system has one with room to spare (a container's is often 64 MB), else
 * `fallback`. Measured on disk: writing 2,000 pages' copies took 1 to 3 s, and indexing them 0.8 s more.
 */
export function scratchRoot(fallback: string, memory = '/dev/shm', minFree = 1024 ** 3): string {
	try {
		const { bavail, bsize } = statfsSync(memory);
		return bavail * bsize >= minFree ? memory : fallback;
	} catch {
		return fallback;
	}
}

export const FEED_PREFIX = 'so-ket-feed-';
/** Longer than any feed lives (minutes): an older one was left by a build that was killed. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Removes feeds left by killed builds, so that memory-backed scratch (`/dev/shm`) does not fill up over time. */
export function removeAbandonedFeeds(scratch: string, now = Date.now()): void {
	let names: string[];
	try {
		names = readdirSync(scratch);
	} catch {
		return; // no scratch folder yet
	}
	for (const name of names) {
		if (!name.startsWith(FEED_PREFIX)) continue;
		const path = join(scratch, name);
		try {
			if (now - statSync(path).mtimeMs > ABANDONED_AFTER_MS) rmSync(path, { recursive: true, force: true });
		} catch {
			// Removed meanwhile by the build that made it.
		}
	}
}

/**
 * A scratch copy of what pagefind reads of `pages` ({@link searchFeed}), prepared for Vietnamese: its folder. With
 * `digests`, each page must still be the one of that digest, or nothing is copied (the early index's check).
 */
export function prepareFeed(
	site: string,
	pages: readonly string[],
	scratch: string,
	digests?: ReadonlyMap<string, string>
): string {
	mkdirSync(scratch, { recursive: true });
	const feed = mkdtempSync(join(scratch, FEED_PREFIX));
	try {
		for (const path of pages) {
			const bytes = readFileSync(join(site, path));
			if (digests && pageDigest(bytes) !== digests.get(path)) throw new Error(`${path} changed while it was read`);
			mkdirSync(dirname(join(feed, path)), { recursive: true });
			writeFileSync(join(feed, path), indexableHtml(searchFeed(bytes.toString('utf8'))));
		}
		return feed;
	} catch (error) {
		rmSync(feed, { recursive: true, force: true });
		throw error;
	}
}

/** How pagefind is run: `signal` stops it; `nice` lowers its priority, so it takes only what other work leaves. */
export interface RunOptions {
	signal?: AbortSignal;
	nice?: number;
	/** Fragment files the index is written to at most (default: {@link FRAGMENT_FILES}). */
	fragmentFiles?: number;
}

/**
 * Runs pagefind over a prepared `feed`, then removes it; the bundle appears at `bundle` only when complete. Pagefind
 * writes its index beside the feed, in scratch, and the finished index is moved into place: 1,400 files a shard,
 * written by two pagefinds at once on a disk still busy with the pages Astro just wrote, cost seconds of system time.
 */
export async function indexFeed(feed: string, bundle: string, run: RunOptions = {}): Promise<void> {
	const output = feedIndex(feed);
	// Named for this process: the early index's child and the build never write the same folder.
	const partial = `${bundle}.partial-${process.pid}`;
	rmSync(partial, { recursive: true, force: true });
	try {
		const command = await pagefindBinary();
		await new Promise<void>((resolve, reject) => {
			// Run in the feed folder so that no pagefind.yml of the caller's changes what is indexed.
			const child = execFile(
				command,
				['--site', feed, '--output-path', output, '--max-fragments', String(run.fragmentFiles ?? FRAGMENT_FILES)],
				{ cwd: feed, maxBuffer: 64 * 1024 * 1024, ...(run.signal && { signal: run.signal }) },
				(error, stdout, stderr) => (error ? reject(Object.assign(error, { stdout, stderr })) : resolve())
			);
			try {
				if (run.nice && child.pid !== undefined) setPriority(child.pid, run.nice);
			} catch {
				// Gone already: the callback tells how it ended.
			}
		});
		mkdirSync(dirname(partial), { recursive: true });
		moveFolder(output, partial);
		rmSync(bundle, { recursive: true, force: true });
		renameSync(partial, bundle);
		writeFileSync(sealOf(bundle), seal(bundle));
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		// pagefind's own words when it failed; otherwise what failed around it (moving its index into place).
		const said = `${stdout}${stderr}`.trim() || (error instanceof Error ? error.message : String(error));
		throw new Error(`pagefind could not index the site:\n${said}`);
	} finally {
		rmSync(feed, { recursive: true, force: true });
		rmSync(output, { recursive: true, force: true });
		rmSync(partial, { recursive: true, force: true });
	}
}

/** Where pagefind writes a feed's index: named after the feed, so a killed build's are removed with its feeds. */
export const feedIndex = (feed: string) => `${feed}-index`;

/**
 * Moves a folder, copying it when it is on another file system: from scratch in memory to the cache on disk it is a
 * copy of about 300 small files a shard (40 to 50 ms measured for 1,400, before fragments were grouped).
 */
function moveFolder(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}
