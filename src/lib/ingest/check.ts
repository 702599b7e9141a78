import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { Problem } from '../content/problem.ts';
import { checkReview, reviewContext, toReview } from '../content/review-file.ts';
import { processReport, type ProcessedReport } from '../report/process.ts';
import { composeReport, relocate, type MetadataSource, type Origin } from './compose.ts';
import { readDetailsTable } from './details-table.ts';
import { headerUnitProblem, readHeaderBlock } from './header-block.ts';
import type { ReadReport } from './read.ts';
import { inWordTerms, wordPlaces } from './word-places.ts';

/** What checking a report needs to know of the content: the same campaigns and rosters the build loads. */
export interface CheckContext {
	campaigns: readonly CampaignRecord[];
	units: readonly Unit[];
	now: Date;
	/** Where the report of a unit is stored, relative to the project root (content/reviews/<campaign>/<unit>.mdx). */
	targetOf: (campaign: string, unit: string) => string;
}

/** A report read, given its details, composed into the file that will be stored, and checked as the build checks it. */
export interface CheckedReport {
	/** The exact text of the .mdx to store: ingest writes it, the send page offers it for download. */
	text: string;
	processed?: ProcessedReport;
	/** The review as the build resolves it (dates in the campaign's time zone), for the page's preview of the published report. */
	review?: Review;
	/** Where it is stored; absent when the details do not name a campaign and unit. */
	target?: string;
	/** Every problem, located in the file (or table, form, sidecar) where the person wrote it. */
	problems: Problem[];
	/** origins[i] is where line i + 1 of `text` was written. */
	origins: Origin[];
	/** The details read from the Word template's table, if the report had one. */
	table?: MetadataSource;
}

/**
 * Turns a read report into the file that is published: the details table of the Word template is read and taken out,
 * the details given outside the file (sidecar, flags, the send page's form) are added, and the result is checked with
 * the build's own code. Ingest and the send page both call this, so what the page offers is what ingest stores.
 */
export function composeAndCheck(
	label: string,
	read: ReadReport,
	sources: readonly MetadataSource[],
	ctx: CheckContext
): CheckedReport {
	// A Word file's Party header (number, date, issuing body) is read first and taken out: it is not report text.
	const header = read.converted ? readHeaderBlock(label, read.text) : null;
	const body = header?.text ?? read.text;
	const table = read.converted ? readDetailsTable(label, body, ctx.units, ctx.campaigns) : null;
	const text = table?.text ?? body;
	const composed = composeReport(label, text, [
		...(table ? [table.source] : []),
		...sources,
		...(header ? [header.source] : []),
	]);
	// Lines of the text after the header are lines of the converted file again, so messages point where the person looks.
	const earlier = new Set([...(table ? [table.source] : []), ...sources].flatMap((s) => Object.keys(s.fields)));
	const fromHeader = (o: Origin) =>
		o.field !== undefined && header?.source.fields[o.field] !== undefined && !earlier.has(o.field);
	const origins = header
		? composed.origins.map((o) =>
				o.file !== label || o.line <= 0 || fromHeader(o) ? o : { ...o, line: o.line + header.removed }
			)
		: composed.origins;
	const shifted = (p: Problem) =>
		header && p.file === label && p.line > 0 ? { ...p, line: p.line + header.removed } : p;
	const problems = [...(table?.problems ?? []).map(shifted), ...composed.problems.map(shifted)];
	// A Word file's problems are told by its paragraphs, in Word's terms, not by lines of the Markdown made from it.
	const places = read.converted ? wordPlaces(read.text) : null;
	const inWord = (list: Problem[]) => (places ? list.map((p) => inWordTerms(p, places, label)) : list);
	if (problems.length)
		return { text: composed.text, origins, problems: inWord(problems), ...(table && { table: table.source }) };

	const processed = processReport(composed.text, label);
	const fm = processed.frontmatter;
	const target = fm && ctx.targetOf(fm.campaign, fm.unit);
	const content = reviewContext(ctx.campaigns, ctx.units, ctx.now);
	const checked = target ? checkReview(target, processed, content) : processed.problems;
	const review = target ? toReview(target, processed, content) : undefined;
	const located = checked.map((p) => (p.file === label || p.file === target ? relocate(p, origins, label) : p));
	// A clerk sending another unit's file is a common mistake: the header's issuing body must be the unit it is filed for.
	const unit = fm && content.units.get(`${fm.campaign}/${fm.unit}`);
	const wrongUnit = header && unit ? headerUnitProblem(label, header, unit, ctx.units) : null;
	if (wrongUnit) located.unshift(wrongUnit);
	return {
		text: composed.text,
		origins,
		processed,
		problems: inWord(located),
		...(review && { review }),
		...(target && { target }),
		...(table && { table: table.source }),
	};
}
