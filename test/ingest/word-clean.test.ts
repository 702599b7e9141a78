// Word files come in clean: real headings, the Party header read into the details and taken out, checked against the roster.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { composeAndCheck } from '../../src/lib/ingest/check.ts';
import { docxToMarkdown } from '../../src/lib/ingest/docx.ts';
import { issuingBodyOf, readHeaderBlock } from '../../src/lib/ingest/header-block.ts';
import { isRefusal, readReport } from '../../src/lib/ingest/read.ts';
import type { Unit } from '../../src/lib/model.ts';
import { runScript } from '../helpers/cli.ts';
import { validProject } from '../helpers/content-dir.ts';
import { ROOT } from '../helpers/site.ts';
import { loadCampaigns } from '../../src/lib/content/load.ts';
import { reportTemplate } from '../../src/lib/template/report-template.ts';
import { fillTemplate } from '../helpers/fill-template.ts';
import { buildPartyReportDocx } from '../helpers/docx-fixture.ts';

const ingest = (root: string, ...args: string[]) => runScript('ingest', args, root);
const SIDECAR =
	'campaign: thu\nunit: xa-a2\nform: hội nghị\nheldOn: 27/4/2021\nsentOn: 29/4/2021\nattendance: { total: 85 }\n';

function projectWithInbox(files: Record<string, string | Buffer>): string {
	const root = validProject();
	mkdirSync(join(root, 'inbox'));
	for (const [name, data] of Object.entries(files)) writeFileSync(join(root, 'inbox', name), data);
	return root;
}

