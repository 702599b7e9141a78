// The monitoring pages and downloads of the sample built as of SAMPLE_AS_OF, checked against counts made here,
// straight from the content files, with none of the code under test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { toCsv } from '../../src/lib/export/csv.ts';
import { parseCsv } from '../helpers/csv.ts';
import { page, ROOT, SAMPLE_AS_OF, sampleSite } from '../helpers/site.ts';

type Deadline = { date: string };
const campaign = parse(readFileSync(join(ROOT, 'content/campaigns/kl120-2021.yaml'), 'utf8')) as {
	deadlineDayCounts: boolean;
	tiers: { id: string; name: string; review?: Deadline; report?: Deadline }[];
};
const roster = parse(readFileSync(join(ROOT, 'content/units/kl120-2021.yaml'), 'utf8')) as {
	id: string;
	name: string;
	tier: string;
	parent?: string;
	contact?: string;
}[];
type Front = {
	unit: string;
	form: string;
	heldOn: string;
	sentOn: string;
	attendance?: { total: number; online?: number };
	commendations?: { recipientKind: string; award: string; count: number }[];
};
const reviewDir = join(ROOT, 'content/reviews/kl120-2021');
const fronts = readdirSync(reviewDir).map(
	(f) => parse(readFileSync(join(reviewDir, f), 'utf8').split(/^---$/m)[1]!) as Front
);
// The sample reads "trước ngày X" as "by X"; the counts below rely on it.
expect(campaign.deadlineDayCounts).toBe(true);

const received = fronts.filter((r) => r.sentOn <= SAMPLE_AS_OF);
const receivedBy = new Map(received.map((r) => [r.unit, r]));
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** Status of a unit, with its days early, late, overdue or left, judged on its tier's report deadline if any, else its review deadline. */
function statusOf(unit: (typeof roster)[number]): { kind: string; days: number } {
	const tier = campaign.tiers.find((t) => t.id === unit.tier)!;
	const deadline = (tier.report ?? tier.review)!.date;
	const r = receivedBy.get(unit.id);
	if (r) {
		const done = tier.report ? r.sentOn : r.heldOn;
		return done <= deadline
			? { kind: 'on-time', days: daysFrom(done, deadline) }
			: { kind: 'late', days: daysFrom(deadline, done) };
	}
	return SAMPLE_AS_OF > deadline
		? { kind: 'missing', days: daysFrom(deadline, SAMPLE_AS_OF) }
		: { kind: 'not-yet-due', days: daysFrom(SAMPLE_AS_OF, deadline) };
}
const count = (units: typeof roster, kind: string) => units.filter((u) => statusOf(u).kind === kind).length;

/** Cell texts of each body row (th and td) of the table with this id. */
function cells(html: string, id: string, part = 'tbody'): string[][] {
	const table = html.slice(html.indexOf(`<table id="${id}"`));
	const body = table.slice(table.indexOf(`<${part}`), table.indexOf(`</${part}>`));
	return body
		.split(/<tr[^>]*>/)
		.slice(1)
		.map((row) =>
			row
				.split(/<t[hd][^>]*>/)
				.slice(1)
				.map((c) =>
					c
						.replace(/<[^>]+>/g, '')
						.replace(/\s+/g, ' ')
						.trim()
				)
		);
}

let out: string;
beforeAll(async () => {
	out = await sampleSite();
});
const file = (name: string) => readFileSync(join(out, 'kl120-2021', name), 'utf8');

test('the synthesis page counts each tier exactly as the content files do', () => {
	const rows = cells(page(out, 'kl120-2021/tong-hop'), 'bang-theo-cap');
	expect(rows.map((r) => r[0])).toEqual(campaign.tiers.map((t) => t.name));
	for (const [i, tier] of campaign.tiers.entries()) {
		const units = roster.filter((u) => u.tier === tier.id);
		const done = units.filter((u) => receivedBy.has(u.id)).length;
		// Columns: tier, units, done, on time, late, missing, not yet due, on-time rate.
		expect(rows[i]!.slice(1, 7), tier.id).toEqual(
			[
				units.length,
				done,
				count(units, 'on-time'),
				count(units, 'late'),
				count(units, 'missing'),
				count(units, 'not-yet-due'),
			].map(String)
		);
	}
	const total = cells(page(out, 'kl120-2021/tong-hop'), 'bang-theo-cap', 'tfoot')[0]!;
	expect(total.slice(1, 3)).toEqual([String(roster.length), String(received.length)]);
});

