// One voice: every status word a reader meets on any page or download of the built sample is a word of the
// vocabulary module (src/lib/labels.ts), and the old variants ("Chưa nộp, quá hạn", "quá hạn chưa nộp") are gone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { STATUS_KEYS, type ComplianceStatus } from '../../src/lib/compliance/status.ts';
import { statusKeyLabel, statusLabel } from '../../src/lib/labels.ts';
import { parseCsv } from '../helpers/csv.ts';
import { sampleSite } from '../helpers/site.ts';

let out: string;
let pages: { path: string; html: string }[];
beforeAll(async () => {
	out = await sampleSite();
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
	pages = walk(out)
		.filter((f) => f.endsWith('.html'))
		.map((f) => ({ path: relative(out, f), html: readFileSync(f, 'utf8') }));
});

// Every sentence the module can say of a status, with any number of days: built from the module itself.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DAYS = 987_654;
const samples: ComplianceStatus[] = [
	{ kind: 'on-time', date: '2021-01-01', daysEarly: DAYS },
	{ kind: 'late', date: '2021-01-01', daysLate: DAYS },
	{ kind: 'missing', daysOverdue: DAYS },
	{ kind: 'not-yet-due', dueInDays: DAYS },
	{ kind: 'not-yet-due', dueInDays: 0 },
	{ kind: 'pending' },
];
const sentences = samples.flatMap((s) =>
	(['report', 'review'] as const).map((k) => escape(statusLabel(s, k)).replace(String(DAYS), '\\d+'))
);
const VOCABULARY = new RegExp(`^(?:${[...sentences, ...Object.values(statusKeyLabel).map(escape)].join('|')})$`);
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
// What units wrote is theirs: the words of a report body are not the site's.
const siteText = (html: string) => text(html.replace(/<article class="report"[\s\S]*?<\/article>/g, ''));

test('every status tag and status filter on every page says a word of the vocabulary', () => {
	let seen = 0;
	for (const { path, html } of pages) {
		for (const [, inner] of html.matchAll(
			/<(?:strong|span) class="tag tag--[a-z-]+"[^>]*>([\s\S]*?)<\/(?:strong|span)>/g
		)) {
			expect(text(inner!), path).toMatch(VOCABULARY);
			seen++;
		}
		for (const [, select] of html.matchAll(/<select[^>]*name="status"[^>]*>([\s\S]*?)<\/select>/g))
			for (const [, label] of select!.matchAll(/<option value="[a-z-]+">([^<(]+?)(?: \(\d+\))?<\/option>/g))
				expect(label, path).toMatch(VOCABULARY);
	}
	expect(seen).toBeGreaterThan(100);
});

test('no page words a status or a sending any other way', () => {
	const variants = /chưa nộp|quá hạn chưa nộp|đã quá hạn mà chưa nộp|tiến độ nộp|(?<!(?:gửi|tổ chức) )chậm \d+ ngày/i;
	for (const { path, html } of pages) expect(siteText(html).match(variants)?.[0], path).toBeUndefined();
});

test('the downloads use the same words as the pages', () => {
	const json = JSON.parse(readFileSync(join(out, 'kl120-2021/tien-do.json'), 'utf8'));
	expect(json.statuses).toEqual(STATUS_KEYS.map((key) => ({ key, label: statusKeyLabel[key] })));
	for (const unit of json.units) {
		expect(unit.label).toMatch(VOCABULARY);
		for (const d of unit.deadlines) expect(d.label).toMatch(VOCABULARY);
	}
	const csv = parseCsv(readFileSync(join(out, 'kl120-2021/tien-do.csv'), 'utf8'));
	const columns = csv[0]!.flatMap((h, i) => (h.startsWith('Tình trạng') ? [i] : []));
	for (const row of csv.slice(1)) for (const i of columns) if (row[i]) expect(row[i]).toMatch(VOCABULARY);
	const urging = parseCsv(readFileSync(join(out, 'kl120-2021/don-doc.csv'), 'utf8'));
	for (const row of urging.slice(1)) expect(row[urging[0]!.indexOf('Tình trạng')]).toMatch(VOCABULARY);
});

test('a rate with no unit due is "—", not "0%"', () => {
	const html = readFileSync(join(out, 'kl120-2021/tien-do/index.html'), 'utf8');
	// Cấp tỉnh is not yet due as of the sample date: its on-time rate has nothing to measure.
	const row = text(/<tr><th scope="row"><a href="\/kl120-2021\/cap\/tinh\/">[\s\S]*?<\/tr>/.exec(html)![0]);
	expect(row).toMatch(/—$/);
});

test('dates are written the Party way: a day under 10 with a leading zero, the month without one (from March)', () => {
	const footer = text(/<footer[\s\S]*<\/footer>/.exec(readFileSync(join(out, 'kl120-2021/index.html'), 'utf8'))![0]);
	expect(footer).toContain('ngày 06/4/2021');
	for (const { path, html } of pages)
		expect(siteText(html).match(/(?<![\d/])[1-9]\/\d{1,2}\/20\d\d/)?.[0], path).toBeUndefined();
});
