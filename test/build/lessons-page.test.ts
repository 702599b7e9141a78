// The lessons page of the built sample site against the review pages it gathers lessons from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { page, ROOT, sampleSite } from '../helpers/site.ts';

const roster = parse(readFileSync(join(ROOT, 'content/units/kl120-2021.yaml'), 'utf8')) as { id: string; name: string; tier: string }[];
const campaign = parse(readFileSync(join(ROOT, 'content/campaigns/kl120-2021.yaml'), 'utf8')) as { tiers: { id: string; name: string }[]; lessonThemes: { id: string; name: string }[] };
const reviewed = readdirSync(join(ROOT, 'content/reviews/kl120-2021')).map((f) => f.replace(/\.mdx$/, ''));
const decode = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();

let lessonsPage: string;
let out: string;
beforeAll(async () => {
  out = await sampleSite();
  lessonsPage = page(out, 'kl120-2021/bai-hoc');
});

/** The lessons a review page lists in its summary box. */
function lessonsOf(unit: string): string[] {
  const html = page(out, `kl120-2021/don-vi/${unit}`);
  const box = html.slice(html.indexOf('<section class="lessons"'), html.indexOf('</section>', html.indexOf('<section class="lessons"')));
  return [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]!));
}

test('every lesson of every report is listed under its unit\'s tier, linking to the report\'s lessons section', () => {
  const tierSections = new Map(campaign.tiers.map((t) => {
    const start = lessonsPage.indexOf(`<section data-tier="${t.id}"`);
    return [t.id, start < 0 ? '' : lessonsPage.slice(start, lessonsPage.indexOf('<section data-tier=', start + 1) >>> 0)];
  }));
  let total = 0;
  for (const unit of reviewed) {
    const { name, tier } = roster.find((u) => u.id === unit)!;
    const lessons = lessonsOf(unit);
    expect(lessons.length, unit).toBeGreaterThan(0);
    total += lessons.length;
    const section = tierSections.get(tier)!;
    const review = page(out, `kl120-2021/don-vi/${unit}`);
    const anchor = /<a href="#([^"]+)">Đọc trong báo cáo<\/a>/.exec(review)![1]!;
    const entries = [...section.matchAll(/<li data-lesson="[^"]*"[^>]*>([\s\S]*?) <a href="([^"]+)">([^<]+)<\/a><\/li>/g)].filter((m) => m[3] === name);
    for (const lesson of lessons) expect(entries.some((m) => decode(m[1]!) === lesson), `${unit}: ${lesson}`).toBe(true);
    for (const m of entries) expect(m[2], unit).toBe(`/kl120-2021/don-vi/${unit}/#${anchor}`);
  }
  expect(lessonsPage).toContain(`${total} bài học kinh nghiệm rút ra trong ${reviewed.length} báo cáo sơ kết`);
});

test('within each tier, lessons are grouped by the campaign\'s themes, in the campaign\'s order, and only the lessons are searchable', () => {
  const order = new Map<string, number>([...campaign.lessonThemes.map((t, i) => [t.name, i] as [string, number]), ['Bài học khác', Infinity]]);
  const tiers = lessonsPage.split('<section data-tier=').slice(1);
  expect(tiers.length).toBeGreaterThan(1);
  for (const tier of tiers) {
    const ranks = [...tier.matchAll(/<h3 id="[^"]+">([^<]+)<\/h3>/g)].map((m) => order.get(m[1]!));
    expect(ranks.length).toBeGreaterThan(1);
    for (const rank of ranks) expect(rank).toBeDefined();
    expect(ranks).toEqual([...ranks].sort((a, b) => a! - b!));
  }
  const body = lessonsPage.slice(lessonsPage.indexOf('data-pagefind-body'));
  expect(body.indexOf('<form')).toBe(-1);
  expect(lessonsPage.indexOf('data-pagefind-body')).toBeGreaterThan(lessonsPage.indexOf('Theo cấp'));
});
