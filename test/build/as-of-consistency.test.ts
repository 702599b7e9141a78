// One moment in time: the sample built as of three dates (before the first deadline, between deadlines, and by
// default, which for the closed sample is its closing day) must agree, on every page and download, about which
// reports had arrived and how many lessons they hold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../helpers/csv.ts';
import { astroBuild, ROOT, scratchProject } from '../helpers/site.ts';

const CAMPAIGN = 'kl120-2021';
const closedOn: string = parseYaml(readFileSync(join(ROOT, 'content/campaigns/kl120-2021.yaml'), 'utf8')).closedOn;
/** AS_OF of each build; "" builds as of today, which the closed sample turns into its closing day. */
const MOMENTS = [
	{ name: 'before the first deadline', env: '2021-04-20', asOf: '2021-04-20' },
	{ name: 'between deadlines', env: '2021-05-10', asOf: '2021-05-10' },
	{ name: 'after the last deadline (closed, by default)', env: '', asOf: closedOn },
];

const builds = new Map<string, string>();
beforeAll(async () => {
	const root = scratchProject(() => {});
	for (const m of MOMENTS) {
		const out = join(root, `dist-${m.asOf}`);
		await astroBuild(root, out, m.env ? { AS_OF: m.env } : { AS_OF: '' });
		builds.set(m.asOf, out);
	}
}, 600_000);

const html = (out: string, path: string) => readFileSync(join(out, CAMPAIGN, path, 'index.html'), 'utf8');
const text = (h: string) => h.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const num = (s: string) => Number(s.replace(/\./g, ''));

interface ComplianceJson {
	asOf: string;
	units: { id: string; review: { sentOn: string } | null; status: { kind: string } }[];
}

describe.each(MOMENTS)('as of $name', ({ asOf }) => {
	let out: string;
	let compliance: ComplianceJson;
	let received: Set<string>;
	beforeAll(() => {
		out = builds.get(asOf)!;
		compliance = JSON.parse(readFileSync(join(out, CAMPAIGN, 'tien-do.json'), 'utf8'));
		received = new Set(compliance.units.filter((u) => u.review).map((u) => u.id));
	});

	test('the downloads state the date and count only reports sent by then', () => {
		expect(compliance.asOf).toBe(asOf);
		for (const u of compliance.units) if (u.review) expect(u.review.sentOn <= asOf).toBe(true);
		const synthesis = JSON.parse(readFileSync(join(out, CAMPAIGN, 'tong-hop.json'), 'utf8'));
		expect(synthesis.asOf).toBe(asOf);
		expect(synthesis.total.done).toBe(received.size);
		expect(synthesis.lessons.reports).toBe(received.size);
		const csv = parseCsv(readFileSync(join(out, CAMPAIGN, 'tien-do.csv'), 'utf8'));
		const sentColumn = csv[0]!.indexOf('Ngày gửi báo cáo');
		const sent = csv
			.slice(1)
			.map((row) => row[sentColumn])
			.filter(Boolean);
		expect(sent).toHaveLength(received.size);
	});

	test('a unit page shows a report exactly when the report had been sent by then', () => {
		const units = readdirSync(join(out, CAMPAIGN, 'don-vi'));
		const withReport = units.filter((u) => html(out, `don-vi/${u}`).includes('class="review-layout"'));
		expect(new Set(withReport)).toEqual(received);
	});

	test('tier pages, the overview, the compliance table, the synthesis and the lessons agree on the counts', () => {
		const synthesis = JSON.parse(readFileSync(join(out, CAMPAIGN, 'tong-hop.json'), 'utf8'));
		const tiers = readdirSync(join(out, CAMPAIGN, 'cap'));
		const tierDone = tiers.map((t) => num(/(\d+)\/\d+ đơn vị đã/.exec(text(html(out, `cap/${t}`)))![1]!));
		expect(tierDone.reduce((a, b) => a + b, 0)).toBe(received.size);
		expect(text(html(out, ''))).toContain(`Đã nhận ${received.size}/${compliance.units.length} báo cáo`);
		expect(text(html(out, 'tong-hop'))).toContain(`Đã nhận ${received.size}/${compliance.units.length} báo cáo`);
		const counts = [...html(out, 'tien-do').matchAll(/<li data-status="([a-z-]+)">.*?<strong>([\d.]+)<\/strong>/g)];
		for (const [, key, n] of counts) expect(num(n!), key).toBe(synthesis.total.counts[key!]);
		const lessons = /([\d.]+) bài học kinh nghiệm rút ra trong ([\d.]+) báo cáo/.exec(text(html(out, 'bai-hoc')));
		expect([num(lessons![1]!), num(lessons![2]!)]).toEqual([synthesis.lessons.lessons, synthesis.lessons.reports]);
	});

	test('the search index holds the received reports and the lessons pages, nothing else', () => {
		// With nothing to index (no report yet), pagefind writes no index at all.
		const entryFile = join(out, 'pagefind/pagefind-entry.json');
		const entry = existsSync(entryFile)
			? JSON.parse(readFileSync(entryFile, 'utf8'))
			: { languages: { vi: { page_count: 0 } } };
		const lessonPages = (dir: string): number =>
			readdirSync(dir, { withFileTypes: true }).reduce(
				(n, e) =>
					n +
					(e.isDirectory()
						? lessonPages(join(dir, e.name))
						: e.name === 'index.html' && readFileSync(join(dir, e.name), 'utf8').includes('data-pagefind-body')
							? 1
							: 0),
				0
			);
		// One index covers every campaign, each as it stood at its own moment (the 2025 sample has nothing in 2021).
		const indexed = readdirSync(join(ROOT, 'content/campaigns'))
			.map((f) => f.replace(/\.yaml$/, ''))
			.reduce((n, c) => {
				const own: ComplianceJson = JSON.parse(readFileSync(join(out, c, 'tien-do.json'), 'utf8'));
				return n + own.units.filter((u) => u.review).length + lessonPages(join(out, c, 'bai-hoc'));
			}, 0);
		expect(entry.languages.vi.page_count).toBe(indexed);
	});

	test('the urging list names only units with nothing received, and nobody once the campaign is closed', () => {
		const [head, ...rows] = parseCsv(readFileSync(join(out, CAMPAIGN, 'don-doc.csv'), 'utf8'));
		const ids = rows.map((r) => r[head!.indexOf('Mã đơn vị')]);
		for (const id of ids) expect(received.has(id!), id).toBe(false);
		const page = html(out, 'don-doc');
		if (asOf === closedOn) {
			expect(rows).toEqual([]);
			expect(page).toContain('data-closed');
			expect(text(html(out, ''))).toContain('ĐỢT SƠ KẾT ĐÃ KẾT THÚC');
		} else expect(existsSync(join(out, CAMPAIGN, 'don-doc.csv')) && !page.includes('data-closed')).toBe(true);
	});
});
