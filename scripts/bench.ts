#!/usr/bin/env node
// Benchmark (issue 7): builds a synthetic campaign cold, after one changed report and after no change, optionally
// against Hugo + pagefind on the same Markdown, and writes the results under bench/results/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { BENCH_AS_OF, BENCH_CAMPAIGN, generateCampaign, reviseReport } from '../src/lib/bench/campaign.ts';
import { ensureHugo } from '../src/lib/bench/hugo.ts';
import { measure, type Measurement, type PhaseSpec } from '../src/lib/bench/measure.ts';
import { copyAllToHugo, copyToHugo, hugoProject, siteProject } from '../src/lib/bench/project.ts';
import { BASELINE_REPORTS, describeMachine, gigabytes, markdown, seconds, verdicts, type BenchResult, type Checks, type Run, type Scenario } from '../src/lib/bench/results.ts';
import { cssBytes, htmlPages, indexedPageCount, pagesWithScripts, searchRecords, tableRows } from '../src/lib/bench/site-check.ts';

const HELP = `Đo thời gian và bộ nhớ khi xây dựng trang với một đợt sơ kết tổng hợp.
Benchmarks the build of a synthetic campaign: cold, after one changed report, after no change.

Usage: npm run bench -- --reports N [--compare hugo] [--keep] [--seed S]

  --reports N       reports to generate (default 1000)
  --compare hugo    also build the same Markdown with Hugo and index it with pagefind, and print the ratios
  --keep            keep the temporary folder (its path is printed)
  --seed S          seed of the generator (default 120): the same seed gives the same campaign

Results: bench/results/<N>-reports.md and .json.`;

const { values } = parseCli(process.argv.slice(2), {
  reports: { type: 'string', default: '1000' },
  compare: { type: 'string' },
  keep: { type: 'boolean', default: false },
  seed: { type: 'string', default: '120' },
}, HELP);
const reports = Number(values.reports);
const seed = Number(values.seed);
if (!Number.isInteger(reports) || reports < 1 || !Number.isInteger(seed) || (values.compare !== undefined && values.compare !== 'hugo')) {
  console.error(`--reports and --seed take whole numbers, --compare takes "hugo"\n\n${HELP}`);
  process.exit(EXIT.usage);
}

