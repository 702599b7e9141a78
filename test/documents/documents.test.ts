// The office's Word documents read back as data: page, fonts, the Party header, summary, signature and recipients,
// and tables equal to the urging list and the compliance table of the same day.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { urgentLines } from '../../src/lib/compliance/urging.ts';
import { statusLabel } from '../../src/lib/labels.ts';
import { actionFirst } from '../../src/lib/compliance/unit-compliance.ts';
import { campaignFigures } from '../../src/lib/synthesis/campaign-figures.ts';
import { officeDocuments, type OfficeDocument } from '../../src/lib/documents/documents.ts';
import { DIRECT_LETTER } from '../../src/lib/documents/urging-letters.ts';
import { SYNTHESIS_REPORT } from '../../src/lib/documents/synthesis-report.ts';
import { partyDate as formatVietnameseDate } from '../../src/lib/labels.ts';
import { cellParagraphs, readDocx, type DocxData } from '../helpers/docx-read.ts';
import { ROOT, SAMPLE_AS_OF } from '../helpers/site.ts';

const content = loadContent({ root: ROOT });
const campaign = content.campaigns.find((c) => c.id === 'kl120-2021')!;
const figures = campaignFigures(campaign, content.units, content.reviews, { asOf: SAMPLE_AS_OF, closed: false });
const documents = officeDocuments(figures);
const read = new Map<string, DocxData>();
beforeAll(async () => {
	for (const d of documents) read.set(d.name, await readDocx(await d.bytes()));
});
const letters = () => documents.filter((d) => d.kind === 'urging');
const data = (d: OfficeDocument | string) => read.get(typeof d === 'string' ? d : d.name)!;
const attr = (xml: string, tag: string) =>
	Object.fromEntries(
		[...(xml.match(new RegExp(`<${tag} [^>]*>`))?.[0] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])
	);

test('the sample campaign as of 20/5/2021 gives the synthesis report and one letter per parent with overdue units', () => {
	expect(documents[0]!.name).toBe(SYNTHESIS_REPORT);
	expect(letters().map((d) => d.name)).toEqual([
		DIRECT_LETTER,
		'cong-van-don-doc-dang-uy-khoi-co-quan',
		'cong-van-don-doc-dang-uy-khoi-doanh-nghiep',
		'cong-van-don-doc-huyen-uy-an-phu',
		'cong-van-don-doc-huyen-uy-thach-loc',
		'cong-van-don-doc-huyen-uy-yen-lac',
		'cong-van-don-doc-thanh-uy-son-ha',
		'cong-van-don-doc-thi-uy-hoa-binh',
	]);
});

