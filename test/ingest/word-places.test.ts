import { describe, expect, test } from 'vitest';
import { inWordTerms, wordPlaces } from '../../src/lib/ingest/word-places.ts';

const CONVERTED = [
	'| ĐẢNG BỘ HUYỆN A | ĐẢNG CỘNG SẢN VIỆT NAM |', // 1: a table row is one paragraph
	'| --- | --- |',
	'| ĐẢNG ỦY XÃ B | Ngày 1 tháng 5 năm 2021 |', // 3
	'',
	'# I. CÔNG TÁC LÃNH ĐẠO', // 5
	'',
	'Đảng ủy đã **ban hành** nghị quyết', // 7: a paragraph over two lines
	'và kế hoạch.',
	'',
	'- Một là, \\[gương mẫu\\].', // 10: each list item is a paragraph in Word
	'- Hai là, [dân biết](https://a.vn).',
].join('\n');

describe('lines of the Markdown made from a Word file, mapped back to Word paragraphs', () => {
	const places = wordPlaces(CONVERTED);
	test.each([
		[1, 1, 'ĐẢNG BỘ HUYỆN A ĐẢNG CỘNG SẢN VIỆT NAM', undefined],
		[2, 1, 'ĐẢNG BỘ HUYỆN A ĐẢNG CỘNG SẢN VIỆT NAM', undefined],
		[3, 2, 'ĐẢNG ỦY XÃ B Ngày 1 tháng 5 năm 2021', undefined],
		[5, 3, 'I. CÔNG TÁC LÃNH ĐẠO', undefined],
		[8, 4, 'Đảng ủy đã ban hành nghị quyết', 'I. CÔNG TÁC LÃNH ĐẠO'],
		[10, 5, 'Một là, [gương mẫu].', 'I. CÔNG TÁC LÃNH ĐẠO'],
		[11, 6, 'Hai là, dân biết.', 'I. CÔNG TÁC LÃNH ĐẠO'],
	])('line %i is paragraph %i, "%s"', (line, paragraph, opening, heading) => {
		expect(places[line - 1]).toEqual({ paragraph, opening, ...(heading && { heading }) });
	});

	test('a blank line is no paragraph, and a problem there keeps its line', () => {
		expect(places[3]).toBeNull();
		const problem = { file: 'a.docx', line: 4, column: 1, field: 'body', message: 'x', severity: 'error' as const };
		expect(inWordTerms(problem, places, 'a.docx')).toBe(problem);
	});

	test('a problem of the details (unit, dates) read from the header or table keeps its words, placed at its paragraph', () => {
		const problem = { file: 'a.docx', line: 3, column: 1, field: 'unit', message: 'x', severity: 'error' as const };
		expect(inWordTerms(problem, places, 'a.docx')).toEqual({ ...problem, paragraph: 2 });
	});

	test('a hostile line of 200,000 brackets is quoted from its start only', () => {
		const [place] = wordPlaces('['.repeat(200_000));
		expect(place!.opening.length).toBeLessThanOrEqual(60);
	});
});
