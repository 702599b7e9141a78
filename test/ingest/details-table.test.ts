import { describe, expect, test } from 'vitest';
import { readDetailsTable } from '../../src/lib/ingest/details-table.ts';
import type { Unit } from '../../src/lib/model.ts';
import { SECTION_HINTS } from '../../src/lib/template/details.ts';

const units = [
	{ id: 'xa-an-binh', name: 'Đảng ủy xã An Bình', campaign: 'c', tier: 'co-so', type: 'dang-uy-xa' },
	{ id: 'xa-an-thanh', name: 'Đảng ủy xã An Thạnh', campaign: 'c', tier: 'co-so', type: 'dang-uy-xa' },
] as Unit[];

// Text as mammoth and docx.ts make it from a filled template.
const converted = (rows: string) => `| ĐẢNG BỘ … | **ĐẢNG CỘNG SẢN VIỆT NAM** |
| --- | --- |

**BÁO CÁO**

| **Thông tin báo cáo** | **Nội dung** |
| --- | --- |
${rows}

# I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

_${SECTION_HINTS.leadership}_

Đảng ủy ban hành kế hoạch.
`;

describe('readDetailsTable', () => {
	test('reads each filled row (the unit by its roster name, typed without care for case) and removes the header block and hints', () => {
		const read = readDetailsTable(
			'a.docx',
			converted(
				'| Đơn vị | đảng ủy xã an bình |\n| Số văn bản | 12-BC/ĐU |\n| Hình thức sơ kết | hội nghị |\n| Số đại biểu dự hội nghị | 1.085 |\n| Người ký | |'
			),
			units
		)!;
		expect(read.problems).toEqual([]);
		expect(Object.fromEntries(Object.entries(read.source.fields).map(([k, v]) => [k, v.value]))).toEqual({
			unit: 'xa-an-binh',
			documentNumber: '12-BC/ĐU',
			form: 'hội nghị',
			attendance: { total: 1085 },
		});
		expect(read.source.fields.unit!.line).toBe(8);
		expect(read.text).toBe('# I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n\nĐảng ủy ban hành kế hoạch.\n');
	});

	test('a hint left in a cell is no value, and a name not on the roster is an error on its line', () => {
		const read = readDetailsTable(
			'a.docx',
			converted('| Đơn vị | Đảng ủy xã Không Có |\n| Hình thức sơ kết | hội nghị hoặc bằng văn bản |'),
			units
		)!;
		expect(read.source.fields).toEqual({});
		expect(read.problems).toEqual([
			expect.objectContaining({ file: 'a.docx', line: 8, field: 'unit', severity: 'error' }),
		]);
	});

	test("a report without the template's table is left as it is", () => {
		expect(readDetailsTable('a.docx', '| Nội dung | Số lượng |\n| --- | --- |\n| Hội nghị | 4 |\n', units)).toBeNull();
	});

	test('text before the table is kept when it holds a heading: only a header block is dropped', () => {
		const text = `# I. CÔNG TÁC LÃNH ĐẠO\n\nViệc đã làm.\n\n| Thông tin báo cáo | Nội dung |\n| --- | --- |\n| Đơn vị | Đảng ủy xã An Thạnh |\n\nSau bảng.\n`;
		expect(readDetailsTable('a.docx', text, units)!.text).toBe('# I. CÔNG TÁC LÃNH ĐẠO\n\nViệc đã làm.\n\nSau bảng.\n');
	});
});
