import { describe, expect, test } from 'vitest';
import { Document, ExternalHyperlink, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { DocxReadError, docxToMarkdown } from '../../src/lib/ingest/docx.ts';
import { buildReportDocx } from '../helpers/docx-fixture.ts';

// The validator parses report bodies this way; anything MDX would run or render as a tag is a failure here.
const parseMdx = (markdown: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as Root;
const MDX_CODE = new Set([
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxjsEsm',
	'html',
]);
const codeNodes = (tree: Root) => {
	const found: string[] = [];
	visit(tree, (node) => {
		if (MDX_CODE.has(node.type)) found.push(node.type);
	});
	return found;
};
const docxOf = (...children: (Paragraph | Table)[]) => Packer.toBuffer(new Document({ sections: [{ children }] }));

describe('docxToMarkdown', () => {
	test('keeps headings, lists and tables as GFM, and a bold section heading as a heading', async () => {
		const { markdown, warnings } = await docxToMarkdown(await buildReportDocx());
		expect(markdown).toBe(
			[
				'# BÁO CÁO SƠ KẾT',
				'',
				'# I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
				'',
				// A bold paragraph that reads as a section heading is stored as the heading the page renders it as.
				'###### Ưu điểm nổi bật',
				'',
				'Ban Thường vụ Đảng ủy đã ban hành kế hoạch.',
				'',
				'## 4. Bài học kinh nghiệm',
				'',
				'1. Một là, phát huy vai trò của nhân dân.',
				'2. Hai là, công khai, minh bạch.',
				'',
				'- Dân biết, dân bàn',
				'- Dân làm, dân kiểm tra',
				'',
				'### Số liệu',
				'',
				'| Nội dung           | Số lượng | Ghi chú  |',
				'| ------------------ | -------- | -------- |',
				'| Hội nghị đối thoại | 12       | Tăng 20% |',
				'| Lượt người dự      | 1.481    | Đạt      |',
				'',
				'Biểu thức \\{x\\} và a \\< b \\> c không phải là mã.',
				'',
			].join('\n')
		);
		expect(warnings).toEqual([]);
	});

	test('the result parses as MDX with no expressions or tags, and braces and angles survive as text', async () => {
		const { markdown } = await docxToMarkdown(await buildReportDocx());
		const tree = parseMdx(markdown);
		expect(codeNodes(tree)).toEqual([]);
		const types = tree.children.map((n) => n.type);
		expect(types).toEqual([
			'heading',
			'heading',
			'heading',
			'paragraph',
			'heading',
			'list',
			'list',
			'heading',
			'table',
			'paragraph',
		]);
		expect(toString(tree.children.at(-1))).toBe('Biểu thức {x} và a < b > c không phải là mã.');
		const table = tree.children[8];
		expect(table?.type === 'table' && table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
			['Nội dung', 'Số lượng', 'Ghi chú'],
			['Hội nghị đối thoại', '12', 'Tăng 20%'],
			['Lượt người dự', '1.481', 'Đạt'],
		]);
	});

	test('drops images with a warning and never embeds data URIs', async () => {
		const { markdown, warnings } = await docxToMarkdown(await buildReportDocx({ withImage: true }));
		expect(markdown).not.toMatch(/data:|!\[|<img/);
		expect(warnings).toEqual([
			'đã bỏ 1 ảnh: báo cáo chỉ đăng phần chữ; ảnh hãy gửi riêng (dropped 1 image: reports carry text only)',
		]);
	});

	test('text that MDX would read as code or tags stays text', async () => {
		const text = [
			'import x from "y"',
			'export const a = 1',
			'<div>html</div> & {a} </b>',
			'1. không phải danh sách',
			'> không phải trích dẫn',
		];
		const { markdown } = await docxToMarkdown(await docxOf(...text.map((t) => new Paragraph(t))));
		const tree = parseMdx(markdown);
		expect(codeNodes(tree)).toEqual([]);
		expect(tree.children.map((n) => [n.type, toString(n)])).toEqual(text.map((t) => ['paragraph', t]));
	});

	test('links are written [text](url), never as <autolinks> (a tag in MDX)', async () => {
		const link = new ExternalHyperlink({
			link: 'https://example.com/bao-cao',
			children: [new TextRun('https://example.com/bao-cao')],
		});
		const { markdown } = await docxToMarkdown(await docxOf(new Paragraph({ children: [link] })));
		expect(markdown).toBe('[https://example.com/bao-cao](https://example.com/bao-cao)\n');
		expect(codeNodes(parseMdx(markdown))).toEqual([]);
	});

	test('paragraphs and line breaks inside a table cell stay in one row', async () => {
		const cell = (...paragraphs: Paragraph[]) => new TableCell({ children: paragraphs });
		const table = new Table({
			rows: [
				new TableRow({ children: [cell(new Paragraph('TT')), cell(new Paragraph('Nội dung'))] }),
				new TableRow({
					children: [
						cell(new Paragraph('1')),
						cell(
							new Paragraph('Đoạn một'),
							new Paragraph({
								children: [new TextRun('dòng a'), new TextRun({ text: 'dòng b', break: 1 }), new TextRun(' a|b')],
							})
						),
					],
				}),
			],
		});
		const { markdown } = await docxToMarkdown(await docxOf(table));
		expect(markdown).toBe(
			[
				'| TT | Nội dung                    |',
				'| -- | --------------------------- |',
				'| 1  | Đoạn một dòng a dòng b a\\|b |',
				'',
			].join('\n')
		);
	});

	test('normalises decomposed letters to NFC', async () => {
		const { markdown } = await docxToMarkdown(await docxOf(new Paragraph('Bài học kinh nghiệm'.normalize('NFD'))));
		expect(markdown).toBe('Bài học kinh nghiệm\n');
	});

	test('refuses bytes that are not a .docx with a typed error', async () => {
		await expect(docxToMarkdown(Buffer.from('not a zip file'))).rejects.toBeInstanceOf(DocxReadError);
	});
});
