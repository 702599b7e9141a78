// The lessons overview and the lessons pages (one per tier and theme) of the built sample site, against the review
// pages they gather lessons from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { page, ROOT, SAMPLE_AS_OF, SAMPLE_LESSONS_PER_PAGE, sampleReviewsSentBy, sampleSite } from '../helpers/site.ts';

const roster = parse(readFileSync(join(ROOT, 'content/units/kl120-2021.yaml'), 'utf8')) as {
	id: string;
	name: string;
	tier: string;
}[];
const campaign = parse(readFileSync(join(ROOT, 'content/campaigns/kl120-2021.yaml'), 'utf8')) as {
	tiers: { id: string; name: string }[];
	lessonThemes: { id: string; name: string }[];
};
// A report sent after the as-of date is not received yet, so its lessons are not gathered.
const reviewed = sampleReviewsSentBy(SAMPLE_AS_OF);
const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.trim();
const BASE = 'kl120-2021/bai-hoc';
const OTHER = { id: 'khac', name: 'Bài học khác' };
const themes = [...campaign.lessonThemes, OTHER];

interface Entry {
	text: string;
	href: string;
	unit: string;
	ignored: boolean;
}
interface LessonsPage {
	tier: string;
	theme: string;
	number: number;
	html: string;
	entries: Entry[];
}

let out: string;
let overview: string;
let pages: LessonsPage[];
beforeAll(async () => {
	out = await sampleSite();
	overview = page(out, BASE);
	pages = [];
	for (const tier of campaign.tiers) {
		for (const theme of themes) {
			for (
				let n = 1;
				existsSync(join(out, BASE, tier.id, theme.id, ...(n > 1 ? [String(n)] : []), 'index.html'));
				n++
			) {
				const html = page(out, [BASE, tier.id, theme.id, ...(n > 1 ? [String(n)] : [])].join('/'));
				const entries = [
					...html.matchAll(
						/<li data-lesson="[^"]*"[^>]*?( data-pagefind-ignore="all")?>([\s\S]*?) <a href="([^"]+)">([^<]+)<\/a><\/li>/g
					),
				].map((m) => ({ ignored: !!m[1], text: decode(m[2]!), href: m[3]!, unit: m[4]! }));
				pages.push({ tier: tier.id, theme: theme.id, number: n, html, entries });
			}
		}
	}
});

/** The lessons a review page lists in its summary box. */
function lessonsOf(unit: string): string[] {
	const html = page(out, `kl120-2021/don-vi/${unit}`);
	const box = html.slice(
		html.indexOf('<section class="lessons"'),
		html.indexOf('</section>', html.indexOf('<section class="lessons"'))
	);
	return [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]!));
}

/** The overview's part for one tier: from its section to the next. */
const tierPart = (tier: string) => {
	const start = overview.indexOf(`<section data-tier="${tier}"`);
	return start < 0 ? '' : overview.slice(start, overview.indexOf('<section data-tier=', start + 1) >>> 0);
};

test("every lesson of every report is on a page of its unit's tier, linking to the report's lessons section, and searchable exactly once", () => {
	let total = 0;
	for (const unit of reviewed) {
		const { name, tier } = roster.find((u) => u.id === unit)!;
		const lessons = lessonsOf(unit);
		expect(lessons.length, unit).toBeGreaterThan(0);
		total += lessons.length;
		const review = page(out, `kl120-2021/don-vi/${unit}`);
		const anchor = /<a href="#([^"]+)">Đọc trong báo cáo<\/a>/.exec(review)![1]!;
		const entries = pages
			.filter((p) => p.tier === tier)
			.flatMap((p) => p.entries)
			.filter((e) => e.unit === name);
		for (const lesson of lessons) {
			const listed = entries.filter((e) => e.text === lesson);
			expect(listed.length, `${unit}: ${lesson}`).toBeGreaterThan(0);
			expect(
				listed.filter((e) => !e.ignored),
				`${unit}: ${lesson} is indexed once`
			).toHaveLength(1);
		}
		for (const e of entries) expect(e.href, unit).toBe(`/kl120-2021/don-vi/${unit}/#${anchor}`);
		expect(
			pages
				.filter((p) => p.tier !== tier)
				.flatMap((p) => p.entries)
				.some((e) => e.unit === name),
			unit
		).toBe(false);
	}
	expect(overview).toContain(`${total} bài học kinh nghiệm rút ra trong ${reviewed.length} báo cáo sơ kết`);
});

