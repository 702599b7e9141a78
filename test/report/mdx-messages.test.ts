import { describe, expect, test } from 'vitest';
import { processReport } from '../../src/lib/report/process.ts';

// A report whose details take N lines: every line a person is told is a line of the file they have.
const DETAILS = [
	'campaign: thu',
	'unit: xa-a1',
	'form: conference',
	'heldOn: 2021-04-28',
	'sentOn: 2021-04-29',
	'signer: Nguyễn Văn A',
	'documentNumber: 12-BC/ĐU',
];
const file = (body: string[], details = DETAILS) => ['---', ...details, '---', '', ...body].join('\n');
const firstError = (text: string) =>
	processReport(text, 'x.mdx', { parser: 'full' }).problems.find((p) => p.field === 'body' && p.severity === 'error')!;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('MDX syntax errors: Vietnamese first, what to write, at the line of the file', () => {
	test.each([
		[
			'an attribute without quotes',
			['# Kết quả', '', 'Có <a x=y> trong câu.'],
			'<a x=y>',
			/^dấu “<” ở đây được hiểu là mở một thẻ mã.*hãy viết \\<.*\(the text cannot be read as Markdown\/MDX: Unexpected character `y` \(U\+0079\) before attribute value/,
		],
		[
			'an expression that is no code',
			['# Kết quả', '', 'Tỷ lệ {1+} phần trăm.'],
			'{1+}',
			/^dấu ngoặc nhọn “\{” ở đây được hiểu là mở một đoạn mã.*hãy viết \\\{ và \\\}.*Could not parse expression/,
		],
	])('%s', (_, body, needle, message) => {
		for (const details of [DETAILS, DETAILS.slice(0, 5)]) {
			const text = file(body, details);
			const problem = firstError(text);
			expect(problem.line).toBe(lineOf(text, needle));
			expect(problem.message).toMatch(message);
		}
	});

	test("an unclosed tag is placed at its opening line, and the positions in the parser's words are lines of the file too", () => {
		const text = file(['# Kết quả', '', 'Chữ.', '', '<div>', '', 'Không đóng thẻ.']);
		const opening = lineOf(text, '<div>');
		expect(opening).toBe(15);
		const problem = firstError(text);
		expect(problem.line).toBe(opening);
		expect(problem.message).toMatch(
			/^có thẻ mã \(HTML\/JSX\) mở mà không đóng đúng chỗ; báo cáo không dùng thẻ mã: hãy xóa thẻ/
		);
		expect(problem.message).toContain(`Expected a closing tag for \`<div>\` (${opening}:1-${opening}:6)`);
	});
});
