// The report pool: jobs handed over while files are still being read come back complete and in order, over workers
// or on this thread, and a failing worker fails the build instead of hanging it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { processJobs, type ReportJob } from '../../src/lib/report/batch.ts';
import { HtmlPackWriter, readHtml } from '../../src/lib/report/html-cache.ts';
import { ReportPool } from '../../src/lib/report/pool.ts';
import { processReports } from '../helpers/process-reports.ts';
import { BODY, review } from '../helpers/content-dir.ts';
import { tempDir } from '../helpers/temp.ts';

const htmlDir = () => join(tempDir('so-ket-pool-'), 'html');
const jobs = (n: number): ReportJob[] =>
	Array.from({ length: n }, (_, i) => ({
		file: `content/reviews/thu/xa-${i}.mdx`,
		source: review(
			{ unit: `xa-${i}` },
			BODY.replace('Đảng ủy ban hành kế hoạch thực hiện.', `Xã số ${i} ban hành kế hoạch.`)
		),
		digest: `d${i}`,
	}));
const fixture = (name: string) => new URL(`../fixtures/workers/${name}.ts`, import.meta.url);

test('over two workers, every report comes back in order, as processing it here gives', async () => {
	const all = jobs(150);
	const dir = htmlDir();
	const results = await processReports(all, { htmlDir: dir, workers: 2 });
	const here = processJobs(all, new HtmlPackWriter(htmlDir()));
	expect(results.map(({ html, ...meta }) => meta)).toEqual(here.map(({ html, ...meta }) => meta));
	results.forEach((r, i) => expect(readHtml(r.html!)).toBe(readHtml(here[i]!.html!)));
	results.forEach((r, i) => expect(readHtml(r.html!)).toContain(`Xã số ${i} ban hành kế hoạch.`));
	// One pack per worker, not a file per report.
	expect(readdirSync(dir).length).toBeLessThanOrEqual(2);
});

test('jobs added one by one, with pauses between them, all come back before close ends', async () => {
	const pool = new ReportPool({ htmlDir: htmlDir(), workers: 2 });
	const results: Promise<unknown>[] = [];
	for (const [i, job] of jobs(100).entries()) {
		results.push(pool.add(job));
		if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
	}
	await pool.close();
	expect((await Promise.all(results)).length).toBe(100);
});

test('a few reports are processed on this thread: no worker is started', async () => {
	const results = await processReports(jobs(5), { htmlDir: htmlDir(), workers: 2, workerUrl: fixture('failing') });
	expect(results.map((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual([[], [], [], [], []]);
});

test('a worker that reports a failure fails the pool with its message, and every job with it', async () => {
	const pool = new ReportPool({ htmlDir: htmlDir(), workers: 2, workerUrl: fixture('failing') });
	const results = jobs(100).map((job) => pool.add(job));
	await expect(pool.close()).rejects.toThrow('report worker failed: parser exploded');
	await expect(results[99]).rejects.toThrow('parser exploded');
});

test('a worker that stops without answering fails the pool instead of leaving it waiting', async () => {
	const pool = new ReportPool({ htmlDir: htmlDir(), workers: 2, workerUrl: fixture('exiting') });
	for (const job of jobs(70)) void pool.add(job);
	await expect(pool.close()).rejects.toThrow(/report worker stopped \(exit code 3\)/);
});

test('abort stops the workers and fails the jobs not yet answered', async () => {
	const pool = new ReportPool({ htmlDir: htmlDir(), workers: 2 });
	const results = jobs(100).map((job) => pool.add(job));
	await pool.abort(new Error('reading failed'));
	await expect(results[99]).rejects.toThrow('reading failed');
	expect(() => pool.add(jobs(1)[0]!)).toThrow('closed');
});

test('on one core every report is processed here a batch at a time: the HTML held at once stays bounded', async () => {
	const append = vi.spyOn(HtmlPackWriter.prototype, 'append');
	try {
		const results = await processReports(jobs(200), { htmlDir: htmlDir(), workers: 1 });
		expect(Math.max(...append.mock.calls.map(([htmls]) => htmls.length))).toBeLessThanOrEqual(32);
		results.forEach((r, i) => expect(readHtml(r.html!)).toContain(`Xã số ${i} ban hành kế hoạch.`));
	} finally {
		append.mockRestore();
	}
});
