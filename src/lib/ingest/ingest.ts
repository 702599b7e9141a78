import { readFile, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCampaigns, loadRosters } from '../content/load.ts';
import { errorsOf, problem, type Problem } from '../content/problem.ts';
import type { CampaignRecord, Unit } from '../model.ts';
import { relocate, type MetadataSource } from './compose.ts';
import { composeAndCheck } from './check.ts';
import { labelOf, readNoFollow, readSidecar, type InputFile } from './inputs.ts';
import { fileLimitProblem } from './limits.ts';
import {
	ReportExistsError,
	ReportTooLargeError,
	UnsafePathError,
	canonicalPath,
	checkPlacement,
	placeReport,
} from './place.ts';
import { isRefusal, readReport } from './read.ts';
import { inWordTerms, wordPlaces } from './word-places.ts';

export type RejectionKind =
	| 'invalid'
	| 'exists'
	| 'duplicate'
	| 'unsafe'
	| 'unsupported'
	| 'too-large'
	| 'unreadable'
	| 'legacy-encoding'
	| 'content';

/** What happened to one input file. */
export interface Outcome {
	input: string;
	/** placed/replaced: written; unchanged: the same report is already published; checked: a dry run found it valid. */
	status: 'placed' | 'replaced' | 'unchanged' | 'checked' | 'rejected';
	kind?: RejectionKind;
	/** Where the report is (or would be) published, relative to the project root. */
	target?: string;
	/** Where a replaced report was kept. */
	previous?: string;
	/** A dry run that found a report already there: it would be replaced. */
	wouldReplace?: boolean;
	/** Errors and warnings, located in the input, its sidecar, or the roster. */
	problems: Problem[];
	/** What was changed on the way (byte order mark removed, converted from Word, …). */
	notes: string[];
	/** The Markdown made from a Word file: problem lines of a Word file are lines of this text. */
	converted?: string;
}

/** Content and settings shared by every file of one ingest run. */
export interface IngestContext {
	root: string;
	contentDir: string;
	campaigns: CampaignRecord[];
	units: Unit[];
	/** Errors in campaign files and rosters: nothing is accepted while the content cannot be built. */
	contentErrors: Problem[];
	/** Details given on the command line, applied to the file; `fallback` ones only fill gaps. */
	flags: MetadataSource[];
	replace: boolean;
	dryRun: boolean;
	now: Date;
	/** Units already taken by an earlier file of this run, with that file. */
	claimed: Map<string, string>;
}

/** Loads campaigns and rosters exactly as the build does. */
export function loadIngestContext(
	root: string,
	options: Partial<Pick<IngestContext, 'contentDir' | 'flags' | 'replace' | 'dryRun' | 'now'>> = {}
): IngestContext {
	const contentDir = options.contentDir ?? join(root, 'content');
	const { campaigns, problems } = loadCampaigns(root, contentDir);
	const rosters = loadRosters(root, contentDir, campaigns);
	return {
		root,
		contentDir,
		campaigns,
		units: rosters.units,
		contentErrors: errorsOf([...problems, ...rosters.problems]),
		flags: options.flags ?? [],
		replace: options.replace ?? false,
		dryRun: options.dryRun ?? false,
		now: options.now ?? new Date(),
		claimed: new Map(),
	};
}

const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');

