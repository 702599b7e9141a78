import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/lib/content/problem.ts';
import { composeReport, relocate, type MetadataSource } from '../../src/lib/ingest/compose.ts';

const sidecar = (fields: Record<string, unknown>, fallback = false): MetadataSource => ({
	file: 'inbox/a.docx.yaml',
	fields: Object.fromEntries(
		Object.entries(fields).map(([key, value], i) => [key, { value, line: i + 1, column: key.length + 3 }])
	),
	...(fallback && { fallback }),
});
const problem = (line: number, field: string, column = 1): Problem => ({
	file: 'inbox/a.md',
	line,
	column,
	field,
	message: 'm',
	severity: 'error',
});

describe('composeReport', () => {
	test('a report with all its details is kept byte for byte', () => {
		const text = '---\ncampaign: thu\nunit: xa-a2\n---\n\nNội dung\n';
		expect(composeReport('inbox/a.md', text, [])).toMatchObject({ text, problems: [] });
	});

	test('missing details go just before the closing fence, so every line the person wrote keeps its place', () => {
		const text = '---\n# ghi chú\nform: written\n---\n\n## I. Lãnh đạo\n';
		const composed = composeReport('inbox/a.md', text, [sidecar({ unit: 'xa-a2', heldOn: '27/4/2021' })]);
		expect(composed.text).toBe(
			'---\n# ghi chú\nform: written\nunit: "xa-a2"\nheldOn: "27/4/2021"\n---\n\n## I. Lãnh đạo\n'
		);
		expect(relocate(problem(3, 'form', 7), composed.origins, 'inbox/a.md')).toMatchObject({
			file: 'inbox/a.md',
			line: 3,
			column: 7,
		});
		expect(relocate(problem(5, 'heldOn', 9), composed.origins, 'inbox/a.md')).toMatchObject({
			file: 'inbox/a.docx.yaml',
			line: 2,
			column: 9,
		});
		expect(relocate(problem(8, 'body'), composed.origins, 'inbox/a.md')).toMatchObject({ file: 'inbox/a.md', line: 6 });
	});

	test('a file with no details gets a frontmatter of its own; body lines still map to the file', () => {
		const composed = composeReport('inbox/a.md', '# BÁO CÁO\n\nNội dung\n', [sidecar({ unit: 'xa-a2' })]);
		expect(composed.text).toBe('---\nunit: "xa-a2"\n---\n\n# BÁO CÁO\n\nNội dung\n');
		expect(relocate(problem(7, 'body'), composed.origins, 'inbox/a.md')).toMatchObject({ file: 'inbox/a.md', line: 3 });
		// A missing field is reported at the start of the details, here an added line: it belongs to the whole file.
		expect(relocate(problem(2, 'sentOn'), composed.origins, 'inbox/a.md')).toMatchObject({
			file: 'inbox/a.md',
			line: 0,
			column: 0,
		});
	});

	test('values are written so YAML reads them back unchanged: quotes, colons, nested values', () => {
		const composed = composeReport('inbox/a.md', 'x\n', [
			sidecar({ signer: 'T/M ĐẢNG ỦY: "Bí thư"', attendance: { total: 85 }, 'tên lạ': 1 }),
		]);
		expect(composed.text.split('\n').slice(1, 4)).toEqual([
			'signer: "T/M ĐẢNG ỦY: \\"Bí thư\\""',
			'attendance: {"total":85}',
			'"tên lạ": 1',
		]);
	});

	test('a detail given twice with different values is a problem at the later source, never an override', () => {
		const text = '---\nunit: xa-a1\n---\nx\n';
		const composed = composeReport('inbox/a.md', text, [sidecar({ unit: 'xa-a2' })]);
		expect(composed.text).toBe(text);
		expect(composed.problems).toEqual([
			{
				file: 'inbox/a.docx.yaml',
				line: 1,
				column: 7,
				field: 'unit',
				severity: 'error',
				message:
					'“Đơn vị” (unit) ở đây là "xa-a2" nhưng ở inbox/a.md dòng 2 là "xa-a1"; hãy sửa cho giống nhau hoặc bỏ một chỗ (unit is "xa-a2" here but "xa-a1" in inbox/a.md dòng 2; make them agree or remove one)',
			},
		]);
	});

	test('the same value given twice is fine, and a fallback only fills a gap', () => {
		const text = '---\nunit: xa-a2\ncampaign: khac\n---\nx\n';
		expect(
			composeReport('inbox/a.md', text, [sidecar({ unit: 'xa-a2' }), sidecar({ campaign: 'thu' }, true)])
		).toMatchObject({ text, problems: [] });
	});

	test('details opened but never closed are refused at line 1', () => {
		expect(
			composeReport('inbox/a.md', '---\nunit: xa-a2\n\n## I. Lãnh đạo\n', [sidecar({ form: 'written' })]).problems
		).toEqual([expect.objectContaining({ file: 'inbox/a.md', line: 1, field: 'frontmatter' })]);
	});

	test('broken YAML in the file is reported at its line and nothing is added', () => {
		const composed = composeReport('inbox/a.md', '---\nunit: [xa\nform: written\n---\nx\n', [
			sidecar({ heldOn: '1/1/2021' }),
		]);
		expect(composed.problems[0]).toMatchObject({ file: 'inbox/a.md', field: '', severity: 'error' });
		expect(composed.problems[0]!.line).toBeGreaterThanOrEqual(2);
	});
});