describe('a Word report with bold-paragraph headings and a Party header', () => {
	test('its bold section headings are stored as real headings, at the level their numbering gives', async () => {
		const { markdown } = await docxToMarkdown(await buildPartyReportDocx());
		expect(markdown).toContain('\n## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n');
		expect(markdown).toContain('\n## IV. BÀI HỌC KINH NGHIỆM\n');
		expect(markdown).toContain('\n### 2. Hạn chế\n');
		expect(markdown).not.toMatch(/^\*\*(I|II|III|IV|V)\. /m);
	});

	test('the header block is read into issuingBody, documentNumber and issuedOn and taken out with the title and separator lines', async () => {
		const { markdown } = await docxToMarkdown(await buildPartyReportDocx());
		const header = readHeaderBlock('a.docx', markdown)!;
		expect(Object.fromEntries(Object.entries(header.source.fields).map(([k, v]) => [k, v.value]))).toEqual({
			issuingBody: 'ĐẢNG UỶ XÃ AN BÌNH',
			documentNumber: '12-BC/ĐU',
			issuedOn: '2021-04-28',
		});
		expect(header.text.split('\n').slice(0, 3)).toEqual([
			'Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy, Đảng ủy xã báo cáo như sau:',
			'',
			'## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
		]);
		for (const gone of ['ĐẢNG CỘNG SẢN', 'Số 12-BC', 'ngày 28 tháng 4', 'BÁO CÁO', 'Kết quả sơ kết 05 năm', '-----'])
			expect(header.text).not.toContain(gone);
	});

	test("the Word template's details table after the header stays for details-table.ts to read, even with a date in it", () => {
		const text =
			'| ĐẢNG BỘ HUYỆN THẠCH LỘC | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n| --- | --- |\n\n**BÁO CÁO**\n\n| **Thông tin báo cáo** | **Nội dung** |\n| --- | --- |\n| Ngày tổ chức sơ kết | ngày 27 tháng 4 năm 2021 |\n\n# I. CÔNG TÁC LÃNH ĐẠO\n\nViệc đã làm.\n';
		expect(readHeaderBlock('a.docx', text)!.text).toBe(
			'| **Thông tin báo cáo** | **Nội dung** |\n| --- | --- |\n| Ngày tổ chức sơ kết | ngày 27 tháng 4 năm 2021 |\n\n# I. CÔNG TÁC LÃNH ĐẠO\n\nViệc đã làm.\n'
		);
	});

	test('a filled Word template comes in with its header, "BÁO CÁO", summary and instruction gone and its details read from the table', async () => {
		const campaign = loadCampaigns(ROOT, join(ROOT, 'content')).campaigns.find((c) => c.id === 'kl120-2021')!;
		const filled = await fillTemplate(
			await reportTemplate(campaign),
			{
				unit: 'Đảng ủy xã Phú Mỹ',
				documentNumber: '07-BC/ĐU',
				form: 'hội nghị',
				heldOn: '26/4/2021',
				sentOn: '28/4/2021',
				attendance: '64',
			},
			{ lessons: ['Một là, cấp ủy phải gương mẫu.'] }
		);
		const read = await readReport('mau.docx', filled);
		if (isRefusal(read)) throw new Error('refused');
		const checked = composeAndCheck('mau.docx', read, [], {
			campaigns: [campaign],
			units: loadContent({ root: ROOT }).units,
			now: new Date('2021-05-01'),
			targetOf: (c, u) => `content/reviews/${c}/${u}.mdx`,
		});
		const body = checked.text.slice(checked.text.indexOf('\n---\n') + 5);
		expect(body.startsWith('\n# I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n')).toBe(true);
		expect(checked.text).toMatch(/^unit: "xa-phu-my"$/m);
		expect(checked.text).toMatch(/^documentNumber: "07-BC\/ĐU"$/m);
		// The template's header leaves the issuing body for the clerk to fill: its dotted placeholder is no body's name.
		expect(checked.processed?.frontmatter?.issuingBody).toBeUndefined();
		for (const gone of ['ĐẢNG CỘNG SẢN', 'BÁO CÁO', 'kết quả sơ kết 05 năm', 'Thông tin báo cáo'])
			expect(checked.text).not.toContain(gone);
	});

	test('a header typed as paragraphs (tabs between the columns) is read and dropped just the same', () => {
		const text =
			'ĐẢNG BỘ HUYỆN THẠCH LỘC ĐẢNG CỘNG SẢN VIỆT NAM\n\n**ĐẢNG ỦY XÃ AN BÌNH**\n\n\\*\n\nSố 07-BC/ĐU\n\n_An Bình, ngày 05 tháng 02 năm 2021_\n\n---\n\n**BÁO CÁO**\n\n**kết quả sơ kết 05 năm**\n\nThực hiện kế hoạch, Đảng ủy báo cáo như sau:\n';
		const header = readHeaderBlock('a.docx', text)!;
		expect(header.text).toBe('Thực hiện kế hoạch, Đảng ủy báo cáo như sau:\n');
		expect(Object.fromEntries(Object.entries(header.source.fields).map(([k, v]) => [k, v.value]))).toEqual({
			issuingBody: 'ĐẢNG ỦY XÃ AN BÌNH',
			documentNumber: '07-BC/ĐU',
			issuedOn: '2021-02-05',
		});
		expect(header.lines).toContain('ĐẢNG ỦY XÃ AN BÌNH');
	});

	test('a printed date that is no day of the calendar is not taken, and the report is not refused for it', () => {
		const header = readHeaderBlock(
			'a.docx',
			'ĐẢNG CỘNG SẢN VIỆT NAM\n\n_An Bình, ngày 31 tháng 02 năm 2021_\n\nViệc đã làm.\n'
		)!;
		expect(header.source.fields).toEqual({});
		expect(header.text).toBe('Việc đã làm.\n');
	});

	test('a hostile header table (a "Số" followed by 100,000 digits) is refused as a header without a long scan', () => {
		expect(
			readHeaderBlock(
				'a.docx',
				`| Số ${'1'.repeat(100_000)} | ĐẢNG CỘNG SẢN VIỆT NAM |\n| --- | --- |\n\nViệc đã làm.\n`
			)
		).toBeNull();
	});

	test('a table of figures at the top, dates and all, is report text and stays', () => {
		const text =
			'| Nội dung | Ngày | Số lượng |\n| --- | --- | --- |\n| Hội nghị | ngày 28 tháng 4 năm 2021 | 4 |\n\nViệc đã làm.\n';
		expect(readHeaderBlock('a.docx', text)).toBeNull();
	});

	test('a report that starts with its own text has no header block: nothing is taken out', () => {
		expect(
			readHeaderBlock(
				'a.docx',
				'Thực hiện Kế hoạch số 25-KH/HU, Đảng ủy báo cáo như sau:\n\n## I. CÔNG TÁC LÃNH ĐẠO\n\nViệc đã làm.\n'
			)
		).toBeNull();
		expect(readHeaderBlock('a.docx', '**BÁO CÁO**\n\nĐẢNG ỦY XÃ AN BÌNH\n\nViệc đã làm.\n')).toBeNull();
	});
});

