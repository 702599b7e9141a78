// The benchmark's results: the machine, each measured run, the checks, ratios against the targets; as Markdown and JSON.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { PhaseResult } from './measure.ts';
import { median, searchSummary, type SearchMeasurement } from './search-latency.ts';

export const SCENARIOS = ['cold', 'one change', 'no change'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type Pipeline = 'so-ket' | 'hugo';

export interface Run {
	pipeline: Pipeline;
	scenario: Scenario;
	/** Wall time of the whole pipeline (for Hugo: hugo, then pagefind), milliseconds. */
	ms: number;
	peakRss: number;
	phases: PhaseResult[];
	/** Reports parsed and rendered, from the reviews loader's summary line (Sơ kết only). */
	rendered?: number;
	/** Pages Astro copied from its incremental build cache instead of rendering ("(cached)" in its log; Sơ kết only). */
	copied?: number;
	/** Which of the alternating rounds (1, 2, 3) the run belongs to; absent in results written before rounds. */
	round?: number;
	/** Search shards of the run and how many were indexed anew, from the indexer's summary line (Sơ kết only). */
	shards?: { total: number; rebuilt: number };
}

export interface Checks {
	pages: number;
	/** Report pages the search index holds, and how many it should (one per report); lessons pages are not counted. */
	indexRecords: number;
	expectedIndexRecords: number;
	/** Rows of the compliance table, and how many it should have (one per rostered unit). */
	complianceRows: number;
	expectedComplianceRows: number;
	reviewPages: number;
	reviewPagesWithScripts: number;
	cssFileBytes: number;
	cssInlineBytesPerPage: number;
	/** Pages pagefind indexed over the Hugo site, when compared: the same reports, so the same number. */
	hugoIndexRecords?: number;
	/** Report pages Hugo wrote, when compared: one per report. */
	hugoPages?: number;
	/** The largest HTML page of the site, in bytes, and its path. */
	largestPage?: { path: string; bytes: number };
}

/** What one side of the comparison builds and how it indexes: said in every result, as the issue 16 review asked. */
export interface Side {
	/** The commands a build runs (results before it was said leave it out). */
	command?: string;
	/** Pages written, by kind (review pages, tier pages…). */
	pages: Record<string, number>;
	indexing: string;
	reused: string;
}

export interface Machine {
	cpus: number;
	cpuModel: string;
	memoryBytes: number;
	node: string;
	kernel: string;
	astro: string;
	pagefind: string;
	hugo?: string;
	/** One-minute load average when the benchmark started and when it ended: other work on the machine skews times. */
	load: [number, number];
}

export interface BenchResult {
	date: string;
	reports: number;
	units: number;
	seed: number;
	machine: Machine;
	runs: Run[];
	checks: Checks;
	/** Rounds per pipeline: in each, cold, one change and no change; the pipelines alternate which goes first. */
	rounds?: number;
	/** What each side does; absent in results written before it was recorded. */
	sides?: { 'so-ket': Side; hugo?: Side };
	/** The search page measured in Chromium, per pipeline. */
	search?: { 'so-ket': SearchMeasurement; hugo?: SearchMeasurement };
	/** Said by whoever ran it, e.g. that other work shared the machine. */
	note?: string;
	/** The code measured (bench/commit.ts); absent in results written before it was recorded. */
	commit?: string;
}

/** Targets of issue 7, as ratios of Sơ kết to Hugo + pagefind on the same content, and bytes. */
export const TARGETS = {
	cold: 1.5,
	oneChange: 1.2,
	peakBytes: 3 * 1024 ** 3,
	cssBytes: 20 * 1024,
	perReportGrowth: 1.2,
	pageBytes: 1024 ** 2,
	searchTraffic: 2,
	searchMsAt50k: 1500,
};

const version = (repo: string, pkg: string) => {
	try {
		return (JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
			.version;
	} catch {
		return 'unknown';
	}
};

export function describeMachine(repo: string, loadAtStart: number, hugo?: string): Machine {
	const list = cpus();
	let hugoVersion: string | undefined;
	if (hugo) {
		try {
			hugoVersion = execFileSync(hugo, ['version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' ');
		} catch {
			hugoVersion = 'unknown';
		}
	}
	return {
		cpus: list.length,
		cpuModel: list[0]?.model.trim() ?? 'unknown',
		memoryBytes: totalmem(),
		node: process.version,
		kernel: release(),
		astro: version(repo, 'astro'),
		pagefind: version(repo, 'pagefind'),
		...(hugoVersion && { hugo: hugoVersion }),
		load: [loadAtStart, loadavg()[0]!],
	};
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const gigabytes = (bytes: number) =>
	bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const matching = (runs: readonly Run[], pipeline: Pipeline, scenario: Scenario) =>
	runs.filter((r) => r.pipeline === pipeline && r.scenario === scenario);
const phase = (run: Run, name: string) => {
	const p = run.phases.find((x) => x.name === name);
	return p ? `${seconds(p.ms)} · ${gigabytes(p.peakRss)}` : '—';
};

/** Time of a run spent writing the site (every phase but the search index) and indexing it. */
export const siteGenerationMs = (run: Run) =>
	run.phases.filter((p) => p.name !== 'search index').reduce((sum, p) => sum + p.ms, 0);
export const searchIndexMs = (run: Run) => run.phases.find((p) => p.name === 'search index')?.ms ?? 0;

/** The runs of one pipeline and scenario summed up: medians and the range of the total, medians of each part. */
export function runStats(runs: readonly Run[], pipeline: Pipeline, scenario: Scenario) {
	const found = matching(runs, pipeline, scenario);
	if (found.length === 0) return undefined;
	const totals = found.map((r) => r.ms);
	return {
		runs: found.length,
		ms: median(totals),
		range: [Math.min(...totals), Math.max(...totals)] as [number, number],
		generation: median(found.map(siteGenerationMs)),
		searchIndex: median(found.map(searchIndexMs)),
		peakRss: Math.max(...found.map((r) => r.peakRss)),
	};
}

/**
 * The size the targets are set for (issue 7): the ratios and the memory ceiling are judged at 10,000 reports, and
 * larger runs are compared with it per report for linear growth. Other sizes show their figures without a verdict.
 */
export const BASELINE_REPORTS = 10_000;

/**
 * Linear growth: the cold build's time per report against an earlier run with fewer reports (the 10,000-report
 * results beside this one), or undefined when there is none to compare with.
 */
export function growth(result: BenchResult, baseline: BenchResult | undefined) {
	const ours = runStats(result.runs, 'so-ket', 'cold');
	const base = baseline && runStats(baseline.runs, 'so-ket', 'cold');
	if (!ours || !base || baseline.reports >= result.reports) return undefined;
	const [perReport, basePerReport] = [ours.ms / result.reports, base.ms / baseline.reports];
	const ratio = perReport / basePerReport;
	return { ratio, perReport, basePerReport, baselineReports: baseline.reports, met: ratio <= TARGETS.perReportGrowth };
}

/**
 * What makes the two sides not hold the same `reports` reports (empty when they do): a search index with another
 * number of report records, or a reference with another number of report pages. The benchmark stops on any.
 */
export function unevenComparison(checks: Checks, reports: number): string[] {
	return [
		checks.indexRecords !== reports && `Sơ kết's search index holds ${checks.indexRecords} report records`,
		checks.hugoPages !== undefined && checks.hugoPages !== reports && `Hugo wrote ${checks.hugoPages} report pages`,
		checks.hugoIndexRecords !== undefined &&
			checks.hugoIndexRecords !== reports &&
			`Hugo's search index holds ${checks.hugoIndexRecords} records`,
	].filter((x): x is string => typeof x === 'string');
}

/** Ratios of the medians of Sơ kết to those of Hugo + pagefind: whole build, site generation, search index. */
export function ratios(result: BenchResult, scenario: Scenario) {
	const [ours, theirs] = [runStats(result.runs, 'so-ket', scenario), runStats(result.runs, 'hugo', scenario)];
	if (!ours || !theirs) return undefined;
	return {
		total: ours.ms / theirs.ms,
		generation: ours.generation / theirs.generation,
		searchIndex: ours.searchIndex / theirs.searchIndex,
	};
}

/** The search page against the targets: at 10,000 no slower than the reference and at most twice its traffic; at 50,000 within 1.5 s. */
export function searchVerdict(result: Pick<BenchResult, 'search' | 'reports'>) {
	if (!result.search) return undefined;
	const ours = searchSummary(result.search['so-ket']);
	const theirs = result.search.hugo && searchSummary(result.search.hugo);
	const judged = result.reports === BASELINE_REPORTS && theirs !== undefined;
	return {
		ours,
		theirs,
		time: judged ? ours.ms <= theirs.ms : result.reports >= 50_000 ? ours.ms <= TARGETS.searchMsAt50k : undefined,
		requests: judged ? ours.requests <= TARGETS.searchTraffic * theirs.requests : undefined,
		bytes: judged ? ours.bytes <= TARGETS.searchTraffic * theirs.bytes : undefined,
	};
}

/** The verdicts, on the medians of the runs of each pipeline and scenario. */
export function verdicts(result: BenchResult, baseline?: BenchResult) {
	const ratio = (scenario: Scenario) => ratios(result, scenario)?.total;
	const peak = Math.max(
		0,
		...result.runs.filter((r) => r.pipeline === 'so-ket').flatMap((r) => r.phases.map((p) => p.peakRss))
	);
	const cold = ratio('cold');
	const oneChange = ratio('one change');
	const judged = result.reports === BASELINE_REPORTS;
	const judge = (value: number | undefined, limit: number) =>
		judged && value !== undefined ? value <= limit : undefined;
	const renderedIn = (scenario: Scenario) => matching(result.runs, 'so-ket', scenario).map((r) => r.rendered);
	const all = (values: (number | undefined)[], expected: number) =>
		values.length > 0 && values.every((v) => v === expected);
	const largest = result.checks.largestPage;
	return {
		cold: { ratio: cold, met: judge(cold, TARGETS.cold) },
		oneChange: { ratio: oneChange, met: judge(oneChange, TARGETS.oneChange) },
		noChange: { ratio: ratio('no change') },
		peak: { bytes: peak, met: judge(peak, TARGETS.peakBytes) },
		noChangeRendersNothing: all(renderedIn('no change'), 0),
		oneChangeRendersOne: all(renderedIn('one change'), 1),
		css: {
			bytes: result.checks.cssFileBytes + result.checks.cssInlineBytesPerPage,
			met: result.checks.cssFileBytes + result.checks.cssInlineBytesPerPage <= TARGETS.cssBytes,
		},
		reviewPagesWithoutJs: result.checks.reviewPagesWithScripts === 0,
		largestPage: largest && { ...largest, met: largest.bytes <= TARGETS.pageBytes },
		growth: growth(result, baseline),
		search: searchVerdict(result),
	};
}

const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? ' ✓' : ' ✗');
const times = (x: number | undefined) => (x === undefined ? '—' : `${x.toFixed(2)}×`);

const kilobytesOf = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const count = (n: number) => n.toLocaleString('en');
const range = ([low, high]: [number, number]) => (low === high ? '' : ` (${seconds(low)} to ${seconds(high)})`);
const describePages = (pages: Record<string, number>) =>
	Object.entries(pages)
		.map(([kind, n]) => `${count(n)} ${kind}`)
		.join(', ');

export function markdown(result: BenchResult, baseline?: BenchResult): string {
	const { machine: m, checks: c } = result;
	const v = verdicts(result, baseline);
	const g = v.growth;
	const at =
		result.reports === BASELINE_REPORTS ? '' : ` (a target at ${BASELINE_REPORTS.toLocaleString('en')} reports)`;
	const pipelines: Pipeline[] = result.runs.some((r) => r.pipeline === 'hugo') ? ['so-ket', 'hugo'] : ['so-ket'];
	const name = (p: Pipeline) => (p === 'so-ket' ? 'Sơ kết' : 'Hugo + pagefind');
	const rounds = result.rounds ?? 1;
	const lines = [
		`### ${result.reports.toLocaleString('en')} reports (${result.units.toLocaleString('en')} units), seed ${result.seed}, ${result.date}${result.commit ? ` (commit ${result.commit})` : ''}`,
		'',
		`Machine: ${m.cpus} × ${m.cpuModel}, ${gigabytes(m.memoryBytes)} memory, Linux ${m.kernel}, Node ${m.node}, Astro ${m.astro}, pagefind ${m.pagefind}${m.hugo ? `, ${m.hugo}` : ''}. Load average ${m.load[0].toFixed(2)} at the start, ${m.load[1].toFixed(2)} at the end.${result.note ? ` ${result.note}` : ''}`,
		'',
		...(result.sides
			? [
					'What is compared:',
					'',
					...(['so-ket', 'hugo'] as const).flatMap((p) => {
						const side = result.sides![p];
						return side
							? [
									`- **${name(p)}**${side.command ? ` (${side.command})` : ''} writes ${describePages(side.pages)}. Search index: ${side.indexing} Reused between builds: ${side.reused}`,
								]
							: [];
					}),
					'',
				]
			: []),
		`Each pipeline ran ${rounds === 1 ? 'once' : `${rounds} rounds`} (cold, one changed report, nothing changed${rounds > 1 ? '; the pipelines alternate which goes first in each round' : ''}). Before each build the harness waits until the file system has written out what the builds before it wrote (\`sync\`), so that no build shares the processors with another's write-back. Medians, with the range when there is more than one run:`,
		'',
		'| pipeline | build | runs | total | site generation | search index | peak RSS |',
		'|---|---|---|---|---|---|---|',
		...SCENARIOS.flatMap((scenario) =>
			pipelines.flatMap((p) => {
				const st = runStats(result.runs, p, scenario);
				return st
					? [
							`| ${name(p)} | ${scenario} | ${st.runs} | ${seconds(st.ms)}${range(st.range)} | ${seconds(st.generation)} | ${seconds(st.searchIndex)} | ${gigabytes(st.peakRss)} |`,
						]
					: [];
			})
		),
		'',
		...(pipelines.length > 1
			? [
					"Ratios of the medians, Sơ kết to Hugo + pagefind (site generation: Astro's start-up, content and pages against Hugo; search index: our sharded indexing against one pagefind run):",
					'',
					'| build | total | site generation | search index |',
					'|---|---|---|---|',
					...SCENARIOS.flatMap((scenario) => {
						const r = ratios(result, scenario);
						return r ? [`| ${scenario} | ${times(r.total)} | ${times(r.generation)} | ${times(r.searchIndex)} |`] : [];
					}),
					'',
				]
			: []),
		'Every run:',
		'',
		'| round | pipeline | build | content load | pages | search index | total | peak RSS | reports rendered | pages copied | search shards (indexed anew) |',
		'|---|---|---|---|---|---|---|---|---|---|---|',
		...result.runs.map(
			(r) =>
				`| ${r.round ?? 1} | ${name(r.pipeline)} | ${r.scenario} | ${phase(r, 'content load')} | ${phase(r, 'pages')} | ${phase(r, 'search index')} | ${seconds(r.ms)} | ${gigabytes(r.peakRss)} | ${r.rendered ?? '—'} | ${r.copied ?? '—'} | ${r.shards ? `${r.shards.total} (${r.shards.rebuilt})` : r.pipeline === 'hugo' ? '1 (1)' : '—'} |`
		),
		'',
		"Each phase: wall time · peak resident memory of the whole process tree during that phase (sampled every 50 ms). Content load runs from the start of the command, so it includes Astro's start-up; pages include bundling; the search index phase ends when Astro reports the build done. Hugo has no separate content phase: its pages phase is the hugo command, its search index the pagefind command.",
		'',
		...searchLines(result, v.search),
		'| target (verdicts on the medians) | measured | |',
		'|---|---|---|',
		`| cold build ≤ ${TARGETS.cold}× Hugo + pagefind${at} | ${times(v.cold.ratio)} |${mark(v.cold.met)} |`,
		`| one changed report ≤ ${TARGETS.oneChange}× Hugo + pagefind${at} | ${times(v.oneChange.ratio)} |${mark(v.oneChange.met)} |`,
		`| nothing changed (no target) | ${times(v.noChange.ratio)} | |`,
		...(g
			? [
					`| cold time per report ≤ ${TARGETS.perReportGrowth}× the ${g.baselineReports.toLocaleString('en')}-report run | ${times(g.ratio)} (${g.perReport.toFixed(2)} ms against ${g.basePerReport.toFixed(2)} ms) |${mark(g.met)} |`,
				]
			: []),
		`| peak memory of any phase ≤ 3 GB${at} | ${gigabytes(v.peak.bytes)} |${mark(v.peak.met)} |`,
		`| nothing changed: 0 reports rendered | ${
			matching(result.runs, 'so-ket', 'no change')
				.map((r) => r.rendered ?? '—')
				.join(', ') || '—'
		} |${mark(v.noChangeRendersNothing)} |`,
		`| review pages with JavaScript: none | ${c.reviewPagesWithScripts} of ${c.reviewPages} |${mark(v.reviewPagesWithoutJs)} |`,
		`| site CSS ≤ 20 KB | ${kilobytes(c.cssFileBytes)} in files + ${kilobytes(c.cssInlineBytesPerPage)} inline (largest page) |${mark(v.css.met)} |`,
		...(v.largestPage
			? [
					`| no page over 1 MB of HTML | largest: ${kilobytesOf(v.largestPage.bytes)} (${v.largestPage.path}) |${mark(v.largestPage.met)} |`,
				]
			: []),
		...(v.search
			? [
					`| search: median time to first results ≤ the reference's at ${BASELINE_REPORTS.toLocaleString('en')}, ≤ 1.5 s at 50,000 | ${Math.round(v.search.ours.ms)} ms${v.search.theirs ? ` against ${Math.round(v.search.theirs.ms)} ms` : ''} |${mark(v.search.time)} |`,
					`| search: requests ≤ 2× the reference's${at} | ${v.search.ours.requests}${v.search.theirs ? ` against ${v.search.theirs.requests}` : ''} |${mark(v.search.requests)} |`,
					`| search: bytes ≤ 2× the reference's${at} | ${kilobytesOf(v.search.ours.bytes)}${v.search.theirs ? ` against ${kilobytesOf(v.search.theirs.bytes)}` : ''} |${mark(v.search.bytes)} |`,
				]
			: []),
		'',
		`Built: ${c.pages.toLocaleString('en')} pages; search index ${c.indexRecords.toLocaleString('en')} report records (expected ${c.expectedIndexRecords.toLocaleString('en')}); compliance table ${c.complianceRows.toLocaleString('en')} rows (expected ${c.expectedComplianceRows.toLocaleString('en')})${c.hugoIndexRecords === undefined ? '' : `; Hugo: ${c.hugoPages === undefined ? '' : `${c.hugoPages.toLocaleString('en')} report pages, `}search index ${c.hugoIndexRecords.toLocaleString('en')} records`}.`,
		'',
	];
	return lines.join('\n');
}

/** The search page's table: each query's median per pipeline, then the medians over queries. */
export function searchLines(result: Pick<BenchResult, 'search'>, verdict: ReturnType<typeof searchVerdict>): string[] {
	if (!result.search || !verdict) return [];
	const sides = [
		['Sơ kết', result.search['so-ket']],
		...(result.search.hugo ? [['Hugo + pagefind', result.search.hugo] as const] : []),
	] as const;
	const repeats = result.search['so-ket'].queries[0]?.samples.length ?? 0;
	return [
		`Search, as a reader meets it: Chromium (headless, empty cache, 390 px wide), the site on a local server, the search page opened with ?q=… and timed from the start of navigation to the first result in the page; requests and bytes are those finished by then (the page, its assets, the index files, pagefind's worker). Each query ${repeats} times, the pipelines alternating; medians per query, then the median over queries. Sơ kết's page: ${result.search['so-ket'].page}; the reference's: ${result.search.hugo?.page ?? '—'} (pagefind's own API over its one index, ten results shown). Over more than one shard, Sơ kết's page first shows what its primary shard finds (it says it is still searching), then the whole index's ranking in its place; the last column is the time until it says the whole index answered ("Tìm thấy…"). The reference shows one answer only: its two times are the same.`,
		'',
		'| query | kind | pipeline | time to first results | requests | bytes | time to the whole answer |',
		'|---|---|---|---|---|---|---|',
		...result.search['so-ket'].queries.flatMap((_, qi) =>
			sides.map(([label, m]) => {
				const q = m.queries[qi]!;
				return `| ${q.q} | ${q.kind} | ${label} | ${Math.round(median(q.samples.map((s) => s.ms)))} ms (${Math.round(Math.min(...q.samples.map((s) => s.ms)))} to ${Math.round(Math.max(...q.samples.map((s) => s.ms)))}) | ${median(q.samples.map((s) => s.requests))} | ${kilobytesOf(median(q.samples.map((s) => s.bytes)))} | ${Math.round(median(q.samples.map((s) => s.completeMs ?? s.ms)))} ms |`;
			})
		),
		...sides.map(([label, m]) => {
			const s = searchSummary(m);
			return `| **median over queries** | | ${label} | **${Math.round(s.ms)} ms** | **${s.requests}** | **${kilobytesOf(s.bytes)}** | ${Math.round(s.completeMs)} ms |`;
		}),
		'',
	];
}
