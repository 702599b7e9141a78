// The benchmark's results: the machine, each measured run, the checks, ratios against the targets; as Markdown and JSON.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { PhaseResult } from './measure.ts';

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
}

/** Targets of issue 7, as ratios of Sơ kết to Hugo + pagefind on the same content, and bytes. */
export const TARGETS = { cold: 1.5, oneChange: 1.2, peakBytes: 3 * 1024 ** 3, cssBytes: 20 * 1024, perReportGrowth: 1.2 };

const version = (repo: string, pkg: string) => {
  try {
    return (JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
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
export const gigabytes = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`);
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const find = (runs: readonly Run[], pipeline: Pipeline, scenario: Scenario) => runs.find((r) => r.pipeline === pipeline && r.scenario === scenario);
const phase = (run: Run, name: string) => {
  const p = run.phases.find((x) => x.name === name);
  return p ? `${seconds(p.ms)} · ${gigabytes(p.peakRss)}` : '—';
};

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
  const ours = find(result.runs, 'so-ket', 'cold');
  const base = baseline && find(baseline.runs, 'so-ket', 'cold');
  if (!ours || !base || baseline.reports >= result.reports) return undefined;
  const [perReport, basePerReport] = [ours.ms / result.reports, base.ms / baseline.reports];
  const ratio = perReport / basePerReport;
  return { ratio, perReport, basePerReport, baselineReports: baseline.reports, met: ratio <= TARGETS.perReportGrowth };
}

/** Ratios of Sơ kết to Hugo + pagefind per scenario, and whether each target is met. */
export function verdicts(result: BenchResult, baseline?: BenchResult) {
  const ratio = (scenario: Scenario) => {
    const ours = find(result.runs, 'so-ket', scenario);
    const theirs = find(result.runs, 'hugo', scenario);
    return ours && theirs ? ours.ms / theirs.ms : undefined;
  };
  const peak = Math.max(0, ...result.runs.filter((r) => r.pipeline === 'so-ket').flatMap((r) => r.phases.map((p) => p.peakRss)));
  const cold = ratio('cold');
  const oneChange = ratio('one change');
  const judged = result.reports === BASELINE_REPORTS;
  const judge = (value: number | undefined, limit: number) => (judged && value !== undefined ? value <= limit : undefined);
  return {
    cold: { ratio: cold, met: judge(cold, TARGETS.cold) },
    oneChange: { ratio: oneChange, met: judge(oneChange, TARGETS.oneChange) },
    noChange: { ratio: ratio('no change') },
    peak: { bytes: peak, met: judge(peak, TARGETS.peakBytes) },
    noChangeRendersNothing: find(result.runs, 'so-ket', 'no change')?.rendered === 0,
    oneChangeRendersOne: find(result.runs, 'so-ket', 'one change')?.rendered === 1,
    css: { bytes: result.checks.cssFileBytes + result.checks.cssInlineBytesPerPage, met: result.checks.cssFileBytes + result.checks.cssInlineBytesPerPage <= TARGETS.cssBytes },
    reviewPagesWithoutJs: result.checks.reviewPagesWithScripts === 0,
    growth: growth(result, baseline),
  };
}

const mark = (met: boolean | undefined) => (met === undefined ? '' : met ? ' ✓' : ' ✗');
const times = (x: number | undefined) => (x === undefined ? '—' : `${x.toFixed(2)}×`);

export function markdown(result: BenchResult, baseline?: BenchResult): string {
  const { machine: m, checks: c } = result;
  const v = verdicts(result, baseline);
  const g = v.growth;
  const at = result.reports === BASELINE_REPORTS ? '' : ` (a target at ${BASELINE_REPORTS.toLocaleString('en')} reports)`;
  const lines = [
    `### ${result.reports.toLocaleString('en')} reports (${result.units.toLocaleString('en')} units), seed ${result.seed}, ${result.date}`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${gigabytes(m.memoryBytes)} memory, Linux ${m.kernel}, Node ${m.node}, Astro ${m.astro}, pagefind ${m.pagefind}${m.hugo ? `, ${m.hugo}` : ''}. Load average ${m.load[0].toFixed(2)} at the start, ${m.load[1].toFixed(2)} at the end.`,
    '',
    '| pipeline | build | content load | pages | search index | total | peak RSS | reports rendered |',
    '|---|---|---|---|---|---|---|---|',
    ...result.runs.map((r) => `| ${r.pipeline === 'so-ket' ? 'Sơ kết' : 'Hugo + pagefind'} | ${r.scenario} | ${phase(r, 'content load')} | ${phase(r, 'pages')} | ${phase(r, 'search index')} | ${seconds(r.ms)} | ${gigabytes(r.peakRss)} | ${r.rendered ?? '—'} |`),
    '',
    'Each phase: wall time · peak resident memory of the whole process tree during that phase (sampled every 50 ms). Content load runs from the start of the command, so it includes Astro\'s start-up; pages include bundling; the search index phase ends when Astro reports the build done. Hugo has no separate content phase.',
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| cold build ≤ ${TARGETS.cold}× Hugo + pagefind${at} | ${times(v.cold.ratio)} |${mark(v.cold.met)} |`,
    `| one changed report ≤ ${TARGETS.oneChange}× Hugo + pagefind${at} | ${times(v.oneChange.ratio)} |${mark(v.oneChange.met)} |`,
    `| nothing changed (no target) | ${times(v.noChange.ratio)} | |`,
    ...(g ? [`| cold time per report ≤ ${TARGETS.perReportGrowth}× the ${g.baselineReports.toLocaleString('en')}-report run | ${times(g.ratio)} (${g.perReport.toFixed(2)} ms against ${g.basePerReport.toFixed(2)} ms) |${mark(g.met)} |`] : []),
    `| peak memory of any phase ≤ 3 GB${at} | ${gigabytes(v.peak.bytes)} |${mark(v.peak.met)} |`,
    `| nothing changed: 0 reports rendered | ${find(result.runs, 'so-ket', 'no change')?.rendered ?? '—'} |${mark(v.noChangeRendersNothing)} |`,
    `| review pages with JavaScript: none | ${c.reviewPagesWithScripts} of ${c.reviewPages} |${mark(v.reviewPagesWithoutJs)} |`,
    `| site CSS ≤ 20 KB | ${kilobytes(c.cssFileBytes)} in files + ${kilobytes(c.cssInlineBytesPerPage)} inline (largest page) |${mark(v.css.met)} |`,
    '',
    `Built: ${c.pages.toLocaleString('en')} pages; search index ${c.indexRecords.toLocaleString('en')} report records (expected ${c.expectedIndexRecords.toLocaleString('en')}); compliance table ${c.complianceRows.toLocaleString('en')} rows (expected ${c.expectedComplianceRows.toLocaleString('en')})${c.hugoIndexRecords === undefined ? '' : `; Hugo's search index ${c.hugoIndexRecords.toLocaleString('en')} records`}.`,
    '',
  ];
  return lines.join('\n');
}
