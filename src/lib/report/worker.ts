// A worker thread of the report pool (pool.ts): processes the batches it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { processJob, type ReportJob } from './batch.ts';

const { htmlDir } = workerData as { htmlDir: string };
parentPort?.on('message', (jobs: ReportJob[]) => {
	try {
		parentPort?.postMessage({ results: jobs.map((job) => processJob(job, htmlDir)) });
	} catch (error) {
		parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
