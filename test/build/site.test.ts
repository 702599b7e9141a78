// Builds the sample site (as of SAMPLE_AS_OF) and checks what a reader sees in the HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { page, ROOT, SAMPLE_AS_OF, sampleReviewsSentBy, sampleSite } from '../helpers/site.ts';

// Expectations come straight from the content files, not from the code under test.
const roster = parse(readFileSync(join(ROOT, 'content/units/kl120-2021.yaml'), 'utf8')) as {
	id: string;
	name: string;
	tier: string;
	parent?: string;
}[];
const campaign = parse(readFileSync(join(ROOT, 'content/campaigns/kl120-2021.yaml'), 'utf8')) as {
	tiers: { id: string; name: string }[];
};
// A report sent after the as-of date is not received yet on any page.
const reviewed = new Set(sampleReviewsSentBy(SAMPLE_AS_OF));

/** Text of the table rows of the table with the given id, one string per row. */
function rows(html: string, tableId: string): string[] {
	const table = html.slice(html.indexOf(`<table id="${tableId}"`));
	const body = table.slice(table.indexOf('<tbody'), table.indexOf('</tbody>'));
	return body
		.split(/<tr[^>]*>/)
		.slice(1)
		.map((r) =>
			r
				.replace(/<[^>]+>/g, ' ')
				.replace(/\s+/g, ' ')
				.trim()
		);
}
const rowOf = (html: string, tableId: string, name: string) =>
	rows(html, tableId).find((r) => r.startsWith(`${name} `));

let out: string;
beforeAll(async () => {
	out = await sampleSite();
});

describe.each(campaign.tiers)('tier page $id', (tier) => {
	test('lists exactly the rostered units of the tier', () => {
		const html = page(out, `kl120-2021/cap/${tier.id}`);
		const names = rows(html, 'don-vi').map((r) => roster.find((u) => r.startsWith(`${u.name} `))?.id);
		expect(names.sort()).toEqual(
			roster
				.filter((u) => u.tier === tier.id)
				.map((u) => u.id)
				.sort()
		);
		expect(html).toContain(`<h1>${tier.name}</h1>`);
	});
});

test('each review page shows its lessons, and a missing unit says no report was received', () => {
	for (const unit of roster) {
		const html = page(out, `kl120-2021/don-vi/${unit.id}`);
		if (reviewed.has(unit.id)) {
			expect(html, unit.id).toMatch(
				/<section class="lessons"[^>]*>\s*<h2 id="bai-hoc-tom-tat">Bài học kinh nghiệm<\/h2>\s*<ol><li>/
			);
			expect(html, unit.id).toContain('data-pagefind-body');
		} else {
			expect(html, unit.id).toContain('Chưa nhận được báo cáo sơ kết');
		}
	}
});

test("a campaign's page, and the home page for the newest campaign, give the deadlines of every tier", () => {
	for (const text of [
		'30/4/2021',
		'15/5/2021',
		'25/5/2021',
		'Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy)',
		'DỮ LIỆU MẪU',
	])
		expect(page(out, 'kl120-2021')).toContain(text);
	// The home page shows the campaign with the latest plan (the 2025 review, two tiers) and lists the others.
	const home = page(out, '');
	for (const text of ['20/11/2025', '25/11/2025', '15/12/2025', 'DỮ LIỆU MẪU', 'Các đợt sơ kết khác'])
		expect(home).toContain(text);
});

test('the compliance table lists every rostered unit once', () => {
	const html = page(out, 'kl120-2021/tien-do');
	expect(rows(html, 'tien-do')).toHaveLength(roster.length);
});

// As of 20/5/2021: statuses follow from the dates in the sample files and the campaign's deadlines.
test.each([
	['Huyện ủy Thạch Lộc', 'Đúng hạn'],
	['Huyện ủy An Phú', 'Đúng hạn'],
	['Thành ủy Sơn Hà', 'Gửi chậm 3 ngày'],
	['Đảng ủy thị trấn Thạch Lộc', 'Tổ chức chậm 1 ngày'],
	['Huyện ủy Yên Lạc', 'Quá hạn 5 ngày, chưa gửi'],
	['Đảng ủy xã Thạch Bình', 'Quá hạn 20 ngày, chưa tổ chức'],
	['Tỉnh ủy Sơn Hà', 'Chưa đến hạn (còn 5 ngày)'],
])('the compliance table shows %s as "%s"', (name, status) => {
	const row = rowOf(page(out, 'kl120-2021/tien-do'), 'tien-do', name);
	expect(row, name).toBeDefined();
	expect(row!.endsWith(status), row).toBe(true);
});
