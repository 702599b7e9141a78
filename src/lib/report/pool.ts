// Processes many reports over worker threads (one per core): parsing is CPU-bound and reports are independent.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processJob, type ReportJob, type ReportMeta } from './batch.ts';

/** Below this many reports, starting workers (each loads the parsers) costs more than it saves. */
const MIN_FOR_WORKERS = 64;
const BATCH = 32;

export interface PoolOptions {
  htmlDir: string;
  /** Threads to use; default: one per available core, at most 8. */
  workers?: number;
  /** The worker module; default: worker.ts beside this file. */
  workerUrl?: URL;
  onProgress?: (done: number, total: number) => void;
}

/** Results in the order of `jobs`. */
export async function processReports(jobs: readonly ReportJob[], options: PoolOptions): Promise<ReportMeta[]> {
  const threads = Math.min(options.workers ?? Math.min(availableParallelism(), 8), Math.ceil(jobs.length / BATCH));
  if (jobs.length < MIN_FOR_WORKERS || threads < 2) {
    return jobs.map((job, i) => {
      const result = processJob(job, options.htmlDir);
      options.onProgress?.(i + 1, jobs.length);
      return result;
    });
  }
  const results: ReportMeta[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const url = options.workerUrl ?? new URL('./worker.ts', import.meta.url);
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(url, { workerData: { htmlDir: options.htmlDir } });
      let start = 0;
      const send = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        start = next;
        next = Math.min(jobs.length, next + BATCH);
        worker.postMessage(jobs.slice(start, next));
      };
      worker.on('message', (message: { results?: ReportMeta[]; error?: string }) => {
        if (message.error !== undefined || !message.results) {
          void worker.terminate();
          reject(new Error(`report worker failed: ${message.error}`));
          return;
        }
        message.results.forEach((r, i) => (results[start + i] = r));
        done += message.results.length;
        options.onProgress?.(done, jobs.length);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: threads }, run));
  return results;
}
