// Issue 11: a report may name its own sections in its details, and a missing section is explained in Vietnamese.
import { describe, expect, test } from 'vitest';
import { processReport } from '../../src/lib/report/process.ts';
import { BODY, review } from '../helpers/content-dir.ts';

const FILE = 'content/reviews/thu/xa-a1.mdx';
// BODY with its lessons heading worded as no rule can guess.
const ODD = BODY.replace('## IV. BÀI HỌC KINH NGHIỆM', '## IV. NHỮNG ĐIỀU RÚT RA');
const errors = (source: string) => processReport(source, FILE).problems.filter((p) => p.severity === 'error');

describe('a required section not found', () => {
	const [problem] = errors(review({}, ODD));
	test('is refused at the body start with the section as its field', () =>
		expect(problem).toMatchObject({ file: FILE, line: 8, field: 'section lessons', severity: 'error' }));
	test('says so in Vietnamese first, English after', () => {
		expect(problem!.message).toMatch(/^Thiếu phần bắt buộc "Bài học kinh nghiệm"/);
		expect(problem!.message).toMatch(/\(the required section "Bài học kinh nghiệm" is missing\)$/);
	});
	test('lists the headings found with the line and the section each was read as', () => {
		expect(problem!.message).toContain(
			'dòng 9 "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" (đã nhận là phần "Công tác lãnh đạo, chỉ đạo")'
		);
		expect(problem!.message).toMatch(/dòng \d+ "IV. NHỮNG ĐIỀU RÚT RA" \(chưa nhận ra\)/);
	});
	test('says what an unrecognised heading could be and how to name it in the details', () => {
		const [p] = errors(review({}, BODY.replace('## IV. BÀI HỌC KINH NGHIỆM', '### Điều rút ra về bài học dân vận')));
		expect(p!.message).toContain(
			'"Điều rút ra về bài học dân vận" (chưa nhận ra; có thể là phần "Bài học kinh nghiệm")'
		);
		expect(p!.message).toContain('sections: { lessons: "Điều rút ra về bài học dân vận" }');
	});
	test('never quotes more than a short excerpt of a heading', () => {
		const [p] = errors(review({}, `## ${'Rất dài '.repeat(5_000)}\n\nChữ.\n\n${ODD}`));
		expect(p!.message.length).toBeLessThan(2_000);
	});
});

describe('the frontmatter map from section to heading', () => {
	test('names a section no rule recognises; numbering and capitals do not matter', () => {
		const result = processReport(review({ sections: '{ lessons: "Những điều rút ra" }' }, ODD), FILE);
		expect(result.problems).toEqual([]);
		expect(result.sections.find((s) => s.key === 'lessons')?.heading).toBe('IV. NHỮNG ĐIỀU RÚT RA');
		expect(result.lessons.length).toBeGreaterThan(0);
	});
	test('a heading named there that is not in the report is a warning at the field', () => {
		const result = processReport(review({ sections: '{ proposals: "Ý kiến đề đạt" }' }), FILE);
		expect(result.problems).toMatchObject([{ line: 7, field: 'sections.proposals', severity: 'warning' }]);
		expect(result.problems[0]!.message).toMatch(/^không có đề mục "Ý kiến đề đạt" trong báo cáo/);
	});
	test('an unknown section key is refused', () => {
		const [p] = errors(review({ sections: '{ baiHoc: "Những điều rút ra" }' }, ODD));
		expect(p).toMatchObject({ file: FILE, field: expect.stringContaining('sections') });
	});
});
