// Processes many reports over worker threads (one per core): parsing is CPU-bound and reports are independent.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processJobs, type ReportJob, type ReportMeta } from './batch.ts';
import { HtmlPackWriter } from './html-cache.ts';

/** Below this many reports, starting workers (each loads the parsers) costs more than it saves. */
const MIN_FOR_WORKERS = 64;
const BATCH = 32;
/** Batches queued per worker, so a worker never waits while the main thread is busy reading or parsing rosters. */
const AHEAD = 8;

export interface PoolOptions {
	htmlDir: string;
	/** Threads to use; default: one per available core, at most 8. */
	workers?: number;
	/** The worker module; default: worker.ts beside this file. */
	workerUrl?: URL;
	onProgress?: (done: number, total: number) => void;
}

interface Pending {
	job: ReportJob;
	resolve: (meta: ReportMeta) => void;
	reject: (error: unknown) => void;
}

interface Thread {
	worker: Worker;
	/** Batches sent and not yet answered, oldest first (a worker answers in order). */
	inFlight: Pending[][];
}

/**
 * Takes reports as they are read, so workers start while the caller is still reading files. The first
 * MIN_FOR_WORKERS jobs are held back: if no more come, they are processed on this thread when `close` is called.
 */
export class ReportPool {
	readonly #options: PoolOptions;
	readonly #queue: Pending[] = [];
	#threads: Thread[] | undefined;
	#added = 0;
	#done = 0;
	#closing = false;
	#failed: { error: unknown } | undefined;
	#drained: (() => void) | undefined;

	constructor(options: PoolOptions) {
		this.#options = options;
	}

	/** Queues one report; resolves with its result. */
	add(job: ReportJob): Promise<ReportMeta> {
		if (this.#closing) throw new Error('the report pool is closed');
		const result = new Promise<ReportMeta>((resolve, reject) => this.#queue.push({ job, resolve, reject }));
		// A failure is reported by `close`; a caller that stops there must not also crash on an unheard rejection.
		result.catch(() => {});
		this.#added++;
		if (this.#failed) this.#rejectQueued();
		else if (!this.#threads && this.#queue.length >= MIN_FOR_WORKERS && this.#count() >= 2) this.#start();
		this.#dispatch();
		return result;
	}

	/** Processes what is left, waits for every job and stops the workers; throws the first worker failure. */
	async close(): Promise<void> {
		this.#closing = true;
		if (!this.#threads) {
			const pending = this.#queue.splice(0);
			const pack = new HtmlPackWriter(this.#options.htmlDir);
			let failure: { error: unknown } | undefined;
			// A batch at a time, as a worker does: on one core every report of the campaign comes this way.
			for (let from = 0; from < pending.length; from += BATCH) {
				const batch = pending.slice(from, from + BATCH);
				let results: ReportMeta[] | undefined;
				try {
					if (!failure)
						results = processJobs(
							batch.map((p) => p.job),
							pack
						);
				} catch (error) {
					failure = { error };
				}
				batch.forEach((p, i) =>
					this.#settle(p, () => {
						if (failure) throw failure.error;
						return results![i]!;
					})
				);
			}
			return;
		}
		if (this.#done < this.#added && !this.#failed) {
			const drained = new Promise<void>((resolve) => (this.#drained = resolve));
			this.#dispatch();
			await drained;
		}
		await Promise.all(this.#threads.map((t) => t.worker.terminate()));
		if (this.#failed) throw this.#failed.error;
	}

	/** Stops every worker and fails every job not yet answered, e.g. when the caller itself failed. */
	async abort(reason: unknown = new Error('the report pool was stopped')): Promise<void> {
		this.#closing = true;
		this.#fail(reason, []);
		await Promise.all((this.#threads ?? []).map((t) => t.worker.terminate()));
	}

	#settle(pending: Pending, run: () => ReportMeta) {
		try {
			pending.resolve(run());
		} catch (error) {
			pending.reject(error);
		}
		this.#done++;
		this.#options.onProgress?.(this.#done, this.#added);
		if (this.#done === this.#added) this.#drained?.();
	}

	#count = () => this.#options.workers ?? Math.min(availableParallelism(), 8);

	#start() {
		const count = this.#count();
		const url = this.#options.workerUrl ?? new URL('./worker.ts', import.meta.url);
		this.#threads = Array.from({ length: count }, () => {
			const thread: Thread = {
				worker: new Worker(url, { workerData: { htmlDir: this.#options.htmlDir } }),
				inFlight: [],
			};
			thread.worker.on('message', (message: { results?: ReportMeta[]; error?: string }) => {
				const batch = thread.inFlight.shift() ?? [];
				if (message.error !== undefined || !message.results)
					this.#fail(new Error(`report worker failed: ${message.error}`), batch);
				else batch.forEach((pending, i) => this.#settle(pending, () => message.results![i]!));
				this.#dispatch();
			});
			thread.worker.on('error', (error) => this.#fail(error, []));
			thread.worker.on(
				'exit',
				(code) => thread.inFlight.length && this.#fail(new Error(`report worker stopped (exit code ${code})`), [])
			);
			return thread;
		});
	}

	/** The first failure stops the pool: every job not yet answered fails with it, and `close` throws it. */
	#fail(error: unknown, batch: Pending[]) {
		this.#failed ??= { error };
		for (const pending of [...batch, ...(this.#threads ?? []).flatMap((t) => t.inFlight.splice(0).flat())])
			this.#settle(pending, () => {
				throw error;
			});
		this.#rejectQueued();
	}

	#rejectQueued() {
		for (const pending of this.#queue.splice(0))
			this.#settle(pending, () => {
				throw this.#failed!.error;
			});
	}

	/** Sends full batches to the least busy workers with room; once closing, the last partial batch too. */
	#dispatch() {
		if (!this.#threads || this.#failed) return;
		while (this.#queue.length >= (this.#closing ? 1 : BATCH)) {
			const thread = this.#threads.reduce((a, b) => (b.inFlight.length < a.inFlight.length ? b : a));
			if (thread.inFlight.length >= AHEAD) return;
			const batch = this.#queue.splice(0, BATCH);
			thread.inFlight.push(batch);
			thread.worker.postMessage(batch.map((p) => p.job));
		}
	}
}
