#!/usr/bin/env node
// Builds the site once over a generated campaign of N reports (the benchmark's generator) and prints its heaviest
// pages: how page weight is checked at national scale without the benchmark's rounds. `--dir` reuses a folder: the
// content is generated once, the code is copied afresh each run.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXIT, parseCli } from '../src/lib/cli/args.ts';
import { BENCH_AS_OF, generateCampaign } from './generate-campaign.ts';
import { siteProject } from './project.ts';
import { heaviestPages, MAX_PAGE_BYTES } from './site-check.ts';

const HELP = `Xây dựng một lần trang web với N báo cáo tổng hợp và in các trang nặng nhất.
Builds the site once over N generated reports and prints its heaviest HTML pages.

Usage: node scripts/big-site.ts --reports N [--dir DIR] [--seed S]

  --reports N   reports to generate (default 10000)
  --dir DIR     work folder (kept; its content is reused when present), default a new temporary folder
  --seed S      seed of the generator (default 120)

Exit code 1 when a page is larger than ${MAX_PAGE_BYTES} bytes.`;

const { values } = parseCli(process.argv.slice(2), { reports: { type: 'string', default: '10000' }, dir: { type: 'string' }, seed: { type: 'string', default: '120' } }, HELP);
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports < 1) {
  console.error(`--reports takes a whole number\n\n${HELP}`);
  process.exit(EXIT.usage);
}
const REPO = resolve(import.meta.dirname, '..');
const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'so-ket-big-'));
const site = join(work, 'site');
const content = join(site, 'content');
const hadContent = existsSync(content);
if (hadContent) for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'node_modules']) rmSync(join(site, entry), { recursive: true, force: true });
siteProject(REPO, site);
if (!hadContent) {
  const generated = generateCampaign(content, reports, Number(values.seed));
  console.error(`generated ${generated.reports.length} reports for ${generated.units} units in ${content}`);
}
const started = Date.now();
const built = spawnSync(join(REPO, 'node_modules', '.bin', 'astro'), ['build', '--root', site, '--outDir', join(site, 'dist')], {
  cwd: site,
  env: { ...process.env, AS_OF: BENCH_AS_OF, SOKET_CACHE_DIR: join(site, '.astro-cache') },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) process.exit(EXIT.problems);
const heavy = heaviestPages(join(site, 'dist'), 10);
console.log(`built in ${Math.round((Date.now() - started) / 1000)} s; heaviest pages of ${join(site, 'dist')}:`);
for (const p of heavy) console.log(`${String(p.bytes).padStart(10)}  ${p.path}`);
console.log(`json downloads: ${['tien-do.json', 'tien-do/du-lieu.json'].map((f) => { const path = join(site, 'dist', 'so-ket-thu', f); return existsSync(path) ? `${f} ${statSync(path).size}` : `${f} -`; }).join(', ')}`);
process.exit(heavy[0] && heavy[0].bytes > MAX_PAGE_BYTES ? EXIT.problems : EXIT.ok);
