import type { ReportJob } from '../../src/lib/report/batch.ts';
import type { ReportMeta } from '../../src/lib/report/batch.ts';
import { ReportPool, type PoolOptions } from '../../src/lib/report/pool.ts';

/** Processes every job over a pool of workers; results in the order of `jobs` (the loader adds jobs one by one instead). */
export async function processReports(jobs: readonly ReportJob[], options: PoolOptions): Promise<ReportMeta[]> {
	const pool = new ReportPool(options);
	const results = jobs.map((job) => pool.add(job));
	await pool.close();
	return Promise.all(results);
}
