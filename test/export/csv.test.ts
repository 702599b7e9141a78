import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/export/csv.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('csvCell', () => {
	test.each([
		['Đảng ủy xã An Bình', 'Đảng ủy xã An Bình'],
		['Huyện ủy Thạch Lộc, tỉnh Sơn Hà', '"Huyện ủy Thạch Lộc, tỉnh Sơn Hà"'],
		['Phong trào "Dân vận khéo"', '"Phong trào ""Dân vận khéo"""'],
		['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
		[' khoảng trắng', '" khoảng trắng"'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['-5', "'-5"],
		// Every prefix a spreadsheet reads as the start of a formula (or as a formula after its own trimming).
		['+1+cmd|" /C calc"!A0', `"'+1+cmd|"" /C calc""!A0"`],
		['@SUM(1+1)', "'@SUM(1+1)"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', `"'\r=1+1"`],
		['\r\n=1+1', `"'\r\n=1+1"`],
		[42, '42'],
		[undefined, ''],
		['Ho\u0300a', 'Hòa'],
	] as const)('%j → %s', (value, expected) => expect(csvCell(value)).toBe(expected));
});

test('a file starts with a byte order mark and ends rows with CRLF', () => {
	const csv = toCsv(['Đơn vị', 'Số'], [['Xã A', 1]]);
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	expect(csv.slice(1)).toBe('Đơn vị,Số\r\nXã A,1\r\n');
});

test('Vietnamese text with commas, quotes and line breaks round-trips', () => {
	const rows = [
		['Huyện ủy Thạch Lộc, tỉnh Sơn Hà', 'Chậm 3 ngày'],
		['Phong trào "Dân vận khéo"', 'dòng 1\r\ndòng 2'],
		['', 'Đúng hạn'],
	];
	const parsed = parseCsv(toCsv(['Đơn vị', 'Tình trạng'], rows));
	expect(parsed).toEqual([['Đơn vị', 'Tình trạng'], ...rows]);
});