test('the synthesis JSON agrees: per tier, per parent at any depth, forms, attendance and commendations', () => {
	const json = JSON.parse(file('tong-hop.json'));
	expect(json).toMatchObject({ format: 'so-ket/synthesis', version: 1, asOf: SAMPLE_AS_OF });
	expect(json.total).toMatchObject({
		total: roster.length,
		done: received.length,
		counts: { 'on-time': count(roster, 'on-time'), late: count(roster, 'late'), missing: count(roster, 'missing') },
	});
	// Every unit below a parent, at any depth, walking the roster's parents.
	const below = (id: string) =>
		roster.filter((u) => {
			for (let p = u.parent; p; p = roster.find((x) => x.id === p)?.parent) if (p === id) return true;
			return false;
		});
	for (const line of json.byParent) {
		const units = below(line.unit);
		expect(line.all, line.unit).toMatchObject({
			total: units.length,
			done: units.filter((u) => receivedBy.has(u.id)).length,
			counts: { 'on-time': count(units, 'on-time'), missing: count(units, 'missing') },
		});
	}
	expect(json.byParent.map((l: { unit: string }) => l.unit).sort()).toEqual(
		[...new Set(roster.map((u) => u.parent).filter(Boolean))].sort()
	);
	expect(json.forms.total).toEqual({
		conference: received.filter((r) => r.form === 'conference').length,
		written: received.filter((r) => r.form === 'written').length,
	});
	const conferences = received.filter((r) => r.form === 'conference' && r.attendance);
	expect(json.attendance.total).toEqual({
		conferences: conferences.length,
		total: conferences.reduce((s, r) => s + r.attendance!.total, 0),
		online: conferences.reduce((s, r) => s + (r.attendance!.online ?? 0), 0),
	});
	const awards = received.flatMap((r) => r.commendations ?? []);
	for (const line of json.commendations.lines)
		for (const kind of ['collective', 'individual'])
			expect(line[kind], `${line.award} ${kind}`).toBe(
				awards.filter((c) => c.award === line.award && c.recipientKind === kind).reduce((s, c) => s + c.count, 0)
			);
	expect(json.commendations.collective + json.commendations.individual).toBe(awards.reduce((s, c) => s + c.count, 0));
	expect(json.submissions.at(-1).cumulative).toBe(received.length);
});

