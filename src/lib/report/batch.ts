// Processing of reports as the loader needs it: metadata back, HTML to the disk cache.
import type { ProcessedReport } from './process.ts';
import { processReport, processSafely } from './process.ts';
import type { HtmlPackWriter, HtmlRef } from './html-cache.ts';

export interface ReportJob {
	file: string;
	source: string;
	digest: string;
}

/** A processed report without its HTML; `html` is where the HTML was cached, absent when the report has errors. */
export type ReportMeta = Omit<ProcessedReport, 'html'> & { html?: HtmlRef };

/** Processes a batch of reports and appends the HTML of those without errors to `pack`, in one write. */
export function processJobs(jobs: readonly ReportJob[], pack: HtmlPackWriter): ReportMeta[] {
	const processed = jobs.map((job) => processSafely(processReport, job.source, job.file));
	const publishable = processed.map((p) => !p.problems.some((problem) => problem.severity === 'error'));
	const refs = pack.append(processed.filter((_, i) => publishable[i]).map((p) => p.html));
	let next = 0;
	return processed.map(({ html: _, ...meta }, i) => (publishable[i] ? { ...meta, html: refs[next++]! } : meta));
}