test("the overview lists, per tier, each theme in the campaign's order with its count and a link to its page, and a few of its lessons", () => {
	const order = new Map(themes.map((t, i) => [t.id, i]));
	const tiers = campaign.tiers.filter((t) => tierPart(t.id));
	expect(tiers.length).toBeGreaterThan(1);
	for (const tier of tiers) {
		const part = tierPart(tier.id);
		const listed = [
			...part.matchAll(
				/<li data-theme="([^"]+)"><h3 id="[^"]+"><a href="([^"]+)">([^<]+)<\/a><\/h3>\s*<p class="muted" data-count="(\d+)">/g
			),
		].map((m) => ({ id: m[1]!, href: m[2]!, name: m[3]!, count: Number(m[4]) }));
		expect(listed.length, tier.id).toBeGreaterThan(1);
		expect(
			listed.map((l) => order.get(l.id)),
			tier.id
		).toEqual(listed.map((l) => order.get(l.id)).sort((a, b) => a! - b!));
		expect(listed.map((l) => l.id).sort()).toEqual(
			pages
				.filter((p) => p.tier === tier.id && p.number === 1)
				.map((p) => p.theme)
				.sort()
		);
		for (const l of listed) {
			expect(l.name).toBe(themes.find((t) => t.id === l.id)!.name);
			expect(l.href).toBe(`/${BASE}/${tier.id}/${l.id}/`);
			const own = pages.filter((p) => p.tier === tier.id && p.theme === l.id);
			expect(
				own.reduce((n, p) => n + p.entries.length, 0),
				`${tier.id}/${l.id}`
			).toBe(l.count);
			expect(own[0]!.html).toContain(`<h1>${l.name}</h1>`);
			const item = part.slice(
				part.indexOf(`<li data-theme="${l.id}"`),
				part.indexOf('</ul>', part.indexOf(`<li data-theme="${l.id}"`))
			);
			const samples = [...item.matchAll(/<li data-lesson="[^"]*">([\s\S]*?) <a href="[^"]+">([^<]+)<\/a><\/li>/g)].map(
				(m) => `${m[2]}: ${decode(m[1]!)}`
			);
			expect(samples.length, `${tier.id}/${l.id}`).toBeGreaterThan(0);
			expect(samples.length).toBeLessThanOrEqual(2);
			for (const sample of samples)
				expect(own.flatMap((p) => p.entries).map((e) => `${e.unit}: ${e.text}`)).toContain(sample);
		}
	}
	expect(overview, 'the overview repeats lessons that are indexed on their own pages').not.toContain(
		'data-pagefind-body'
	);
});

test('a lessons page holds at most the page size of lessons, searchable apart from its navigation and filter, and links to the overview, its tier and the other themes', () => {
	expect(pages.length).toBeGreaterThan(10);
	for (const p of pages) {
		const where = `${p.tier}/${p.theme}/${p.number}`;
		expect(p.entries.length, where).toBeGreaterThan(0);
		expect(p.entries.length, where).toBeLessThanOrEqual(SAMPLE_LESSONS_PER_PAGE);
		expect(p.html, where).toMatch(
			new RegExp(
				`<nav class="breadcrumbs"[^>]*><ol><li><a href="/kl120-2021/">Tổng quan</a></li><li><a href="/${BASE}/">Bài học kinh nghiệm</a></li><li><a href="/${BASE}/#cap-${p.tier}">`
			)
		);
		for (const other of pages.filter((o) => o.tier === p.tier && o.theme !== p.theme && o.number === 1))
			expect(p.html, where).toContain(`href="/${BASE}/${p.tier}/${other.theme}/"`);
		if (p.entries.every((e) => e.ignored)) expect(p.html, where).not.toContain('data-pagefind-body');
		else {
			const body = p.html.slice(
				p.html.indexOf('data-pagefind-body'),
				p.html.indexOf('</div>', p.html.indexOf('data-pagefind-body'))
			);
			expect(body, where).not.toMatch(/<form|<nav|<h[1-6]/);
			expect(p.html.indexOf('data-pagefind-body'), where).toBeGreaterThan(p.html.indexOf('data-lessons-filter'));
		}
	}
	// The same theme at another tier is one click away.
	const both = pages.find((p) => p.tier === 'co-so' && p.theme === 'doi-thoai')!;
	expect(both.html).toContain(`href="/${BASE}/huyen/doi-thoai/"`);
});

test('a theme longer than a page runs on numbered pages, full but for the last, each linking to the others', () => {
	const series = Map.groupBy(pages, (p) => `${p.tier}/${p.theme}`);
	const long = [...series.values()].filter((s) => s.length > 1);
	expect(long.length, 'the sample build has themes of several pages').toBeGreaterThan(0);
	for (const [key, own] of series) {
		const [tier, theme] = key.split('/');
		const url = (n: number) => `/${BASE}/${key}/${n > 1 ? `${n}/` : ''}`;
		own.forEach((p, i) => {
			const where = `${key}/${p.number}`;
			if (i < own.length - 1) expect(p.entries.length, where).toBe(SAMPLE_LESSONS_PER_PAGE);
			if (own.length === 1) {
				expect(p.html, where).not.toContain('class="pager');
				return;
			}
			expect(p.html, where).toContain(`(trang ${p.number}/${own.length})`);
			expect(p.html, where).toMatch(
				new RegExp(`<span aria-current="page"><span class="visually-hidden">Trang </span>${p.number}</span>`)
			);
			for (const other of own.filter((o) => o !== p))
				expect(p.html, where).toContain(`href="${url(other.number)}" data-pager`);
			if (p.number > 1) expect(p.html, where).toContain(`href="${url(p.number - 1)}" rel="prev"`);
			if (p.number < own.length) expect(p.html, where).toContain(`href="${url(p.number + 1)}" rel="next"`);
		});
		const texts = own.flatMap((p) => p.entries.map((e) => `${e.unit}: ${e.text}`));
		expect(new Set(texts).size, `${key}: no lesson on two pages`).toBe(texts.length);
		if (own.length > 1)
			expect(tierPart(tier!), key).toMatch(
				new RegExp(
					`<li data-theme="${theme}">[\\s\\S]*?data-count="${texts.length}">${texts.length} bài học, ${own.length} trang\\.`
				)
			);
	}
});
