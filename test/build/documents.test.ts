// The office's Word documents built with the sample site, linked from its pages, and equal, cell for cell, to the
// urging list, the compliance table and the synthesis table of the same build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { page, sampleSite } from '../helpers/site.ts';
import { readDocx, type DocxData } from '../helpers/docx-read.ts';

let out: string;
beforeAll(async () => {
	out = await sampleSite();
}, 600_000);

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
/** Links of the office documents block of a page. */
const documentLinks = (html: string) => {
	const block = html.slice(
		html.indexOf('class="office-documents'),
		html.indexOf('</section>', html.indexOf('class="office-documents'))
	);
	return [...block.matchAll(/<a href="([^"]+\.docx)"[^>]*>([^<]+)<\/a>/g)].map((m) => ({ href: m[1]!, title: m[2]! }));
};
const docx = async (href: string): Promise<DocxData> => readDocx(readFileSync(join(out, href)));
/** Body rows of the table with this id, as cell texts; a cell's <div> lines joined by "\n". */
function rows(html: string, id: string, part = 'tbody') {
	const table = html.slice(html.indexOf(`<table id="${id}"`));
	const body = table.slice(table.indexOf(`<${part}`), table.indexOf(`</${part}>`));
	return body
		.split(/<tr[^>]*>/)
		.slice(1)
		.map((row) =>
			row
				.split(/<t[hd][^>]*>/)
				.slice(1)
				.map((c) => text(c))
		);
}

test('the urging list links one letter per parent with overdue units, and the letters list exactly its overdue units', async () => {
	const html = page(out, 'kl120-2021/don-doc');
	const links = documentLinks(html);
	expect(links.length).toBe(8);
	expect(links[0]).toEqual({
		href: '/kl120-2021/van-ban/cong-van-don-doc-cac-don-vi-truc-thuoc.docx',
		title: 'Công văn đôn đốc gửi 3 đơn vị trực thuộc',
	});
	for (const l of links) expect(existsSync(join(out, l.href)), l.href).toBe(true);
	// The page's overdue rows: unit, and each deadline's status (one <div> a line).
	const overdue = [...html.matchAll(/<tr data-unit="[^"]+" data-overdue[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
		const cells = m[1]!.split(/<t[hd][^>]*>/).slice(1);
		return [text(cells[0]!), [...cells[3]!.matchAll(/<div>([\s\S]*?)<\/div>/g)].map((d) => text(d[1]!)).join('\n')];
	});
	expect(overdue.length).toBe(15);
	const listed: string[][] = [];
	for (const l of links) {
		const table = (await docx(l.href)).tables.find((t) => t[0]![1] === 'Đơn vị')!;
		listed.push(...table.slice(1).map((r) => [r[1]!, r[3]!]));
	}
	expect(listed.sort()).toEqual(overdue.sort());
});

test('the synthesis page links the report draft, whose appendix is the compliance table and whose figures are the page’s', async () => {
	const html = page(out, 'kl120-2021/tong-hop');
	const links = documentLinks(html);
	expect(links).toEqual([
		{ href: '/kl120-2021/van-ban/bao-cao-tong-hop.docx', title: 'Dự thảo báo cáo tổng hợp kết quả sơ kết' },
	]);
	const report = await docx(links[0]!.href);
	// Compliance table columns: unit, tier, type, parent, held on, sent on, report, status.
	const compliance = rows(page(out, 'kl120-2021/tien-do'), 'tien-do').map((r) => [r[0], r[1], r[4], r[5], r[7]]);
	expect(compliance.length).toBe(40);
	expect(
		report.tables
			.at(-1)!
			.slice(1)
			.map((r) => r.slice(1))
	).toEqual(compliance);
	const byTier = report.tables.find((t) => t[0]![0] === 'Cấp' && t[0]![1] === 'Số đơn vị')!;
	expect(byTier.slice(1)).toEqual([...rows(html, 'bang-theo-cap'), ...rows(html, 'bang-theo-cap', 'tfoot')]);
	const byType = report.tables.find((t) => t[0]![0] === 'Loại hình')!;
	expect(byType.slice(1)).toEqual(rows(html, 'bang-theo-loai-hinh'));
	expect(report.text).toContain('Sơn Hà, ngày 20 tháng 5 năm 2021');
});
