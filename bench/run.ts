#!/usr/bin/env node
// Benchmark (issues 7 and 16): builds a synthetic campaign cold, after one changed report and after no change, in
// rounds, optionally alternating with Hugo + pagefind on the same Markdown; then times the search page in Chromium on
// both sites, and writes the results under bench/results/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { BENCH_AS_OF, BENCH_CAMPAIGN, generateCampaign, reviseReport } from './generate-campaign.ts';
import { benchedCommit } from './commit.ts';
import { ensureHugo } from './hugo.ts';
import { measure, settleDisk, type Measurement, type PhaseSpec } from './measure.ts';
import { copyAllToHugo, copyToHugo, HUGO_SEARCH_PATH, hugoProject, siteProject } from './project.ts';
import {
	BASELINE_REPORTS,
	describeMachine,
	gigabytes,
	markdown,
	SCENARIOS,
	seconds,
	unevenComparison,
	verdicts,
	type BenchResult,
	type Checks,
	type Run,
	type Scenario,
	type Side,
} from './results.ts';
import { measureSearch, rareUnit, searchQueries } from './search-latency.ts';
import {
	cssBytes,
	heaviestPages,
	htmlPages,
	indexedPageCount,
	MAX_PAGE_BYTES,
	pagedTableRows,
	pagesWithScripts,
	reportRecordCount,
} from './site-check.ts';
import { PAGES_PER_SHARD } from '../src/lib/search/shards.ts';

const HELP = `Đo thời gian và bộ nhớ khi xây dựng trang với một đợt sơ kết tổng hợp.
Benchmarks the build of a synthetic campaign: cold, after one changed report, after no change.

Usage: npm run bench -- --reports N [--compare hugo] [--rounds R] [--note TEXT] [--keep] [--seed S]

  --reports N       reports to generate (default 1000)
  --compare hugo    also build the same Markdown with Hugo and index it with pagefind, and print the ratios
  --rounds R        rounds of cold, one change, no change per pipeline, alternating (default 3); medians are judged
  --note TEXT       a sentence for the results, e.g. that other work shared the machine
  --keep            keep the temporary folder (its path is printed)
  --seed S          seed of the generator (default 120): the same seed gives the same campaign

Results: bench/results/<N>-reports.md and .json.`;

const { values } = parseCli(
	process.argv.slice(2),
	{
		reports: { type: 'string', default: '1000' },
		compare: { type: 'string' },
		keep: { type: 'boolean', default: false },
		seed: { type: 'string', default: '120' },
		rounds: { type: 'string', default: '3' },
		note: { type: 'string' },
	},
	HELP
);
const reports = Number(values.reports);
const seed = Number(values.seed);
const rounds = Number(values.rounds);
if (
	!Number.isInteger(reports) ||
	reports < 1 ||
	!Number.isInteger(seed) ||
	!Number.isInteger(rounds) ||
	rounds < 1 ||
	(values.compare !== undefined && values.compare !== 'hugo')
) {
	console.error(`--reports, --seed and --rounds take whole numbers, --compare takes "hugo"\n\n${HELP}`);
	process.exit(EXIT.usage);
}