describe('ingest of a Word report with a Party header', () => {
	test("stores real headings and the header's number and date, without the header; byte-identical to what the send page checks", async () => {
		const bytes = await buildPartyReportDocx({ issuer: 'ĐẢNG UỶ XÃ A2' });
		const root = projectWithInbox({ 'a.docx': bytes, 'a.docx.yaml': SIDECAR });
		const result = await ingest(root, 'inbox/a.docx');
		expect(result.code, result.stdout + result.stderr).toBe(0);
		const stored = readFileSync(join(root, 'content/reviews/thu/xa-a2.mdx'), 'utf8');
		expect(stored).toMatch(/^documentNumber: "12-BC\/ĐU"$/m);
		expect(stored).toMatch(/^issuedOn: "2021-04-28"$/m);
		expect(stored).toMatch(/^issuingBody: "ĐẢNG UỶ XÃ A2"$/m);
		expect(stored).toContain('\n## III. ĐÁNH GIÁ CHUNG\n');
		expect(stored).not.toContain('**');
		expect(stored).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(stored).not.toContain('BÁO CÁO');
		const review = loadContent({ root }).reviews.find((r) => r.unit === 'xa-a2');
		expect(review).toMatchObject({ issuingBody: 'ĐẢNG UỶ XÃ A2', documentNumber: '12-BC/ĐU', issuedOn: '2021-04-28' });

		// The send page runs the same core on the same bytes and offers the same file for download.
		const content = loadContent({ root });
		const read = await readReport('inbox/a.docx', bytes);
		if (isRefusal(read)) throw new Error('refused');
		const fields = {
			campaign: 'thu',
			unit: 'xa-a2',
			form: 'hội nghị',
			heldOn: '27/4/2021',
			sentOn: '29/4/2021',
			attendance: { total: 85 },
		};
		const source = {
			file: 'inbox/a.docx.yaml',
			fields: Object.fromEntries(Object.entries(fields).map(([k, value], i) => [k, { value, line: i + 1, column: 1 }])),
		};
		const checked = composeAndCheck('inbox/a.docx', read, [source], {
			campaigns: content.campaigns,
			units: content.units,
			now: new Date(),
			targetOf: (c, u) => `content/reviews/${c}/${u}.mdx`,
		});
		expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(checked.text).toBe(stored);
	});

	test('a file whose header names another unit of the roster is refused with both names, Vietnamese first, and nothing is written', async () => {
		const root = projectWithInbox({
			'a.docx': await buildPartyReportDocx({ issuer: 'ĐẢNG ỦY XÃ A1' }),
			'a.docx.yaml': SIDECAR,
		});
		const result = await ingest(root, 'inbox/a.docx');
		expect(result.code).not.toBe(0);
		expect(result.stdout).toMatch(
			/inbox\/a\.docx:1:1 {2}unit {2}phần đầu tệp Word ghi đơn vị "Đảng ủy xã A1", nhưng tệp được gửi cho "Đảng ủy xã A2"/
		);
		expect(existsSync(join(root, 'content/reviews/thu/xa-a2.mdx'))).toBe(false);
		expect(readdirSync(join(root, 'content/reviews/thu'))).toEqual(['xa-a1.mdx']);
	});
});