const REPO = resolve(import.meta.dirname, '..');
const BIN = join(REPO, 'node_modules', '.bin');
const tty = process.stderr.isTTY;
const progress = (text: string) => tty && process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns || 120) - 1)}`);
const say = (text: string) => (tty ? process.stderr.write(`\r\x1b[K${text}\n`) : console.error(text));

// Phases of an Astro build, told apart by its log lines.
const ASTRO_PHASES: PhaseSpec[] = [
  { name: 'content load', markers: [/\[content\] Synced content/] },
  { name: 'pages', markers: [/generating static routes/, /Completed in/] },
  { name: 'search index', markers: [/page\(s\) built in/] },
];

function failed(what: string, m: Measurement): never {
  throw new Error(`✗ ${what} failed (exit ${m.exitCode}); its last lines:\n${m.output.split('\n').slice(-40).join('\n')}`);
}

/** Measures one command with a progress line; `label` names the run, `total` is the number of pages expected. */
async function run(label: string, command: string, args: string[], cwd: string, env: Record<string, string>, phases: PhaseSpec[], total?: number) {
  let pages = 0;
  let lastPhase = '';
  const m = await measure(command, args, {
    cwd,
    env: { PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    phases,
    onLine: (line) => {
      if (/├─ \//.test(line)) pages++;
    },
    onTick: ({ phase, ms, rss }) => {
      if (!tty && phase !== lastPhase) console.error(`${label}: ${phase} from ${seconds(ms)}`);
      lastPhase = phase;
      progress(`${label} · ${phase}${phase === 'pages' && total ? ` ${pages}/${total}` : ''} · ${seconds(ms)} · ${gigabytes(rss)}`);
    },
  });
  // Each command's output stays beside the runs (see --keep), for finding where the time went.
  writeFileSync(join(work, 'logs', `${label.replace('Sơ kết', 'so-ket').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.log`), m.output);
  if (m.exitCode !== 0) failed(label, m);
  return m;
}

const loadAtStart = loadavg()[0]!;
const work = mkdtempSync(join(tmpdir(), 'so-ket-bench-'));
const site = join(work, 'site');
const dist = join(site, 'dist');
const hugoRoot = join(work, 'hugo');
const runs: Run[] = [];
let hugo: string | undefined;
try {
  say(`Sơ kết benchmark: ${reports.toLocaleString('en')} reports, seed ${seed}, in ${work}`);
  mkdirSync(join(work, 'logs'));
  siteProject(REPO, site);
  const generated = generateCampaign(join(site, 'content'), reports, seed, (done, all) => progress(`generating reports ${done}/${all}`));
  say(`generated ${generated.reports.length.toLocaleString('en')} reports for ${generated.units.toLocaleString('en')} units`);
  if (values.compare === 'hugo') {
    hugo = ensureHugo(say);
    hugoProject(hugoRoot);
    copyAllToHugo(join(site, 'content', 'reviews', BENCH_CAMPAIGN), hugoRoot);
  }
  const expectedPages = generated.units + 8;

  const buildOurs = async (scenario: Scenario) => {
    const m = await run(`Sơ kết, ${scenario}`, join(BIN, 'astro'), ['build', '--root', site, '--outDir', dist], site, { AS_OF: BENCH_AS_OF, SOKET_CACHE_DIR: join(site, '.astro-cache') }, ASTRO_PHASES, expectedPages);
    const rendered = Number(/(\d+) reports: (\d+) processed/.exec(m.output)?.[2] ?? NaN);
    runs.push({ pipeline: 'so-ket', scenario, ms: m.ms, peakRss: m.peakRss, phases: m.phases, rendered });
    say(`Sơ kết, ${scenario}: ${seconds(m.ms)}, peak ${gigabytes(m.peakRss)}, ${rendered} reports rendered`);
  };
  const buildHugo = async (scenario: Scenario) => {
    if (!hugo) return;
    const built = await run(`Hugo, ${scenario}`, hugo, ['--source', hugoRoot, '--destination', join(hugoRoot, 'public')], hugoRoot, {}, [{ name: 'pages', markers: [] }]);
    const indexed = await run(`pagefind over Hugo, ${scenario}`, join(BIN, 'pagefind'), ['--site', join(hugoRoot, 'public')], hugoRoot, {}, [{ name: 'search index', markers: [] }]);
    const phases = [built.phases[0]!, indexed.phases[0]!];
    runs.push({ pipeline: 'hugo', scenario, ms: built.ms + indexed.ms, peakRss: Math.max(built.peakRss, indexed.peakRss), phases });
    say(`Hugo + pagefind, ${scenario}: ${seconds(built.ms + indexed.ms)}, peak ${gigabytes(Math.max(built.peakRss, indexed.peakRss))}`);
  };

  await buildOurs('cold');
  const pages = htmlPages(dist);
  const reviewPages = pages.filter((p) => p.startsWith(`${BENCH_CAMPAIGN}/don-vi/`));
  const css = cssBytes(dist, pages);
  const checks: Checks = {
    pages: pages.length,
    // Lessons pages are indexed too; the reports' own records are the ones to count.
    indexRecords: searchRecords(dist).filter((r) => r.url.startsWith(`/${BENCH_CAMPAIGN}/don-vi/`)).length,
    expectedIndexRecords: reports,
    complianceRows: tableRows(readFileSync(join(dist, BENCH_CAMPAIGN, 'tien-do', 'index.html'), 'utf8'), 'tien-do').length,
    expectedComplianceRows: generated.units,
    reviewPages: reviewPages.length,
    reviewPagesWithScripts: pagesWithScripts(dist, reviewPages).length,
    cssFileBytes: css.files,
    cssInlineBytesPerPage: css.inlinePerPage,
  };
  await buildHugo('cold');
  if (hugo) checks.hugoIndexRecords = indexedPageCount(join(hugoRoot, 'public'));

  // One unit sends a corrected report: the same change in both sites.
  const changed = join(site, 'content', generated.reports[Math.floor(generated.reports.length / 2)]!);
  reviseReport(changed, 1);
  if (hugo) copyToHugo(changed, hugoRoot);
  await buildOurs('one change');
  await buildHugo('one change');
  await buildOurs('no change');
  await buildHugo('no change');

  const machine = describeMachine(REPO, loadAtStart, hugo);
  const result: BenchResult = { date: new Date().toISOString().slice(0, 10), reports, units: generated.units, seed, machine, runs, checks };
  const out = join(REPO, 'bench', 'results');
  // Time per report is compared with the 10,000-report results, when this run is larger and they exist.
  const baselineFile = join(out, `${BASELINE_REPORTS}-reports.json`);
  const baseline = reports > BASELINE_REPORTS && existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as BenchResult) : undefined;
  const table = markdown(result, baseline);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${reports}-reports.md`), table);
  writeFileSync(join(out, `${reports}-reports.json`), `${JSON.stringify({ ...result, verdicts: verdicts(result, baseline) }, (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v), 2)}\n`);
  say('');
  console.log(table);
  say(`written: bench/results/${reports}-reports.md and .json`);
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  if (values.keep) say(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