const REPO = resolve(import.meta.dirname, '..');
const BIN = join(REPO, 'node_modules', '.bin');
const tty = process.stderr.isTTY;
const progress = (text: string) =>
	tty && process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns || 120) - 1)}`);
const say = (text: string) => (tty ? process.stderr.write(`\r\x1b[K${text}\n`) : console.error(text));

// Phases of an Astro build, told apart by its log lines.
const ASTRO_PHASES: PhaseSpec[] = [
	{ name: 'content load', markers: [/\[content\] Synced content/] },
	{ name: 'pages', markers: [/generating static routes/, /Completed in/] },
	{ name: 'search index', markers: [/page\(s\) built in/] },
];

function failed(what: string, m: Measurement): never {
	throw new Error(
		`✗ ${what} failed (exit ${m.exitCode}); its last lines:\n${m.output.split('\n').slice(-40).join('\n')}`
	);
}

/** Measures one command with a progress line; `label` names the run, `total` is the number of pages expected. */
async function run(
	label: string,
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string>,
	phases: PhaseSpec[],
	total?: number
) {
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
			progress(
				`${label} · ${phase}${phase === 'pages' && total ? ` ${pages}/${total}` : ''} · ${seconds(ms)} · ${gigabytes(rss)}`
			);
		},
	});
	// Each command's output stays beside the runs (see --keep), for finding where the time went.
	writeFileSync(
		join(
			work,
			'logs',
			`${label
				.replace('Sơ kết', 'so-ket')
				.replace(/[^A-Za-z0-9]+/g, '-')
				.toLowerCase()}.log`
		),
		m.output
	);
	if (m.exitCode !== 0) failed(label, m);
	return m;
}

const readVersion = (pkg: string) =>
	(JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Pages of our site by kind, from their paths. */
function pageKinds(dist: string): Record<string, number> {
	const kinds: Record<string, number> = {
		'unit pages (a report, or the unit without one)': 0,
		'tier pages': 0,
		'lessons pages': 0,
		'other pages (home, guide, search, 404, campaign overview, compliance table, urging list, synthesis)': 0,
	};
	const [units, tiers, lessons, other] = Object.keys(kinds) as [string, string, string, string];
	for (const page of htmlPages(dist)) {
		const kind = page.startsWith(`${BENCH_CAMPAIGN}/don-vi/`)
			? units
			: page.startsWith(`${BENCH_CAMPAIGN}/cap/`)
				? tiers
				: page.startsWith(`${BENCH_CAMPAIGN}/bai-hoc/`)
					? lessons
					: other;
		kinds[kind]!++;
	}
	return kinds;
}

/**
 * Counts what both sites hold after their first cold build, and stops the benchmark when either side's search index
 * or the reference's pages do not match the reports: the comparison would then not be of the same work.
 */
function checkSites(dist: string, units: number, hugoPublic: string | undefined): Checks {
	const pages = htmlPages(dist);
	const reviewPages = pages.filter((p) => p.startsWith(`${BENCH_CAMPAIGN}/don-vi/`));
	const css = cssBytes(dist, pages);
	const largestPage = heaviestPages(dist)[0] ?? { path: '', bytes: 0 };
	const checks: Checks = {
		pages: pages.length,
		// Lessons pages are indexed too; the reports' own records are the ones to count.
		indexRecords: reportRecordCount(dist),
		expectedIndexRecords: reports,
		// The table runs over several pages (tien-do/, tien-do/2/…): every unit on one of them.
		complianceRows: pagedTableRows(dist, join(BENCH_CAMPAIGN, 'tien-do'), 'tien-do').length,
		expectedComplianceRows: units,
		reviewPages: reviewPages.length,
		reviewPagesWithScripts: pagesWithScripts(dist, reviewPages).length,
		cssFileBytes: css.files,
		cssInlineBytesPerPage: css.inlinePerPage,
		largestPage,
	};
	if (hugoPublic) {
		checks.hugoIndexRecords = indexedPageCount(hugoPublic);
		checks.hugoPages = htmlPages(hugoPublic).filter((p) => p.startsWith('reviews/')).length;
	}
	const wrong = unevenComparison(checks, reports);
	if (wrong.length)
		throw new Error(
			`✗ The two sides do not hold the same ${reports} reports: ${wrong.join('; ')}. The comparison would be uneven, so no result is written.`
		);
	return checks;
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
	const generated = generateCampaign(join(site, 'content'), reports, seed, (done, all) =>
		progress(`generating reports ${done}/${all}`)
	);
	say(
		`generated ${generated.reports.length.toLocaleString('en')} reports for ${generated.units.toLocaleString('en')} units`
	);
	if (values.compare === 'hugo') {
		hugo = ensureHugo(say);
		hugoProject(hugoRoot);
		copyAllToHugo(join(site, 'content', 'reviews', BENCH_CAMPAIGN), hugoRoot);
	}
	const expectedPages = generated.units + 8;
	const hugoPublic = join(hugoRoot, 'public');

	const buildOurs = async (scenario: Scenario, round: number) => {
		const m = await run(
			`Sơ kết, ${scenario}, round ${round}`,
			// The project's build command (`npm run build`), as a user runs it.
			join(BIN, 'node'),
			[join(REPO, 'scripts', 'build.ts'), '--root', site, '--outDir', dist],
			site,
			{ AS_OF: BENCH_AS_OF, SOKET_CACHE_DIR: join(site, '.astro-cache') },
			ASTRO_PHASES,
			expectedPages
		);
		const rendered = Number(/(\d+) reports: (\d+) processed/.exec(m.output)?.[2] ?? NaN);
		// Astro logs a page it copied from its incremental build cache as "(cached)" or "(restored)".
		const copied = m.output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
		const indexed = /in (\d+) shard\(s\), (\d+) indexed anew/.exec(m.output);
		const shards = indexed ? { total: Number(indexed[1]), rebuilt: Number(indexed[2]) } : undefined;
		runs.push({
			pipeline: 'so-ket',
			scenario,
			round,
			ms: m.ms,
			peakRss: m.peakRss,
			phases: m.phases,
			rendered,
			copied,
			...(shards && { shards }),
		});
		say(
			`Sơ kết, ${scenario}, round ${round}: ${seconds(m.ms)}, peak ${gigabytes(m.peakRss)}, ${rendered} reports rendered, ${copied} pages copied${shards ? `, ${shards.rebuilt} of ${shards.total} search shards indexed` : ''}`
		);
	};
	const buildHugo = async (scenario: Scenario, round: number) => {
		if (!hugo) return;
		const built = await run(
			`Hugo, ${scenario}, round ${round}`,
			hugo,
			['--source', hugoRoot, '--destination', hugoPublic],
			hugoRoot,
			{},
			[{ name: 'pages', markers: [] }]
		);
		const indexed = await run(
			`pagefind over Hugo, ${scenario}, round ${round}`,
			join(BIN, 'pagefind'),
			['--site', hugoPublic],
			hugoRoot,
			{},
			[{ name: 'search index', markers: [] }]
		);
		const phases = [built.phases[0]!, indexed.phases[0]!];
		runs.push({
			pipeline: 'hugo',
			scenario,
			round,
			ms: built.ms + indexed.ms,
			peakRss: Math.max(built.peakRss, indexed.peakRss),
			phases,
		});
		say(
			`Hugo + pagefind, ${scenario}, round ${round}: ${seconds(built.ms + indexed.ms)}, peak ${gigabytes(Math.max(built.peakRss, indexed.peakRss))}`
		);
	};
	// A cold build starts from nothing: no output, no caches (Astro's, the reports', the search shards').
	const wipe = () => {
		for (const dir of [dist, join(site, '.astro'), join(site, '.astro-cache'), hugoPublic, join(hugoRoot, 'resources')])
			rmSync(dir, { recursive: true, force: true });
	};

	// One unit sends a corrected report, once per round: the same change in both sites.
	const changed = join(site, 'content', generated.reports[Math.floor(generated.reports.length / 2)]!);
	let checks: Checks | undefined;
	for (let round = 1; round <= rounds; round++) {
		// The pipelines alternate which builds first, so that neither always meets the machine in the same state.
		const order = round % 2 === 1 ? [buildOurs, buildHugo] : [buildHugo, buildOurs];
		wipe();
		for (const scenario of SCENARIOS) {
			if (scenario === 'one change') {
				reviseReport(changed, round);
				if (hugo) copyToHugo(changed, hugoRoot);
			}
			for (const build of order) {
				settleDisk();
				await build(scenario, round);
			}
			if (round === 1 && scenario === 'cold') checks = checkSites(dist, generated.units, hugo ? hugoPublic : undefined);
		}
	}

	// The search page as a reader meets it, on the sites as the last builds left them.
	say('search: timing the search page in Chromium');
	const search = await measureSearch(
		[
			{ name: 'so-ket', dir: dist, page: '/tim-kiem/' },
			...(hugo ? [{ name: 'hugo', dir: hugoPublic, page: HUGO_SEARCH_PATH }] : []),
		],
		searchQueries(rareUnit(generated.unitNames)),
		3,
		(text) => (tty ? progress(text) : console.error(text))
	);
	const lastShards = runs.findLast((r) => r.pipeline === 'so-ket')?.shards;
	const sides: NonNullable<BenchResult['sides']> = {
		'so-ket': {
			command:
				"`npm run build`: `astro build` run by scripts/build.ts, which has the bundler's allocator commit memory as it is used",
			pages: pageKinds(dist),
			indexing: `pagefind ${readVersion('pagefind')}'s command, run by the build over copies of the ${checks!.indexRecords.toLocaleString('en')} report pages and the lessons pages cut to what pagefind reads and prepared for Vietnamese ("đ" folded), in ${lastShards?.total ?? '?'} shards of at most ${PAGES_PER_SHARD.toLocaleString('en')} pages indexed side by side (one per core); each shard is begun as soon as Astro has rendered its pages, by a child process at the lowest priority while the other pages are rendered (that part counts in the pages phase), the rest after the last page; the browser merges the shards.`,
			reused:
				'each report rendered once and cached on disk under the digest of its text (an unchanged report is not parsed or rendered again); a unit page whose key (the campaign files, rosters and as-of dates, the report of the unit and those of its children and counterparts) and code are unchanged is copied from the incremental build cache of Astro instead of being rendered (the other pages are rendered on every build); a search shard none of whose pages changed is linked from the build cache instead of being indexed again; the output folder is kept and pruned. A cold run starts with none of these.',
		},
		...(hugo && {
			hugo: {
				command: '`hugo`, then `pagefind --site public`',
				pages: { 'report pages (one template)': checks!.hugoPages ?? 0, 'search page': 1 },
				indexing: `pagefind ${readVersion('pagefind')}'s command, stock, once over the whole output: one index.`,
				reused: 'nothing: Hugo writes every page on each build and pagefind indexes every page again.',
			} satisfies Side,
		}),
	};

	const machine = describeMachine(REPO, loadAtStart, hugo);
	const result: BenchResult = {
		date: new Date().toISOString().slice(0, 10),
		commit: benchedCommit(REPO),
		reports,
		units: generated.units,
		seed,
		machine,
		runs,
		checks: checks!,
		rounds,
		sides,
		search: { 'so-ket': search['so-ket']!, ...(search['hugo'] && { hugo: search['hugo'] }) },
		...(values.note && { note: values.note }),
	};
	const out = join(REPO, 'bench', 'results');
	// Time per report is compared with the 10,000-report results, when this run is larger and they exist.
	const baselineFile = join(out, `${BASELINE_REPORTS}-reports.json`);
	const baseline =
		reports > BASELINE_REPORTS && existsSync(baselineFile)
			? (JSON.parse(readFileSync(baselineFile, 'utf8')) as BenchResult)
			: undefined;
	const table = markdown(result, baseline);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, `${reports}-reports.md`), table);
	writeFileSync(
		join(out, `${reports}-reports.json`),
		`${JSON.stringify({ ...result, verdicts: verdicts(result, baseline) }, (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v), 2)}\n`
	);
	say('');
	console.log(table);
	say(`written: bench/results/${reports}-reports.md and .json`);
	// A page heavier than a phone on a slow network can take fails the run, whatever the build times say.
	if (result.checks.largestPage && result.checks.largestPage.bytes > MAX_PAGE_BYTES) {
		say(
			`✗ ${result.checks.largestPage.path} is ${result.checks.largestPage.bytes.toLocaleString('en')} bytes of HTML: more than ${MAX_PAGE_BYTES.toLocaleString('en')}`
		);
		process.exitCode = 1;
	}
} catch (error) {
	say(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
} finally {
	if (values.keep) say(`kept: ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