describe('a Word file typed in an old font', () => {
	test('its bold headings, readable only once converted, are stored as real headings too', async () => {
		const { Document, Packer, Paragraph, TextRun } = await import('docx');
		const { encodeLegacy } = await import('../helpers/legacy-encode.ts');
		const tcvn3 = (text: string) => encodeLegacy(text, 'tcvn3').toString('latin1');
		const lines = [
			'I. Công tác lãnh đạo, chỉ đạo',
			'Đảng ủy đã ban hành kế hoạch và tổ chức quán triệt.',
			'IV. Bài học kinh nghiệm',
			'Một là, phát huy vai trò của người đứng đầu.',
		];
		const bytes = await Packer.toBuffer(
			new Document({
				sections: [
					{
						children: lines.map(
							(l, i) => new Paragraph({ children: [new TextRun({ text: tcvn3(l), bold: i % 2 === 0 })] })
						),
					},
				],
			})
		);
		const read = await readReport('a.docx', bytes);
		if (isRefusal(read)) throw new Error(JSON.stringify(read.problems));
		expect(read.text).toBe(
			'## I. Công tác lãnh đạo, chỉ đạo\n\nĐảng ủy đã ban hành kế hoạch và tổ chức quán triệt.\n\n## IV. Bài học kinh nghiệm\n\nMột là, phát huy vai trò của người đứng đầu.\n'
		);
	});
});

