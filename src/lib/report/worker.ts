// A worker thread of the report pool (pool.ts): processes the batches it is sent, one at a time, into its own pack.
import { parentPort, workerData } from 'node:worker_threads';
import { processJobs, type ReportJob } from './batch.ts';
import { HtmlPackWriter } from './html-cache.ts';

const pack = new HtmlPackWriter((workerData as { htmlDir: string }).htmlDir);
parentPort?.on('message', (jobs: ReportJob[]) => {
	try {
		parentPort?.postMessage({ results: processJobs(jobs, pack) });
	} catch (error) {
		parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