describe.each(['synthesis', 'letter'])('the %s', (which) => {
	const doc = () => data(which === 'synthesis' ? SYNTHESIS_REPORT : DIRECT_LETTER);

	test('is A4 with the format margins, the page number at the top from page 2 only', () => {
		const xml = doc().xml['word/document.xml']!;
		expect(attr(xml, 'w:pgSz')).toMatchObject({ w: '11906', h: '16838' });
		expect(attr(xml, 'w:pgMar')).toMatchObject({
			top: '1417',
			bottom: '1417',
			left: '1984',
			right: '850',
			header: '567',
		});
		expect(xml).toContain('<w:titlePg/>');
		const headers = Object.entries(doc().xml).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
		const withPage = headers.filter(([, x]) => /PAGE/.test(x));
		expect(headers).toHaveLength(2);
		expect(withPage).toHaveLength(1);
		const rels = doc().xml['word/_rels/document.xml.rels']!;
		const target = (type: string) => {
			const id = xml.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`))?.[1];
			return [...rels.matchAll(/<Relationship [^>]*>/g)]
				.map((m) => m[0])
				.find((r) => r.includes(`Id="${id}"`))
				?.match(/Target="([^"]+)"/)?.[1];
		};
		expect(doc().xml[`word/${target('default')}`]).toMatch(/PAGE/);
		expect(doc().xml[`word/${target('first')}`]).toMatch(/<w:hdr/);
		expect(doc().xml[`word/${target('first')}`]).not.toMatch(/PAGE/);
	});

	test('is set in Times New Roman throughout, Vietnamese, with no English in its text or properties', () => {
		const { paragraphs, xml } = doc();
		const fonts = new Set(paragraphs.flatMap((p) => p.runs.map((r) => r.font)));
		expect([...fonts]).toEqual(['Times New Roman']);
		expect(xml['word/styles.xml']).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
		expect(xml['word/styles.xml']).toMatch(/<w:lang w:val="vi-VN"/);
		const core = xml['docProps/core.xml']!;
		expect(core).toContain('<dc:creator>Ban Dân vận Tỉnh ủy Sơn Hà</dc:creator>');
		expect(core).not.toMatch(/Un-named/);
		const words = `${doc().text}\n${core.replace(/<[^>]+>/g, ' ')}`;
		expect(words).not.toMatch(
			/\b(the|and|of|page|report|unit|status|deadline|draft|table|undefined|null|NaN|Invalid|true|false|on-time|missing)\b/i
		);
	});

	test('opens with the Party header block: bodies, "*", number and symbol, motto with its rule, place and date in words', () => {
		const table = doc().tableElements[0]!;
		const left = cellParagraphs(table, 0, 0);
		const right = cellParagraphs(table, 0, 1);
		const code = which === 'synthesis' ? 'BC' : 'CV';
		expect(left.slice(0, 4).map((p) => p.text)).toEqual([
			'TỈNH ỦY SƠN HÀ',
			'BAN DÂN VẬN',
			'*',
			`Số       -${code}/BDVTU`,
		]);
		expect(left.slice(0, 4).map((p) => [p.align, p.runs[0]!.size, p.runs[0]!.bold])).toEqual([
			['center', 14, false],
			['center', 14, true],
			['center', 14, false],
			['center', 14, false],
		]);
		expect(right[0]!.text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(right[0]!.runs[0]).toMatchObject({ size: 15, bold: true, underline: true });
		expect(right[1]!.text).toBe('Sơn Hà, ngày 20 tháng 5 năm 2021');
		expect(right[1]!.runs[0]).toMatchObject({ size: 14, italics: true, bold: false });
		if (which === 'letter') {
			expect(left[4]!.text).toBe('V/v đôn đốc sơ kết 05 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị khóa XI');
			expect(left[4]!.runs[0]).toMatchObject({ size: 12, italics: true });
		} else expect(left).toHaveLength(4);
	});

	test('has its type and summary, or "Kính gửi:", under the header', () => {
		const { paragraphs } = doc();
		const after = paragraphs.findIndex((p) => p.text.startsWith('Sơn Hà, ngày')) + 1;
		if (which === 'synthesis') {
			expect(paragraphs[after]!.text).toBe('BÁO CÁO');
			expect(paragraphs[after]!.runs[0]).toMatchObject({ size: 15, bold: true });
			expect(paragraphs[after + 1]!.text).toBe(
				'kết quả sơ kết 05 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị khóa XI'
			);
			expect(paragraphs[after + 1]!.runs[0]).toMatchObject({ size: 14, bold: true });
			expect(paragraphs.map((p) => p.text)).not.toContain('Kính gửi:');
		} else {
			expect(paragraphs[after]!.text).toBe('Kính gửi:');
			expect(paragraphs.some((p) => p.text === 'BÁO CÁO')).toBe(false);
		}
	});

	test('ends with "Nơi nhận:" on the left and the signature block on the right', () => {
		const tables = doc().tableElements;
		const index = doc().tables.findIndex((t) => t[0]![0]!.startsWith('Nơi nhận:'));
		expect(index).toBeGreaterThan(0);
		const left = cellParagraphs(tables[index]!, 0, 0);
		const right = cellParagraphs(tables[index]!, 0, 1);
		expect(left[0]!.text).toBe('Nơi nhận:');
		expect(left[0]!.runs[0]).toMatchObject({ bold: true, italics: true, size: 12 });
		const lines = left.slice(1).map((p) => p.text);
		expect(lines.at(-1)).toBe('- Lưu Văn phòng.');
		expect(lines.every((l) => l.startsWith('- '))).toBe(true);
		expect(lines[0]).toBe(which === 'synthesis' ? '- Thường trực Tỉnh ủy (để báo cáo),' : '- Như trên,');
		const signature = right.filter((p) => p.text);
		expect(signature.map((p) => p.text)).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Thị Minh Hòa']);
		expect(signature.every((p) => p.align === 'center' && p.runs[0]!.bold && p.runs[0]!.size === 14)).toBe(true);
		// Room for the signature and the seal between the authority and the name.
		expect(right.length - signature.length).toBeGreaterThanOrEqual(3);
	});

	test('writes its body in 14 pt, justified, with a first-line indent', () => {
		const body = doc().paragraphs.filter((p) =>
			p.text.startsWith('Thực hiện Kế hoạch số 15-KH/TU, ngày 06 tháng 4 năm 2021 của Ban Thường vụ Tỉnh ủy')
		);
		expect(body).toHaveLength(1);
		expect(body[0]!.align).toBe('both');
		expect(body[0]!.runs[0]!.size).toBe(14);
		expect(doc().xml['word/document.xml']!.match(/<w:ind [^>]*>/g)).toContain('<w:ind w:firstLine="567"/>');
	});
});

test('the letters list exactly the overdue units of the urging list, each as the list words it', () => {
	const expected = figures.urging.flatMap((g) =>
		g.items
			.filter((i) => i.overdue)
			.map((i) => [
				i.row.unit.name,
				urgentLines(i.urgent)
					.map((l) => `${l.label}: ${formatVietnameseDate(l.date)}`)
					.join('\n'),
				urgentLines(i.urgent)
					.map((l) => statusLabel(l.status))
					.join('\n'),
				i.row.unit.contact ?? 'Chưa có trong danh sách',
			])
	);
	const listed = letters().flatMap((d) => {
		const table = data(d).tables.find((t) => t[0]![1] === 'Đơn vị')!;
		expect(table[0]).toEqual(['TT', 'Đơn vị', 'Thời hạn theo kế hoạch', 'Tình trạng', 'Liên hệ của đơn vị']);
		expect(table.slice(1).map((r) => r[0])).toEqual(table.slice(1).map((_, i) => String(i + 1)));
		return table.slice(1).map((r) => r.slice(1));
	});
	expect(listed.map((r) => r[0]).sort()).toEqual(expected.map((r) => r[0]).sort());
	expect(new Set(listed.map((r) => JSON.stringify(r)))).toEqual(new Set(expected.map((r) => JSON.stringify(r))));
	expect(listed.length).toBe(15);
	// Soon-due units are on the urging list but not chased by letter.
	expect(figures.urging.flatMap((g) => g.items).length).toBeGreaterThanOrEqual(listed.length);
	const yenLac = data('cong-van-don-doc-cac-don-vi-truc-thuoc').tables[1]!.find((r) => r[1] === 'Huyện ủy Yên Lạc');
	expect(yenLac?.[3]).toBe('Quá hạn 5 ngày, chưa gửi');
});

test('a letter to a parent asks it to chase its own units, by the reply date, with the office contact', () => {
	const letter = data('cong-van-don-doc-huyen-uy-thach-loc');
	expect(letter.paragraphs.map((p) => p.text)).toContain('Kính gửi: Huyện ủy Thạch Lộc');
	expect(letter.text).toContain('đơn vị trực thuộc Huyện ủy Thạch Lộc đã quá hạn');
	expect(letter.text).toContain('Ban Dân vận Tỉnh ủy đề nghị Huyện ủy Thạch Lộc đôn đốc các đơn vị trên');
	expect(letter.text).toContain('trước ngày 25 tháng 5 năm 2021');
	expect(letter.text).toContain('Cấp cơ sở tiến hành sơ kết trước ngày 30/4/2021');
	expect(letter.text).toContain('đồng chí Lê Văn Tâm');
	const rows = letter.tables[1]!.slice(1);
	expect(rows.map((r) => r[1])).toEqual(
		figures.urging
			.find((g) => g.followUp?.id === 'huyen-uy-thach-loc')!
			.items.filter((i) => i.overdue)
			.map((i) => i.row.unit.name)
	);
});

test('the synthesis appendix is the compliance table: every unit in its order, dates and status in its words', () => {
	const appendix = data(SYNTHESIS_REPORT).tables.at(-1)!;
	expect(appendix[0]).toEqual(['TT', 'Đơn vị', 'Cấp', 'Ngày sơ kết', 'Ngày gửi báo cáo', 'Tình trạng']);
	const tierName = new Map(campaign.tiers.map((t) => [t.id, t.name]));
	expect(appendix.slice(1)).toEqual(
		actionFirst(figures.rows).map((r, i) => [
			String(i + 1),
			r.unit.name,
			tierName.get(r.unit.tier),
			r.review ? formatVietnameseDate(r.review.heldOn) : '—',
			r.review ? formatVietnameseDate(r.review.sentOn) : '—',
			statusLabel(r.overall, r.overallKind),
		])
	);
	expect(appendix).toHaveLength(41);
	const { paragraphs } = data(SYNTHESIS_REPORT);
	expect(paragraphs.find((p) => p.text === 'PHỤ LỤC')).toBeTruthy();
});

test('the synthesis figures are the synthesis page figures', () => {
	const { text, tables } = data(SYNTHESIS_REPORT);
	const s = figures.synthesis;
	expect(text).toContain(
		`Toàn tỉnh có ${s.total.total} đơn vị phải tổ chức sơ kết, gửi báo cáo. Đến ngày 20 tháng 5 năm 2021, đã nhận ${s.total.done} báo cáo`
	);
	const byTier = tables.find((t) => t[0]![0] === 'Cấp' && t[0]![1] === 'Số đơn vị')!;
	expect(byTier.slice(1).map((r) => r.slice(0, 7))).toEqual([
		...s.byTier.map(({ tier, rollup: r }) => [
			tier.name,
			...[
				r.total,
				r.done,
				r.counts['on-time'],
				r.counts.late,
				r.counts.missing,
				r.counts['not-yet-due'] + r.counts.pending,
			].map(String),
		]),
		[
			'Tổng cộng',
			...[
				s.total.total,
				s.total.done,
				s.total.counts['on-time'],
				s.total.counts.late,
				s.total.counts.missing,
				s.total.counts['not-yet-due'] + s.total.counts.pending,
			].map(String),
		],
	]);
	expect(text).toContain('IV. BÀI HỌC KINH NGHIỆM');
	expect(text).toContain(`${s.lessons.reports} báo cáo nêu ${s.lessons.lessons} bài học kinh nghiệm`);
	// The office's own assessments are marked placeholders, not invented text.
	expect(text).toMatch(/\[Ban Dân vận Tỉnh ủy bổ sung: những hạn chế, khuyết điểm\]/);
	expect(data(SYNTHESIS_REPORT).xml['word/document.xml']).toMatch(/<w:highlight w:val="yellow"\/>/);
});

test('a campaign without an office block gets no documents', () => {
	const { office: _, ...rest } = campaign;
	expect(officeDocuments({ ...figures, campaign: rest })).toEqual([]);
});

test('numbers given in the campaign file replace the blank', async () => {
	const numbered = { ...campaign, office: { ...campaign.office!, numbers: { urging: '45', synthesis: '46' } } };
	const [report, letter] = officeDocuments({ ...figures, campaign: numbered });
	expect((await readDocx(await report!.bytes())).tables[0]![0]![0]).toContain('Số 46-BC/BDVTU');
	expect((await readDocx(await letter!.bytes())).tables[0]![0]![0]).toContain('Số 45-CV/BDVTU');
});

test('the results by unit type give each type’s headline figures, summed from its received reports', () => {
	const { text } = data(SYNTHESIS_REPORT);
	const received = figures.rows.filter((r) => r.review && r.unit.type === 'huyen-uy');
	const sum = (key: string) => received.reduce((n, r) => n + (r.review!.figures[key] ?? 0), 0);
	expect(sum('disseminationConferences')).toBeGreaterThan(0);
	const line = text.split('\n').find((l) => l.startsWith('- Huyện ủy, thị ủy, thành ủy: '))!;
	expect(line).toContain(`Hội nghị quán triệt ${sum('disseminationConferences')}`);
	expect(line).toContain(`Văn bản lãnh đạo, chỉ đạo ${sum('directiveDocuments')}`);
});

test('the same figures give the same bytes on every run, dated the as-of day', async () => {
	const again = officeDocuments(
		campaignFigures(campaign, content.units, content.reviews, { asOf: SAMPLE_AS_OF, closed: false })
	);
	const a = await documents[0]!.bytes();
	// A build a year later, as far as the clock can tell.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2030-06-01T08:00:00Z'));
	const b = await again[0]!.bytes().finally(() => vi.useRealTimers());
	expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	expect(data(SYNTHESIS_REPORT).xml['docProps/core.xml']).toContain('>2021-05-20T00:00:00Z</dcterms:created>');
});