/** Reads, checks and (unless a dry run) publishes one file. Never throws for a bad file: the outcome says why. */
export async function ingestFile(input: InputFile, ctx: IngestContext): Promise<Outcome> {
	const outcome: Outcome = { input: input.label, status: 'rejected', problems: [], notes: [] };
	const reject = (kind: RejectionKind, problems: readonly Problem[]): Outcome => ({
		...outcome,
		kind,
		problems: [...outcome.problems, ...problems],
	});
	const whole = (message: string): Problem => problem(input.label, message);

	if (input.symlink)
		return reject('unsafe', [
			whole(
				'tệp là liên kết (symlink), không được đọc; hãy chép chính tệp báo cáo vào đây (the file is a symbolic link; links are never followed)'
			),
		]);
	const tooLarge = fileLimitProblem({ name: input.label, bytes: input.bytes });
	if (tooLarge) return reject('too-large', [whole(tooLarge)]);
	if (ctx.contentErrors.length) return reject('content', ctx.contentErrors);

	const bytes = await readNoFollow(input.path).catch((error: NodeJS.ErrnoException) => error);
	if (!Buffer.isBuffer(bytes)) {
		if (bytes.code === 'ENOTFILE')
			return reject('unsafe', [
				whole('đây không phải tệp thường (ống dẫn, thiết bị…); hãy chép chính tệp báo cáo vào (not a regular file)'),
			]);
		return reject(bytes.code === 'ELOOP' ? 'unsafe' : 'unreadable', [
			whole(
				`không đọc được tệp; hãy chép lại tệp rồi chạy lại (the file cannot be read: ${bytes.code ?? bytes.message})`
			),
		]);
	}
	const read = await readReport(input.label, bytes);
	if (isRefusal(read)) return reject(read.kind, read.problems);
	outcome.notes.push(...read.notes);
	outcome.problems.push(
		...(read.converted ? read.warnings.map((p) => inWordTerms(p, wordPlaces(read.text), input.label)) : read.warnings)
	);
	if (read.converted) outcome.converted = read.text;

	const sidecar = await readSidecar(input, ctx.root);
	if (sidecar && 'problems' in sidecar) return reject('invalid', sidecar.problems);
	const checked = composeAndCheck(input.label, read, [...(sidecar ? [sidecar.source] : []), ...ctx.flags], {
		campaigns: ctx.campaigns,
		units: ctx.units,
		now: ctx.now,
		targetOf: (campaign, unit) => labelOf(ctx.root, canonicalPath(ctx.contentDir, campaign, unit)),
	});
	if (!checked.processed) return reject('invalid', checked.problems);
	const { processed, target } = checked;
	const fm = processed.frontmatter;
	outcome.problems.push(...checked.problems);
	if (!fm || !target || hasErrors(checked.problems)) {
		if (!fm && !sidecar && !checked.table && !read.text.startsWith('---'))
			outcome.notes.push(
				`the details (campaign, unit, form, heldOn, sentOn) can be given in ${input.label}.yaml next to the file`
			);
		return reject('invalid', []);
	}
	outcome.target = target;

	const unitLine = relocate(
		{ ...whole(''), field: 'unit', line: processed.fieldLines['unit'] ?? 1, column: 1 },
		checked.origins,
		input.label
	);
	const key = `${fm.campaign}/${fm.unit}`;
	const other = ctx.claimed.get(key);
	if (other !== undefined)
		return reject('duplicate', [
			{
				...unitLine,
				field: 'unit',
				message: `đơn vị "${fm.unit}" đã có báo cáo khác trong lần nhận này (${other}); mỗi đơn vị gửi một báo cáo, hãy giữ một tệp (unit also has a report in ${other}, earlier in this batch)`,
			},
		]);

	const path = join(ctx.root, target);
	const existing = await lstat(path).catch(() => null);
	if (existing?.isFile() && (await readFile(path, 'utf8')) === checked.text) {
		ctx.claimed.set(key, input.label);
		return { ...outcome, status: 'unchanged' };
	}
	const sibling = join(ctx.contentDir, 'reviews', fm.campaign, `${fm.unit}.md`);
	if (await lstat(sibling).catch(() => null))
		return reject('exists', [
			{
				...unitLine,
				field: 'unit',
				message: `đơn vị "${fm.unit}" đã có báo cáo tại ${labelOf(ctx.root, sibling)}, bản đó được giữ nguyên (unit already has a report there; it was left unchanged)`,
			},
		]);
	if (existing && !ctx.replace)
		return reject('exists', [
			{
				...unitLine,
				field: 'unit',
				message: `đơn vị "${fm.unit}" đã có báo cáo tại ${target}, bản đó được giữ nguyên; muốn thay thì chạy lại với --replace (bản cũ được lưu trong .history) (unit already has a report at ${target}; it was left unchanged. To replace it, run again with --replace)`,
			},
		]);
	ctx.claimed.set(key, input.label);

	try {
		const options = {
			contentDir: ctx.contentDir,
			campaign: fm.campaign,
			unit: fm.unit,
			text: checked.text,
			replace: ctx.replace,
			now: ctx.now,
		};
		// A dry run makes every check of the real placement, so that "valid" means the real run would place it.
		if (ctx.dryRun) return { ...outcome, status: 'checked', wouldReplace: (await checkPlacement(options)).replaces };
		const placed = await placeReport(options);
		if (placed.previous === undefined) return { ...outcome, status: 'placed' };
		return { ...outcome, status: 'replaced', previous: labelOf(ctx.root, placed.previous) };
	} catch (error) {
		ctx.claimed.delete(key);
		if (error instanceof ReportExistsError)
			return reject('exists', [{ ...unitLine, field: 'unit', message: error.message }]);
		if (error instanceof UnsafePathError) return reject('unsafe', [whole(error.message)]);
		if (error instanceof ReportTooLargeError) return reject('too-large', [whole(error.message)]);
		throw error;
	}
}
