// The checking core of the send page, loaded on demand: the build's own modules, run in the browser.
import type { MetadataSource } from '../lib/ingest/compose.ts';
import { composeAndCheck, type CheckedReport } from '../lib/ingest/check.ts';
import { isRefusal, readReport } from '../lib/ingest/read.ts';
import { fileLimitProblem } from '../lib/ingest/limits.ts';
import { inWordTerms, wordPlaces } from '../lib/ingest/word-places.ts';
import { problem, type Problem } from '../lib/content/problem.ts';
import type { SendPageData } from './send-data.ts';

/** A report checked in the page: refused before reading, or composed and checked like ingest does. */
export type PageCheck = { refused: Problem[] } | (CheckedReport & { converted: boolean; notes: string[] });

/** Reads the file (or pasted text) and checks it with the details from the form, exactly as `npm run ingest` would. */
export async function checkInPage(
	label: string,
	bytes: Uint8Array,
	sources: MetadataSource[],
	data: SendPageData
): Promise<PageCheck> {
	const whole = (message: string): Problem => problem(label, message);
	const tooLarge = fileLimitProblem({ name: label, bytes: bytes.length });
	if (tooLarge) return { refused: [whole(tooLarge)] };
	const read = await readReport(label, bytes);
	if (isRefusal(read)) return { refused: read.problems };
	const checked = composeAndCheck(label, read, sources, {
		campaigns: data.campaigns,
		units: data.units,
		now: new Date(),
		targetOf: (campaign, unit) => `content/reviews/${campaign}/${unit}.mdx`,
	});
	const warnings = read.converted
		? read.warnings.map((p) => inWordTerms(p, wordPlaces(read.text), label))
		: read.warnings;
	return { ...checked, problems: [...warnings, ...checked.problems], converted: read.converted, notes: read.notes };
}
