// Processing of one report as the loader needs it: metadata back, HTML to the disk cache.
import type { ProcessedReport } from './process.ts';
import { processReport, processSafely } from './process.ts';
import { writeHtml } from './html-cache.ts';

export interface ReportJob {
	file: string;
	source: string;
	digest: string;
}

/** A processed report without its HTML; `htmlFile` is where the HTML was cached, absent when the report has errors. */
export type ReportMeta = Omit<ProcessedReport, 'html'> & { htmlFile?: string };

export function processJob(job: ReportJob, htmlDir: string): ReportMeta {
	const { html, ...meta } = processSafely(processReport, job.source, job.file);
	return meta.problems.some((p) => p.severity === 'error')
		? meta
		: { ...meta, htmlFile: writeHtml(htmlDir, job.digest, html) };
}
