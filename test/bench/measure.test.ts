// The benchmark's instruments: phases told apart by log lines, memory summed over the process tree, and the verdicts.
import { expect, test } from 'vitest';
import { measure, treeRss } from '../../bench/measure.ts';
import {
	growth,
	markdown,
	ratios,
	runStats,
	unevenComparison,
	verdicts,
	type BenchResult,
	type Run,
} from '../../bench/results.ts';
import { median, searchSummary, type SearchMeasurement } from '../../bench/search-latency.ts';

const node = process.execPath;
// A child that prints three markers and, between the second and third, starts a grandchild holding 300 MB.
const SCRIPT = `
const { spawn } = require('node:child_process');
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  console.log('\\x1b[34m[content]\\x1b[39m Synced content');
  await wait(200);
  console.log('step two');
  const holder = spawn(process.execPath, ['-e', "const b = Buffer.alloc(300 * 1024 * 1024, 1); console.log('held'); setTimeout(() => {}, 1500)"], { stdio: 'inherit' });
  await new Promise((r) => holder.on('exit', r));
  console.error('done');
  process.exit(3);
})();
`;

test('phases end at their markers in order, colour codes aside, and the last one at the exit', async () => {
	const lines: string[] = [];
	const m = await measure(node, ['-e', SCRIPT], {
		cwd: process.cwd(),
		phases: [
			{ name: 'first', markers: [/\[content\] Synced content/] },
			{ name: 'second', markers: [/step two/, /held/] },
			{ name: 'rest', markers: [] },
		],
		onLine: (l) => lines.push(l),
	});
	expect(m.exitCode).toBe(3);
	expect(m.phases.map((p) => p.name)).toEqual(['first', 'second', 'rest']);
	expect(m.phases.every((p) => p.ms > 0)).toBe(true);
	expect(m.phases.reduce((s, p) => s + p.ms, 0)).toBeLessThanOrEqual(m.ms + 1);
	expect(lines).toEqual(['[content] Synced content', 'step two', 'held', 'done']);
	// The 300 MB are held by a grandchild, after "held": they count in the last phase and in the peak.
	expect(m.phases[2]!.peakRss).toBeGreaterThan(300 * 1024 * 1024);
	expect(m.phases[0]!.peakRss).toBeLessThan(300 * 1024 * 1024);
	expect(m.peakRss).toBeGreaterThanOrEqual(m.phases[2]!.peakRss);
}, 20_000);

