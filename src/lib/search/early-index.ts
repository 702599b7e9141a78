// Indexes the search shards while Astro is still writing pages. Pages are rendered in the order of their shard, so
// each shard is complete long before the last page; a child process at the lowest priority (early-index-child.ts) then
// reads its pages and runs its pagefind on the time the page renderer leaves idle. It caches each bundle exactly as
// indexSite caches one (bundlePath), so indexSite finds those shards done, and reads no page the child read.
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { shardCount, shardOf } from './shards.ts';

export interface EarlyIndexOptions {
	/** The folder Astro writes the site to. */
	site: string;
	/** The cache of shard bundles, as indexSite is given it. */
	workDir: string;
	/** Where the copies of pages for pagefind are written (indexSite's scratch). */
	scratch: string;
	perShard: number;
	/** Shards indexed at once once every page is rendered. */
	jobs: number;
	/** Shards indexed at once while pages are still rendered. */
	whileRendering: number;
	/** When the build began (default: when the index is made): a page modified before is the last build's. */
	since?: number;
	/** How long the child waits for a page to be written (default: early-indexer.ts, WRITE_WAIT_MS). */
	waitMs?: number;
	/** Fragment files a shard is written to at most, as indexSite is given it (default: index-site.ts, FRAGMENT_FILES). */
	fragmentFiles?: number;
}

/** What the parent tells the child process. */
export type ToIndexer = { shard: number; pages: string[] } | { rendered: true; jobs: number } | { flush: true };

/** What the child process tells the parent. */
export type FromIndexer =
	| { flushed: true }
	/** A shard's pages were read: `bundle` is where its index goes, being built unless `ready`. */
	| { shard: number; bundle: string; ready: boolean }
	/** A shard is done (indexed in `bundle`, if it has searchable pages): its pages' digests, read twice alike. */
	| { shard: number; bundle?: string; digests: [string, string | null][] }
	/** A shard could not be indexed: indexSite does it again from the built pages. */
	| { shard: number; bundle?: string; failed: string };

export class EarlyIndex {
	/** Bundles being indexed, by folder; each resolves when the child is done with it. indexSite awaits them. */
	readonly building = new Map<string, Promise<void>>();
	/** The pages of every shard indexed: their digest, or null when not searchable. indexSite does not read them again. */
	readonly digests = new Map<string, string | null>();
	readonly #options: EarlyIndexOptions;
	readonly #since: number;
	#indexed = 0;
	#shards = 0;
	/** The shard of each planned file not yet written. */
	readonly #awaited = new Map<string, number>();
	#pending: number[] = [];
	#written: string[][] = [];
	readonly #done = new Map<string, () => void>();
	#child: ChildProcess | undefined;
	#flushed: (() => void) | undefined;
	#stopped = false;

	constructor(options: EarlyIndexOptions) {
		this.#options = options;
		this.#since = options.since ?? Date.now();
	}

	/**
	 * Takes the site's files before any is written, and returns how many shards the index has: as many as its HTML pages
	 * need, so the count is known before a page is rendered and stays the same from one build to the next.
	 */
	plan(files: readonly string[]): number {
		const unique = [...new Set(files)];
		const pages = unique.filter((file) => file.endsWith('.html')).length;
		this.#shards = shardCount(pages, this.#options.perShard, this.#options.jobs);
		this.#pending = Array.from({ length: this.#shards }, () => 0);
		this.#written = Array.from({ length: this.#shards }, () => []);
		this.#awaited.clear();
		for (const file of unique) {
			const k = shardOf(file, this.#shards);
			this.#awaited.set(file, k);
			this.#pending[k]!++;
		}
		return this.#shards;
	}

	/** Shards the child indexed and checked. */
	get indexed(): number {
		return this.#indexed;
	}

	/** The shard count planned; 0 before {@link plan}. */
	get shards(): number {
		return this.#shards;
	}

	/** Where `file` goes in the planned index. */
	shardOf(file: string): number {
		return shardOf(file, Math.max(1, this.#shards));
	}

	/** A file of the site was rendered; its shard is indexed once its last file is. */
	written(file: string): void {
		const k = this.#awaited.get(file);
		if (k === undefined || this.#stopped) return;
		this.#awaited.delete(file);
		if (file.endsWith('.html')) this.#written[k]!.push(file);
		if (--this.#pending[k]! === 0) this.#send({ shard: k, pages: this.#written[k]! });
	}

	/** Every page is rendered: the child may use every core the index was given. */
	rendered(): void {
		if (this.#child) this.#send({ rendered: true, jobs: this.#options.jobs });
	}

	/** Resolves once the child has read every shard sent, so {@link building} names every shard it indexes. */
	async settled(): Promise<void> {
		if (!this.#child || this.#stopped) return;
		await new Promise<void>((resolve) => {
			this.#flushed = resolve;
			this.#send({ flush: true });
		});
	}

	/** Ends the child once indexSite has awaited {@link building}; a child still indexing is stopped, its copies removed. */
	async close(): Promise<void> {
		this.#stop();
		const child = this.#child;
		this.#child = undefined;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill();
		await exited;
	}

	#send(message: ToIndexer) {
		if (!this.#child) this.#start();
		this.#child!.send(message);
	}

	#start() {
		const { site, workDir, scratch, whileRendering, waitMs, fragmentFiles } = this.#options;
		const child = fork(new URL('./early-index-child.ts', import.meta.url), [], {
			env: {
				...process.env,
				SOKET_EARLY_INDEX: JSON.stringify({
					site,
					workDir,
					scratch,
					since: this.#since,
					jobs: whileRendering,
					waitMs,
					fragmentFiles,
				}),
			},
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		// Its pagefind processes inherit the priority: they take only the time the renderer leaves.
		try {
			if (child.pid !== undefined) setPriority(child.pid, 19);
		} catch {
			// Not allowed here, or gone already: it indexes at the build's priority, or not at all.
		}
		child.on('message', (message: FromIndexer) => this.#receive(message));
		child.on('exit', () => this.#stop());
		child.on('error', () => this.#stop());
		this.#child = child;
	}

	#receive(message: FromIndexer) {
		if ('flushed' in message) return this.#flushed?.();
		if ('ready' in message) {
			if (!message.ready)
				this.building.set(message.bundle, new Promise((done) => this.#done.set(message.bundle, done)));
			return;
		}
		if ('digests' in message) {
			for (const [path, digest] of message.digests) this.digests.set(path, digest);
			if (message.bundle && this.building.has(message.bundle)) this.#indexed++;
		}
		if (message.bundle) this.#done.get(message.bundle)?.();
	}

	/** The child is gone or failing: whatever it did not finish is indexSite's to do. */
	#stop() {
		this.#stopped = true;
		this.#flushed?.();
		for (const done of this.#done.values()) done();
	}
}