test('the synthesis page shows its charts as static SVG, each followed by its table, and no script', () => {
	const html = page(out, 'kl120-2021/tong-hop');
	const figures = [...html.matchAll(/<figure class="chart[^"]*">(?:<div [^>]*>)?<svg [^>]*role="img"/g)];
	expect(figures.length).toBe(4);
	expect(html).not.toMatch(/<script/);
	expect(html).toContain(`data-as-of="${SAMPLE_AS_OF}"`);
	for (const link of ['/kl120-2021/tong-hop.csv', '/kl120-2021/tong-hop.json'])
		expect(html).toContain(`href="${link}"`);
});

test('the synthesis charts drawn by src/components/charts/ name every tier with its counts from the content', () => {
	const html = page(out, 'kl120-2021/tong-hop');
	const svgs = [...html.matchAll(/<svg [^>]*aria-label="([^"]+)"[^>]*><title>([^<]+)<\/title>[\s\S]*?<\/svg>/g)];
	expect(svgs.map((m) => m[1])).toEqual([
		'Tình trạng gửi báo cáo theo cấp',
		'Tình trạng gửi báo cáo của các đơn vị trực thuộc',
		'Tỷ lệ báo cáo nhận được theo thời gian, từng cấp, so với thời hạn',
		'Số bài học kinh nghiệm theo chủ đề',
	]);
	for (const m of svgs) expect(m[2]).toBe(m[1]);
	const [byTier, , progress] = svgs.map((m) => m[0]);
	const titles = (svg: string) => [...svg.matchAll(/<title>([^<]+)<\/title>/g)].map((t) => t[1]!);
	for (const tier of campaign.tiers) {
		const units = roster.filter((u) => u.tier === tier.id);
		// Each tier's segments add up to its units, and its line ends at the reports it received.
		const segments = titles(byTier!).filter((t) => t.startsWith(`${tier.name}: `));
		expect(
			segments.reduce((sum, t) => sum + Number(/ (\d+)$/.exec(t)![1]), 0),
			tier.name
		).toBe(units.length);
		expect(titles(progress!)).toContain(
			`${tier.name}: ${units.filter((u) => receivedBy.has(u.id)).length}/${units.length}`
		);
	}
	expect(progress).toMatch(/<path d="M[^"]+" fill="none"/);
	expect(progress).toContain(`>Ngày số liệu ${SAMPLE_AS_OF.split('-').reverse().map(Number).join('/')}</text>`);
});

test('the compliance CSV has a BOM, one row per rostered unit with its status, and round-trips', () => {
	const text = file('tien-do.csv');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const [header, ...rows] = parseCsv(text);
	expect(toCsv(header!, rows)).toBe(text);
	const col = (name: string) => header!.indexOf(name);
	expect(rows.map((r) => r[col('Mã đơn vị')]).sort()).toEqual(roster.map((u) => u.id).sort());
	for (const row of rows) {
		const unit = roster.find((u) => u.id === row[col('Mã đơn vị')])!;
		const status = statusOf(unit);
		expect([row[col('Đơn vị')], row[col('Mã tình trạng')], row[col('Số ngày')]], unit.id).toEqual([
			unit.name,
			status.kind,
			String(status.days),
		]);
		expect(row[col('Ngày gửi báo cáo')]).toBe(receivedBy.get(unit.id)?.sentOn ?? '');
	}
});

test('the synthesis and urging CSVs round-trip too', () => {
	for (const name of ['tong-hop.csv', 'don-doc.csv']) {
		const text = file(name);
		const [header, ...rows] = parseCsv(text);
		expect(rows.length, name).toBeGreaterThan(0);
		expect(
			rows.every((r) => r.length === header!.length),
			name
		).toBe(true);
		expect(toCsv(header!, rows), name).toBe(text);
	}
});

test('the compliance JSON names its format, version and as-of date and lists every unit', () => {
	const json = JSON.parse(file('tien-do.json'));
	expect(json).toMatchObject({
		format: 'so-ket/compliance',
		version: 1,
		asOf: SAMPLE_AS_OF,
		campaign: { id: 'kl120-2021' },
	});
	expect(json.units).toHaveLength(roster.length);
	for (const u of json.units) expect(u.status.kind, u.id).toBe(statusOf(roster.find((x) => x.id === u.id)!).kind);
});

test('each row of the compliance table links to the report or says it is missing, and the page states its date', () => {
	const html = page(out, 'kl120-2021/tien-do');
	expect(html).toContain(`data-as-of="${SAMPLE_AS_OF}"`);
	const rows = cells(html, 'tien-do');
	expect(rows).toHaveLength(roster.length);
	for (const row of rows) {
		const unit = roster.find((u) => u.name === row[0])!;
		expect(row.at(-2), unit.id).toEqual(receivedBy.has(unit.id) ? expect.stringMatching(/ của /) : 'Chưa có báo cáo');
	}
	expect(html.match(/<a href="\/kl120-2021\/don-vi\/[^"]+">[^<]*<span class="visually-hidden"> của /g)).toHaveLength(
		received.length
	);
	for (const link of ['/kl120-2021/tien-do.csv', '/kl120-2021/tien-do.json']) expect(html).toContain(`href="${link}"`);
});

test('the urging list holds exactly the overdue and the soon-due units, under the parent that follows them up', () => {
	const html = page(out, 'kl120-2021/don-doc');
	const listed = [...html.matchAll(/<tr data-unit="([^"]+)"/g)].map((m) => m[1]!);
	const urgent = roster.filter((u) => {
		const s = statusOf(u);
		return s.kind === 'missing' || (s.kind === 'not-yet-due' && s.days <= 7);
	});
	// A unit with no parent (the province's own review) is prepared by the monitoring office: its own work, not urged.
	const expected = urgent.filter((u) => u.parent).map((u) => u.id);
	expect(listed.sort()).toEqual(expected.sort());
	const own = html.slice(
		html.indexOf('<section class="own-work"'),
		html.indexOf('</section>', html.indexOf('<section class="own-work"'))
	);
	expect([...own.matchAll(/<li data-unit="([^"]+)"/g)].map((m) => m[1])).toEqual(
		urgent.filter((u) => !u.parent).map((u) => u.id)
	);
	expect(html).not.toContain('đơn vị không có cấp trên trong danh sách)');
	// Each unit sits in the section of its parent.
	for (const section of html.split('<section class="urging-group"').slice(1)) {
		const heading = section.slice(0, section.indexOf('</h2>'));
		for (const [, id] of section.matchAll(/<tr data-unit="([^"]+)"/g)) {
			const parent = roster.find((u) => u.id === id)!.parent;
			expect(heading, id).toContain(roster.find((u) => u.id === parent)!.name);
		}
	}
	const csv = parseCsv(file('don-doc.csv'));
	expect(new Set(csv.slice(1).map((r) => r[2]))).toEqual(new Set(expected));
});

test('every campaign page offers the urging list and the synthesis in its navigation', () => {
	for (const path of ['kl120-2021', 'kl120-2021/tien-do', 'kl120-2021/cap/co-so']) {
		const html = page(out, path);
		expect(html, path).toContain('href="/kl120-2021/don-doc/"');
		expect(html, path).toContain('href="/kl120-2021/tong-hop/"');
	}
});
