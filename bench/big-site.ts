#!/usr/bin/env node
// Builds the site once over a generated campaign of N reports (the benchmark's generator) and prints its heaviest
// pages: how page weight is checked at national scale without the benchmark's rounds. `--dir` reuses a folder: the
// content is generated once, the code is copied afresh each run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { BENCH_AS_OF, BENCH_CAMPAIGN, describeCampaign, generateCampaign, holdsCampaign } from './generate-campaign.ts';
import { searchReference } from './search-reference.ts';
import { measureSearch, rareUnit, searchQueries } from './search-latency.ts';
import { HUGO_SEARCH_PATH, siteProject } from './project.ts';
import { describeMachine, searchLines, searchVerdict, seconds } from './results.ts';
import { heaviestPages, indexedPageCount, MAX_PAGE_BYTES, reportRecordCount } from './site-check.ts';
import { settleDisk } from './measure.ts';
import { benchedCommit } from './commit.ts';

const HELP = `Xây dựng một lần trang web với N báo cáo tổng hợp và in các trang nặng nhất.
Builds the site once over N generated reports, prints its heaviest HTML pages and writes them to
bench/results/<N>-reports-page-weight.md and .json (so a README number can cite a committed run).

Usage: npm run big-site -- --reports N [--dir DIR] [--seed S] [--note TEXT] [--search]

  --reports N   reports to generate (default 10000)
  --dir DIR     work folder (kept; its content is reused when present), default a new temporary folder
  --seed S      seed of the generator (default 120)
  --note TEXT   a sentence for the result, e.g. that other work shared the machine
  --search      also time the search page against Hugo + pagefind over the same reports (built once in DIR/hugo,
                reused when it holds them all) and write bench/results/<N>-reports-search.md and .json

Exit code 1 when a page is larger than ${MAX_PAGE_BYTES} bytes, or when the search misses its target.`;

const { values } = parseCli(
	process.argv.slice(2),
	{
		reports: { type: 'string', default: '10000' },
		dir: { type: 'string' },
		seed: { type: 'string', default: '120' },
		note: { type: 'string' },
		search: { type: 'boolean', default: false },
	},
	HELP
);
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports < 1) {
	console.error(`--reports takes a whole number\n\n${HELP}`);
	process.exit(EXIT.usage);
}
const REPO = resolve(import.meta.dirname, '..');
const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'so-ket-big-'));
const site = join(work, 'site');
const content = join(site, 'content');
const described = existsSync(content) ? describeCampaign(content, reports, Number(values.seed)) : undefined;
const hadContent = described !== undefined && holdsCampaign(described);
if (described && !hadContent) {
	console.error(`${content} is not the campaign of ${reports} reports, seed ${values.seed}: generating it again`);
	rmSync(content, { recursive: true, force: true });
	rmSync(join(work, 'hugo'), { recursive: true, force: true });
	// The caches and output of the run that left it would make this build a warm one.
	for (const entry of ['.astro-cache', 'dist']) rmSync(join(site, entry), { recursive: true, force: true });
}
if (existsSync(site))
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules'])
		rmSync(join(site, entry), { recursive: true, force: true });
siteProject(REPO, site);
const generated = hadContent ? described : generateCampaign(content, reports, Number(values.seed));
if (!hadContent)
	console.error(`generated ${generated.reports.length} reports for ${generated.units} units in ${content}`);
settleDisk();
const loadAtStart = loadavg()[0]!;
const started = Date.now();
const built = spawnSync(
	join(REPO, 'node_modules', '.bin', 'node'),
	[join(REPO, 'scripts', 'build.ts'), '--root', site, '--outDir', join(site, 'dist')],
	{
		cwd: site,
		env: { ...process.env, AS_OF: BENCH_AS_OF, SOKET_CACHE_DIR: join(site, '.astro-cache') },
		stdio: ['ignore', 'ignore', 'inherit'],
	}
);
if (built.status !== 0) process.exit(EXIT.problems);
const ms = Date.now() - started;
const heavy = heaviestPages(join(site, 'dist'), 10);
const downloads = ['tien-do.json', 'tien-do/du-lieu.json'].map((f) => {
	const path = join(site, 'dist', 'so-ket-thu', f);
	return { file: f, bytes: existsSync(path) ? statSync(path).size : null };
});
const commit = benchedCommit(REPO);
const result = {
	date: new Date().toISOString().slice(0, 10),
	commit,
	reports,
	seed: Number(values.seed),
	machine: describeMachine(REPO, loadAtStart),
	buildMs: ms,
	reusedContent: hadContent,
	limitBytes: MAX_PAGE_BYTES,
	heaviestPages: heavy,
	downloads,
	...(values.note && { note: values.note }),
};
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const md = [
	`### Page weight at ${reports.toLocaleString('en')} reports, seed ${result.seed}, ${result.date} (commit ${commit})`,
	'',
	`One build of the benchmark's generated campaign (\`npm run big-site\`), ${seconds(ms)}${hadContent ? ' (content generated by an earlier run)' : ''}; Node ${result.machine.node}, Astro ${result.machine.astro}, load average ${result.machine.load[0].toFixed(2)} at the start, ${result.machine.load[1].toFixed(2)} at the end.${values.note ? ` ${values.note}` : ''}`,
	'',
	`| heaviest HTML pages (limit ${kb(MAX_PAGE_BYTES)}) | bytes |`,
	'|---|---|',
	...heavy.map((p) => `| ${p.path} | ${p.bytes.toLocaleString('en')} |`),
	'',
	`Downloads (complete, not limited): ${downloads.map((d) => `${d.file} ${d.bytes === null ? '—' : kb(d.bytes)}`).join(', ')}.`,
	'',
].join('\n');
const out = join(REPO, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${reports}-reports-page-weight.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(out, `${reports}-reports-page-weight.md`), md);
console.log(md);
console.log(`written: bench/results/${reports}-reports-page-weight.md and .json`);
const tooHeavy = heavy[0] !== undefined && heavy[0].bytes > MAX_PAGE_BYTES;
if (!values.search) process.exit(tooHeavy ? EXIT.problems : EXIT.ok);