describe('after the header is taken out', () => {
	// The converted text of a Word file, with its details in a sidecar, checked as ingest and the send page check it.
	const checkConverted = (text: string) => {
		const content = loadContent({ root: validProject() });
		const fields = {
			campaign: 'thu',
			unit: 'xa-a2',
			form: 'hội nghị',
			heldOn: '27/4/2021',
			sentOn: '29/4/2021',
			attendance: { total: 85 },
		};
		const source = {
			file: 'a.docx.yaml',
			fields: Object.fromEntries(Object.entries(fields).map(([k, value], i) => [k, { value, line: i + 1, column: 1 }])),
		};
		return composeAndCheck('a.docx', { text, converted: true, notes: [], warnings: [] }, [source], {
			campaigns: content.campaigns,
			units: content.units,
			now: new Date(),
			targetOf: (c, u) => `content/reviews/${c}/${u}.mdx`,
		});
	};
	test('a problem in the body points at its line in the converted Word text, not in the shortened text', async () => {
		const { markdown } = await docxToMarkdown(await buildPartyReportDocx({ issuer: 'ĐẢNG ỦY XÃ A2' }));
		// The "Nguyên nhân" section left empty: its heading is the line the clerk must find.
		const text = markdown.replace('Cấp ủy chưa sâu sát.\n\n', '');
		const checked = checkConverted(text);
		const empty = checked.problems.find((p) => p.field === 'section causes')!;
		expect(empty).toMatchObject({ file: 'a.docx', severity: 'error' });
		expect(text.split('\n')[empty.line - 1]).toBe('### 3. Nguyên nhân');
	});

	test('a problem in a Word file names its Word paragraph, first words and heading, and says what to do in Word', async () => {
		const { markdown } = await docxToMarkdown(await buildPartyReportDocx({ issuer: 'ĐẢNG ỦY XÃ A2' }));
		const text = markdown.replace('Cấp ủy chưa sâu sát.', 'Cấp ủy chưa sâu sát, [xem thêm](javascript:alert(1)).');
		const checked = checkConverted(text);
		const link = checked.problems.find((p) => p.field === 'body')!;
		// Blocks of the converted text are the Word document's paragraphs (a table row counts as one).
		const paragraph =
			text
				.split(/\n\s*\n/)
				.filter((b) => b.trim())
				.findIndex((b) => b.includes('Cấp ủy chưa sâu sát')) + 1;
		expect(link).toMatchObject({ file: 'a.docx', paragraph, severity: 'error' });
		expect(link.message).toMatch(
			new RegExp(
				`^Ở đoạn thứ ${paragraph} trong tệp Word \\(bắt đầu “Cấp ủy chưa sâu sát, xem thêm\\.”, dưới đề mục “3\\. Nguyên nhân”\\): liên kết "javascript:alert\\(1\\)" không được phép`
			)
		);
		expect(link.message).toMatch(/Hãy sửa đoạn đó trong Word \(xóa liên kết/);
	});
});

describe('the header is checked against the roster only when it clearly names another unit', () => {
	const roster = [
		{ id: 'huyen-a', name: 'Huyện ủy Thạch Lộc', campaign: 'c', tier: 'huyen', type: 'huyen-uy' },
		{
			id: 'xa-an-binh',
			name: 'Đảng ủy xã An Bình',
			campaign: 'c',
			tier: 'co-so',
			type: 'dang-uy-xa',
			parent: 'huyen-a',
		},
		{
			id: 'xa-an-thanh',
			name: 'Đảng ủy xã An Thạnh',
			campaign: 'c',
			tier: 'co-so',
			type: 'dang-uy-xa',
			parent: 'huyen-a',
		},
		{
			id: 'xa-an-binh-tay',
			name: 'Đảng ủy xã An Bình Tây',
			campaign: 'c',
			tier: 'co-so',
			type: 'dang-uy-xa',
			parent: 'huyen-a',
		},
	] as Unit[];
	const header = (issuer: string) =>
		`| HUYỆN ỦY THẠCH LỘC ${issuer} \\* Số 12-BC/ĐU | ĐẢNG CỘNG SẢN VIỆT NAM |\n| --- | --- |\n\nViệc đã làm.\n`;
	const check = async (issuer: string, unit: string) => {
		const { headerUnitProblem } = await import('../../src/lib/ingest/header-block.ts');
		return headerUnitProblem(
			'a.docx',
			readHeaderBlock('a.docx', header(issuer))!,
			roster.find((u) => u.id === unit)!,
			roster
		);
	};
	test('its own name in capitals and old tone marks, or a name not on the roster, passes; the superior body named above it is no other unit', async () => {
		expect(await check('ĐẢNG UỶ XÃ AN BÌNH', 'xa-an-binh')).toBeNull();
		expect(await check('ĐẢNG ỦY XÃ BÌNH AN MỚI', 'xa-an-binh')).toBeNull();
	});
	test('another commune of the roster is refused, naming both', async () => {
		expect((await check('ĐẢNG ỦY XÃ AN THẠNH', 'xa-an-binh'))?.message).toMatch(
			/^phần đầu tệp Word ghi đơn vị "Đảng ủy xã An Thạnh", nhưng tệp được gửi cho "Đảng ủy xã An Bình"/
		);
	});
	test("a longer roster name that holds the unit's name is another unit, both ways round", async () => {
		expect((await check('ĐẢNG ỦY XÃ AN BÌNH TÂY', 'xa-an-binh'))?.message).toMatch(
			/^phần đầu tệp Word ghi đơn vị "Đảng ủy xã An Bình Tây", nhưng tệp được gửi cho "Đảng ủy xã An Bình"/
		);
		expect((await check('ĐẢNG ỦY XÃ AN BÌNH', 'xa-an-binh-tay'))?.message).toMatch(
			/^phần đầu tệp Word ghi đơn vị "Đảng ủy xã An Bình", nhưng tệp được gửi cho "Đảng ủy xã An Bình Tây"/
		);
		expect(await check('ĐẢNG ỦY XÃ AN BÌNH TÂY', 'xa-an-binh-tay')).toBeNull();
	});
});

describe('the issuing body is read from the header as printed', () => {
	test.each([
		[
			'a table cell, superior above it',
			[
				'ĐẢNG BỘ HUYỆN HÒA VANG ĐẢNG ỦY XÃ AN BÌNH * Số 12-BC/ĐU',
				'ĐẢNG CỘNG SẢN VIỆT NAM Hòa Bình, ngày 28 tháng 4 năm 2021',
			],
			'ĐẢNG ỦY XÃ AN BÌNH',
		],
		[
			'a standing committee is one body',
			['ĐẢNG BỘ TỈNH B', 'BAN THƯỜNG VỤ HUYỆN ỦY A', '*', 'Số 45-BC/HU'],
			'BAN THƯỜNG VỤ HUYỆN ỦY A',
		],
		['the template left unfilled', ['ĐẢNG BỘ ………………… ĐẢNG ỦY ………………… * Số -BC/……'], null],
		['report text', ['Thực hiện kế hoạch của Ban Thường vụ Huyện ủy'], null],
	])('%s', (_, lines, body) => {
		expect(issuingBodyOf(lines)).toBe(body);
	});
});
