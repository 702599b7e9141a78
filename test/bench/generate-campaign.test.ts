// The synthetic campaign of the benchmark: reproducible, valid as the build checks it, and showing every status.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	BENCH_AS_OF,
	BENCH_CAMPAIGN,
	describeCampaign,
	generateCampaign,
	holdsCampaign,
	reviseReport,
} from '../../bench/generate-campaign.ts';
import { loadContent, type Content } from '../../src/lib/content/load.ts';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { STATUS_KEYS } from '../../src/lib/compliance/status.ts';
import { REQUIRED_SECTIONS } from '../../src/lib/report/section-catalog.ts';
import { processReport } from '../../src/lib/report/process.ts';
import { tempDir } from '../helpers/temp.ts';

const REPORTS = 200;
const fresh = () => tempDir('so-ket-bench-');

/** A digest of every file under a folder, paths included. */
function treeDigest(dir: string): string {
	const hash = createHash('sha256');
	for (const path of (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
		if (!path.includes('.')) continue;
		hash.update(`${path}\n`).update(readFileSync(join(dir, path)));
	}
	return hash.digest('hex');
}

let root: string;
let content: Content;
beforeAll(() => {
	root = fresh();
	generateCampaign(join(root, 'content'), REPORTS, 7);
	content = loadContent({ root, now: new Date('2021-06-30T00:00:00Z') });
});

describe('reproducibility', () => {
	test('the same seed writes byte-identical campaigns; another seed does not', () => {
		const [a, b, c] = [fresh(), fresh(), fresh()];
		generateCampaign(a, 60, 42);
		generateCampaign(b, 60, 42);
		generateCampaign(c, 60, 43);
		expect(treeDigest(a)).toBe(treeDigest(b));
		expect(treeDigest(a)).not.toBe(treeDigest(c));
	});

	test('exactly the requested number of reports, and a roster 3% larger', () => {
		const dir = fresh();
		const generated = generateCampaign(dir, 1000, 1);
		expect(generated.reports).toHaveLength(1000);
		expect(readdirSync(join(dir, 'reviews', BENCH_CAMPAIGN))).toHaveLength(1000);
		expect(generated.units).toBe(1030);
	});
});

describe('validity', () => {
	test("the whole campaign passes the build's checks without a single problem", () => {
		expect(content.problems).toEqual([]);
		expect(content.reviews).toHaveLength(REPORTS);
	});

	test('every report has every required section and three to five lessons', () => {
		for (const review of content.reviews) {
			const keys = new Set(review.sections.map((s) => s.key));
			for (const key of REQUIRED_SECTIONS) expect(keys.has(key), `${review.unit} lacks ${key}`).toBe(true);
			expect(review.lessons.length, review.unit).toBeGreaterThanOrEqual(3);
			expect(review.lessons.length, review.unit).toBeLessThanOrEqual(5);
		}
	});

	test('every report renders a table, and its lessons are the generated sentences', () => {
		for (const file of readdirSync(join(root, 'content/reviews', BENCH_CAMPAIGN)).slice(0, 50)) {
			const processed = processReport(readFileSync(join(root, 'content/reviews', BENCH_CAMPAIGN, file), 'utf8'), file);
			expect(processed.html, file).toMatch(/<table>[\s\S]*<td>/);
			for (const lesson of processed.lessons)
				expect(lesson.text, file).toMatch(
					/^(Phải|Người đứng đầu|Thực hiện dân chủ|phải|người đứng đầu|thực hiện dân chủ)/
				);
		}
	});

	test('lessons come in every written style: numbered, bulleted and "Một là…" prose', () => {
		const bodies = readdirSync(join(root, 'content/reviews', BENCH_CAMPAIGN)).map((f) =>
			readFileSync(join(root, 'content/reviews', BENCH_CAMPAIGN, f), 'utf8')
		);
		const lessonsOf = (body: string) => body.slice(body.indexOf('BÀI HỌC KINH NGHIỆM'), body.indexOf('PHƯƠNG HƯỚNG'));
		expect(bodies.some((b) => /\n1\. Phải/.test(lessonsOf(b)))).toBe(true);
		expect(bodies.some((b) => /\n- /.test(lessonsOf(b)))).toBe(true);
		expect(bodies.some((b) => /\nMột là, /.test(lessonsOf(b)))).toBe(true);
	});
});

describe('statuses as of the benchmark date', () => {
	test("every status appears among the deadlines, and every firm status as a unit's overall status", () => {
		const rows = unitCompliance(content.campaigns[0]!, content.units, content.reviews, BENCH_AS_OF);
		expect(rows).toHaveLength(content.units.length);
		const perDeadline = new Set(rows.flatMap((r) => r.deadlines.map((d) => d.status.kind)));
		expect([...perDeadline].sort()).toEqual([...STATUS_KEYS].sort());
		const overall = new Set(rows.map((r) => r.overall.kind));
		expect([...overall].sort()).toEqual(['late', 'missing', 'not-yet-due', 'on-time']);
	});

	test('every tier has units, and the missing units are spread over the roster', () => {
		const tiers = new Set(content.units.map((u) => u.tier));
		expect([...tiers].sort()).toEqual(['co-so', 'huyen', 'tinh']);
		const reported = new Set(content.reviews.map((r) => r.unit));
		const silent = content.units.filter((u) => !reported.has(u.id)).map((u) => content.units.indexOf(u));
		expect(silent.length).toBe(content.units.length - REPORTS);
		expect(Math.max(...silent) - Math.min(...silent)).toBeGreaterThan(content.units.length / 2);
	});
});

test('revising a report changes its text and keeps it valid', () => {
	const dir = fresh();
	const generated = generateCampaign(join(dir, 'content'), 5, 3);
	const path = join(dir, 'content', generated.reports[2]!);
	const before = readFileSync(path, 'utf8');
	reviseReport(path, 1);
	const after = readFileSync(path, 'utf8');
	expect(after).not.toBe(before);
	expect(after.startsWith(before)).toBe(true);
	expect(loadContent({ root: dir, now: new Date('2021-06-30T00:00:00Z') }).problems).toEqual([]);
});

test('no two units under one parent share a name, even in a large roster', () => {
	const dir = fresh();
	generateCampaign(dir, 3000, 8);
	const units = readFileSync(join(dir, 'units', `${BENCH_CAMPAIGN}.yaml`), 'utf8')
		.split('\n')
		.filter(Boolean);
	const keys = units.map((line) => `${/parent: ([^ ,}]+)/.exec(line)?.[1] ?? ''}/${/name: ([^,]+),/.exec(line)![1]}`);
	expect(new Set(keys).size).toBe(keys.length);
});

test('a campaign made earlier is described without writing it: the same reports and unit names', () => {
	const [dir, elsewhere] = [fresh(), fresh()];
	const written = generateCampaign(dir, 80, 11);
	const described = describeCampaign(join(elsewhere, 'content'), 80, 11);
	expect(described.reports).toEqual(written.reports);
	expect(described.unitNames).toEqual(written.unitNames);
	expect(readdirSync(elsewhere)).toEqual([]);
});

test('a folder holds the campaign asked for only when every report of it is there and no other (big-site reuses it)', () => {
	const dir = fresh();
	const written = generateCampaign(dir, 20, 7);
	expect(holdsCampaign(describeCampaign(dir, 20, 7))).toBe(true);
	// Another size, asked of the same folder: reports missing, or one too many.
	expect(holdsCampaign(describeCampaign(dir, 30, 7))).toBe(false);
	expect(holdsCampaign(describeCampaign(dir, 19, 7))).toBe(false);
	// A run interrupted while writing: one report short.
	rmSync(join(dir, written.reports.at(-1)!));
	expect(holdsCampaign(describeCampaign(dir, 20, 7))).toBe(false);
});