test("a process tree's memory includes this process", () => {
	expect(treeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
	expect(treeRss(2 ** 22 + 12345)).toBe(0);
});

const run = (
	pipeline: Run['pipeline'],
	scenario: Run['scenario'],
	ms: number,
	peakRss = 1e9,
	rendered?: number
): Run => ({
	pipeline,
	scenario,
	ms,
	peakRss,
	phases: [{ name: 'pages', ms, peakRss }],
	...(rendered !== undefined && { rendered }),
});
const result = (runs: Run[], scripts = 0, css = 5000): BenchResult => ({
	date: '2026-01-01',
	reports: 10,
	units: 11,
	seed: 1,
	machine: {
		cpus: 2,
		cpuModel: 'x',
		memoryBytes: 2 ** 34,
		node: 'v24',
		kernel: '6',
		astro: '7',
		pagefind: '1.6',
		load: [0, 0],
	},
	runs,
	checks: {
		pages: 19,
		indexRecords: 10,
		expectedIndexRecords: 10,
		complianceRows: 11,
		expectedComplianceRows: 11,
		reviewPages: 11,
		reviewPagesWithScripts: scripts,
		cssFileBytes: css,
		cssInlineBytesPerPage: 0,
	},
});

const at10k = (...args: Parameters<typeof result>): BenchResult => ({ ...result(...args), reports: 10_000 });

test('at another size the ratios and the memory are shown without a verdict, as the targets are set at 10,000', () => {
	const r = result([run('so-ket', 'cold', 2800, 4e9, 10), run('hugo', 'cold', 1000)]);
	const v = verdicts(r);
	expect([v.cold, v.peak]).toEqual([
		{ ratio: 2.8, met: undefined },
		{ bytes: 4e9, met: undefined },
	]);
	expect(markdown(r)).toContain('| cold build ≤ 1.5× Hugo + pagefind (a target at 10,000 reports) | 2.80× | |');
	expect(markdown(r)).toContain('| peak memory of any phase ≤ 3 GB (a target at 10,000 reports) | 3.73 GB | |');
});

test('verdicts compare Sơ kết with Hugo + pagefind per scenario against the targets, at 10,000 reports', () => {
	const v = verdicts(
		at10k([
			run('so-ket', 'cold', 1400, 2e9, 10),
			run('hugo', 'cold', 1000),
			run('so-ket', 'one change', 1300, 1e9, 1),
			run('hugo', 'one change', 1000),
			run('so-ket', 'no change', 500, 1e9, 0),
			run('hugo', 'no change', 1000),
		])
	);
	expect(v.cold).toEqual({ ratio: 1.4, met: true });
	expect(v.oneChange).toEqual({ ratio: 1.3, met: false });
	expect(v.noChange.ratio).toBe(0.5);
	expect(v.peak).toEqual({ bytes: 2e9, met: true });
	expect([v.noChangeRendersNothing, v.oneChangeRendersOne, v.reviewPagesWithoutJs, v.css.met]).toEqual([
		true,
		true,
		true,
		true,
	]);
});

test('without Hugo there are no ratios, and a page with a script or too much CSS fails its check', () => {
	const r = at10k([run('so-ket', 'cold', 1400, 4e9, 10), run('so-ket', 'no change', 500, 1e9, 2)], 1, 30_000);
	const v = verdicts(r);
	expect(v.cold).toEqual({ ratio: undefined, met: undefined });
	expect([v.peak.met, v.noChangeRendersNothing, v.reviewPagesWithoutJs, v.css.met]).toEqual([
		false,
		false,
		false,
		false,
	]);
	const table = markdown(r);
	expect(table).toContain('| Sơ kết | cold |');
	expect(table).toContain('| review pages with JavaScript: none | 1 of 11 | ✗ |');
});

test('a larger run is compared per report with the baseline run, cold; a smaller or missing one gives no verdict', () => {
	const base = { ...result([run('so-ket', 'cold', 40_000)]), reports: 10_000 };
	const large = { ...result([run('so-ket', 'cold', 230_000)]), reports: 50_000 };
	const g = growth(large, base)!;
	expect(g.ratio).toBeCloseTo(1.15, 5);
	expect([g.perReport, g.basePerReport, g.baselineReports, g.met]).toEqual([4.6, 4, 10_000, true]);
	expect(growth({ ...large, runs: [run('so-ket', 'cold', 260_000)] }, base)!.met).toBe(false);
	expect([growth(base, large), growth(large, undefined)]).toEqual([undefined, undefined]);
	expect(markdown(large, base)).toContain(
		'| cold time per report ≤ 1.2× the 10,000-report run | 1.15× (4.60 ms against 4.00 ms) | ✓ |'
	);
	expect(markdown(base)).not.toContain('time per report');
});

/** A run of several phases, as the two pipelines report them: ours in three, Hugo's in two. */
const phased = (
	pipeline: Run['pipeline'],
	scenario: Run['scenario'],
	round: number,
	generation: number[],
	index: number
): Run => {
	const names = pipeline === 'so-ket' ? ['content load', 'pages'] : ['pages'];
	const phases = [
		...names.map((name, i) => ({ name, ms: generation[i]!, peakRss: 1e9 })),
		{ name: 'search index', ms: index, peakRss: 1e9 },
	];
	return {
		pipeline,
		scenario,
		round,
		ms: phases.reduce((sum, p) => sum + p.ms, 0),
		peakRss: 1e9,
		phases,
		...(pipeline === 'so-ket' && { rendered: scenario === 'cold' ? 10 : scenario === 'one change' ? 1 : 0 }),
	};
};

test('three rounds per pipeline: the verdict uses the medians, the range is shown, and generation and indexing are compared apart', () => {
	const runs = [
		phased('so-ket', 'cold', 1, [10_000, 10_000], 20_000),
		phased('hugo', 'cold', 1, [8000], 22_000),
		phased('hugo', 'cold', 2, [7000], 24_000),
		phased('so-ket', 'cold', 2, [12_000, 12_000], 30_000),
		// One slow outlier each: the median ignores it.
		phased('so-ket', 'cold', 3, [30_000, 30_000], 40_000),
		phased('hugo', 'cold', 3, [20_000], 60_000),
	];
	const r: BenchResult = { ...at10k(runs), rounds: 3 };
	expect(runStats(runs, 'so-ket', 'cold')).toEqual({
		runs: 3,
		ms: 54_000,
		range: [40_000, 100_000],
		generation: 24_000,
		searchIndex: 30_000,
		peakRss: 1e9,
	});
	expect(runStats(runs, 'hugo', 'cold')).toMatchObject({
		runs: 3,
		ms: 31_000,
		range: [30_000, 80_000],
		generation: 8000,
		searchIndex: 24_000,
	});
	const x = ratios(r, 'cold')!;
	expect([x.total, x.generation, x.searchIndex].map((n) => n.toFixed(3))).toEqual([
		(54 / 31).toFixed(3),
		'3.000',
		'1.250',
	]);
	expect(verdicts(r).cold).toEqual({ ratio: 54 / 31, met: false });
	const table = markdown(r);
	expect(table).toContain('| Sơ kết | cold | 3 | 54.0 s (40.0 s to 100.0 s) | 24.0 s | 30.0 s | 954 MB |');
	expect(table).toContain('| cold | 1.74× | 3.00× | 1.25× |');
	expect(table).toContain('| 2 | Hugo + pagefind | cold |');
});

test('every result says what each side builds, indexes and reuses, and any note about the machine', () => {
	const side = {
		pages: { 'unit pages': 11, 'tier pages': 3 },
		indexing: 'pagefind in 2 shards.',
		reused: 'unchanged shards.',
	};
	const table = markdown({
		...at10k([run('so-ket', 'cold', 1000)]),
		sides: {
			'so-ket': side,
			hugo: { pages: { 'report pages': 10 }, indexing: 'one pagefind run.', reused: 'nothing.' },
		},
		note: 'The machine was shared.',
	});
	expect(table).toContain(
		'- **Sơ kết** writes 11 unit pages, 3 tier pages. Search index: pagefind in 2 shards. Reused between builds: unchanged shards.'
	);
	expect(table).toContain(
		'- **Hugo + pagefind** writes 10 report pages. Search index: one pagefind run. Reused between builds: nothing.'
	);
	expect(table).toContain('The machine was shared.');
});

test("the comparison is refused when either search index or the reference's pages do not hold one record per report", () => {
	const checks = at10k([]).checks;
	expect(unevenComparison({ ...checks, hugoPages: 10, hugoIndexRecords: 10 }, 10)).toEqual([]);
	expect(unevenComparison({ ...checks, hugoPages: 11, hugoIndexRecords: 10 }, 10)).toEqual([
		'Hugo wrote 11 report pages',
	]);
	expect(unevenComparison({ ...checks, hugoPages: 10, hugoIndexRecords: 9 }, 10)).toEqual([
		"Hugo's search index holds 9 records",
	]);
	expect(unevenComparison({ ...checks, indexRecords: 12 }, 10)).toEqual([
		"Sơ kết's search index holds 12 report records",
	]);
});

const searched = (page: string, ms: number[][], requests = 20, bytes = 300_000): SearchMeasurement => ({
	page,
	queries: ms.map((samples, i) => ({
		kind: `k${i}`,
		q: `q${i}`,
		samples: samples.map((m) => ({ ms: m, requests, bytes, shown: 10 })),
	})),
});

test("search: the median of each query's median, judged against the reference at 10,000 and against 1.5 s at 50,000", () => {
	expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, NaN]);
	const ours = searched(
		'/tim-kiem/',
		[
			[900, 1000, 5000],
			[1200, 1100, 1300],
			[700, 800, 600],
			[2000, 2100, 1900],
		],
		40,
		700_000
	);
	expect(searchSummary(ours)).toMatchObject({ ms: 1100, range: [600, 5000], requests: 40, bytes: 700_000 });
	const theirs = searched('/tim-kiem/', [[1000], [1000], [1000], [1000]], 19, 320_000);
	const v = verdicts({ ...at10k([]), search: { 'so-ket': ours, hugo: theirs } }).search!;
	expect([v.time, v.requests, v.bytes]).toEqual([false, false, false]);
	const fast = searched('/tim-kiem/', [[900], [950], [1000], [800]], 38, 640_000);
	const w = verdicts({ ...at10k([]), search: { 'so-ket': fast, hugo: theirs } }).search!;
	expect([w.time, w.requests, w.bytes]).toEqual([true, true, true]);
	expect(verdicts({ ...at10k([]), reports: 50_000, search: { 'so-ket': fast } }).search!.time).toBe(true);
	expect(verdicts({ ...at10k([]), reports: 50_000, search: { 'so-ket': ours } }).search!.time).toBe(true);
	expect(verdicts({ ...at10k([]), reports: 50_000, search: { 'so-ket': searched('/', [[1600]]) } }).search!.time).toBe(
		false
	);
	expect(
		verdicts({ ...at10k([]), reports: 1000, search: { 'so-ket': fast, hugo: theirs } }).search!.time
	).toBeUndefined();
	expect(markdown({ ...at10k([]), search: { 'so-ket': fast, hugo: theirs } })).toContain(
		'| **median over queries** | | Sơ kết | **925 ms** | **38** | **625 KB** |'
	);
});
