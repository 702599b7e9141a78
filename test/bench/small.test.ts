// The benchmark at a small size, as part of the suite: a generated campaign of 200 reports is built with its search
// index, and the counts must be right. Correctness only: nothing here is timed.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BENCH_AS_OF, BENCH_CAMPAIGN, generateCampaign, type GeneratedCampaign } from '../../bench/generate-campaign.ts';
import { htmlPages, indexedPageCount, pagesWithScripts, searchRecords, tableRows } from '../../bench/site-check.ts';
import { astroBuild, page, scratchProject } from '../helpers/site.ts';

const REPORTS = 200;
// Pages that do not depend on the roster: home, guide, search, send page, 404; the campaign's overview, compliance
// table, urging list, synthesis, lessons overview and three tier pages.
const FIXED_PAGES = 13;
// Lessons per lessons page in this build: small enough that the larger themes run to several pages.
const LESSONS_PER_PAGE = 100;
const LESSONS = `${BENCH_CAMPAIGN}/bai-hoc/`;

let root: string;
let out: string;
let log: string;
let generated: GeneratedCampaign;
let roster: { id: string; name: string; tier: string; parent?: string }[];
let reported: Set<string>;
beforeAll(async () => {
  root = scratchProject((content) => {
    rmSync(content, { recursive: true });
    generated = generateCampaign(content, REPORTS, 5);
  });
  out = join(root, 'dist');
  log = await astroBuild(root, out, { AS_OF: BENCH_AS_OF, LESSONS_PER_PAGE: String(LESSONS_PER_PAGE) });
  roster = parse(readFileSync(join(root, 'content/units', `${BENCH_CAMPAIGN}.yaml`), 'utf8')) as typeof roster;
  reported = new Set(readdirSync(join(root, 'content/reviews', BENCH_CAMPAIGN)).map((f) => f.replace(/\.mdx$/, '')));
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('every report is rendered once, and the roster is 3% larger', () => {
  expect(log).toMatch(new RegExp(`\\[so-ket-reviews\\] ${REPORTS} reports: ${REPORTS} processed`));
  expect(reported.size).toBe(REPORTS);
  expect(roster).toHaveLength(generated.units);
  expect(generated.units).toBe(206);
});

/** The lessons pages (not the overview), as paths of their index.html. */
const lessonPages = () => htmlPages(out).filter((p) => p.startsWith(LESSONS) && p !== `${LESSONS}index.html`);

test('one page per rostered unit, plus the fixed pages and the lessons pages', () => {
  const pages = htmlPages(out);
  const unitPages = pages.filter((p) => p.startsWith(`${BENCH_CAMPAIGN}/don-vi/`)).map((p) => p.split('/')[2]);
  expect(unitPages.sort()).toEqual(roster.map((u) => u.id).sort());
  expect(pages).toHaveLength(roster.length + FIXED_PAGES + lessonPages().length);
});

test('every lesson of every report is on one lessons page of its tier, no page holds more than the page size, and long themes run on', () => {
  const lessonsOf = (html: string) => [...html.matchAll(/<li data-lesson="([^"]+)"[^>]*?( data-pagefind-ignore="all")?>/g)].map((m) => ({ id: m[1]!, repeat: !!m[2] }));
  const listed = lessonPages().map((p) => ({ path: p, tier: p.split('/')[2]!, lessons: lessonsOf(readFileSync(join(out, p), 'utf8')) }));
  for (const p of listed) expect(p.lessons.length, p.path).toBeLessThanOrEqual(LESSONS_PER_PAGE);
  expect(listed.some((p) => /\/\d+\/index\.html$/.test(p.path)), 'some theme runs to a second page').toBe(true);
  const expected = [...reported].flatMap((id) => {
    const box = /<section class="lessons"[^>]*>[\s\S]*?<\/ol>/.exec(page(out, `${BENCH_CAMPAIGN}/don-vi/${id}`))![0];
    const tier = roster.find((u) => u.id === id)!.tier;
    return [...box.matchAll(/<li>/g)].map((_, i) => `${tier} ${id}-${i + 1}`);
  });
  const first = listed.flatMap((p) => p.lessons.filter((l) => !l.repeat).map((l) => `${p.tier} ${l.id}`));
  expect(first.sort()).toEqual(expected.sort());
  const all = new Set(listed.flatMap((p) => p.lessons.map((l) => `${p.tier} ${l.id}`)));
  expect(all.size).toBe(expected.length);
});

test('the search index holds one record per report, at its unit\'s page, and the lessons pages', () => {
  const searchable = lessonPages().filter((p) => readFileSync(join(out, p), 'utf8').includes('data-pagefind-body')).map((p) => `/${p.replace(/index\.html$/, '')}`);
  expect(searchable.length).toBeGreaterThan(0);
  expect(indexedPageCount(out)).toBe(REPORTS + searchable.length);
  const urls = searchRecords(out).map((r) => r.url);
  expect(urls.filter((u) => u.startsWith(`/${LESSONS}`)).sort()).toEqual(searchable.sort());
  expect(urls.filter((u) => !u.startsWith(`/${LESSONS}`)).sort()).toEqual([...reported].map((id) => `/${BENCH_CAMPAIGN}/don-vi/${id}/`).sort());
});

test('the compliance table has a row per unit, and each tier table a row per unit of its tier', () => {
  expect(tableRows(page(out, `${BENCH_CAMPAIGN}/tien-do`), 'tien-do')).toHaveLength(roster.length);
  for (const tier of ['tinh', 'huyen', 'co-so'])
    expect(tableRows(page(out, `${BENCH_CAMPAIGN}/cap/${tier}`), 'don-vi'), tier).toHaveLength(roster.filter((u) => u.tier === tier).length);
});

test('each district page lists its own units, one row each', () => {
  for (const district of roster.filter((u) => u.tier === 'huyen')) {
    const children = roster.filter((u) => u.parent === district.id);
    expect(children.length).toBeGreaterThan(0);
    const rows = tableRows(page(out, `${BENCH_CAMPAIGN}/don-vi/${district.id}`), 'truc-thuoc');
    expect(rows.map((r) => children.find((c) => r.startsWith(`${c.name} `))?.id).sort(), district.id).toEqual(children.map((c) => c.id).sort());
  }
});

test('a reporting unit\'s page shows its report; a silent one says nothing was received', () => {
  for (const unit of roster) {
    const html = page(out, `${BENCH_CAMPAIGN}/don-vi/${unit.id}`);
    if (reported.has(unit.id)) expect(html, unit.id).toMatch(/<section class="lessons"[^>]*>[\s\S]*?<ol><li>/);
    else expect(html, unit.id).toContain('Chưa nhận được báo cáo sơ kết');
  }
});

test('no review page carries a script', () => {
  const reviewPages = htmlPages(out).filter((p) => p.startsWith(`${BENCH_CAMPAIGN}/don-vi/`));
  expect(pagesWithScripts(out, reviewPages)).toEqual([]);
});