// The search page against the reference, on the site just built.
const dist = join(site, 'dist');
const indexed = reportRecordCount(dist);
const hugoPublic = searchReference(
	join(site, 'content', 'reviews', BENCH_CAMPAIGN),
	join(work, 'hugo'),
	reports,
	(line) => console.error(line)
);
const referenceRecords = indexedPageCount(hugoPublic);
if (indexed !== reports || referenceRecords !== reports) {
	console.error(
		`✗ the two sides do not hold the same reports: Sơ kết's index ${indexed} report records, the reference's ${referenceRecords}, expected ${reports}`
	);
	process.exit(EXIT.problems);
}
const shards = (JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { bundles: string[] })
	.bundles.length;
const searchLoad = loadavg()[0]!;
const search = await measureSearch(
	[
		{ name: 'so-ket', dir: dist, page: '/tim-kiem/' },
		{ name: 'hugo', dir: hugoPublic, page: HUGO_SEARCH_PATH },
	],
	searchQueries(rareUnit(generated.unitNames)),
	3,
	(line) => console.error(line)
);
const measured = { search: { 'so-ket': search['so-ket']!, hugo: search['hugo']! }, reports };
const verdict = searchVerdict(measured)!;
const searchResult = {
	date: new Date().toISOString().slice(0, 10),
	commit,
	seed: Number(values.seed),
	machine: describeMachine(REPO, searchLoad),
	shards: shards + 1,
	indexRecords: { 'so-ket': indexed, hugo: referenceRecords },
	...measured,
	...(values.note && { note: values.note }),
};
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
const searchMd = [
	`### Search at ${reports.toLocaleString('en')} reports, seed ${searchResult.seed}, ${searchResult.date} (commit ${commit})`,
	'',
	`The site of the page-weight run beside it (\`npm run big-site -- --search\`), searched in ${searchResult.shards} shards, against the reference: the same ${reports.toLocaleString('en')} reports as Hugo pages (one template) indexed by pagefind's command once, one index. Both indexes hold ${reports.toLocaleString('en')} report records. Node ${searchResult.machine.node}, pagefind ${searchResult.machine.pagefind}, load average ${searchResult.machine.load[0].toFixed(2)} at the start, ${searchResult.machine.load[1].toFixed(2)} at the end.${values.note ? ` ${values.note}` : ''}`,
	'',
	...searchLines(measured, verdict),
	`Verdicts on the medians over queries: time to first results ${Math.round(verdict.ours.ms)} ms against ${Math.round(verdict.theirs!.ms)} ms${reports >= 50_000 ? ' (target at 50,000: at most 1.5 s)' : " (target: at most the reference's)"}${mark(verdict.time)}; requests ${verdict.ours.requests} against ${verdict.theirs!.requests}${mark(verdict.requests)}; bytes ${kb(verdict.ours.bytes)} against ${kb(verdict.theirs!.bytes)}${mark(verdict.bytes)}.`,
	'',
].join('\n');
writeFileSync(join(out, `${reports}-reports-search.json`), `${JSON.stringify(searchResult, null, 2)}\n`);
writeFileSync(join(out, `${reports}-reports-search.md`), searchMd);
console.log(searchMd);
console.log(`written: bench/results/${reports}-reports-search.md and .json`);
const missed = [verdict.time, verdict.requests, verdict.bytes].includes(false);
process.exit(tooHeavy || missed ? EXIT.problems : EXIT.ok);
