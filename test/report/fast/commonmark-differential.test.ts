// Issue 11 item 6: a report's meaning must not depend on which parser read it. Every CommonMark spec example is put
// in a report and read by both paths; whatever the fast path accepts must give exactly what the full path gives.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { canParseFast } from '../../../src/lib/report/fast/eligible.ts';
import { processReport } from '../../../src/lib/report/process.ts';
import { BODY, review } from '../../helpers/content-dir.ts';

const { tests } = createRequire(import.meta.url)('commonmark-spec') as {
	tests: { markdown: string; number: number; section: string }[];
};
const FILE = 'content/reviews/thu/xa-a1.mdx';

describe('CommonMark spec examples, read by the fast and the full path', () => {
	test('the spec is all there', () => expect(tests.length).toBeGreaterThan(600));

	test('every example the fast path accepts gives the same sections, lessons, problems and HTML as the full path', () => {
		const differ: number[] = [];
		let accepted = 0;
		for (const example of tests) {
			// The example sits in the lessons section, where its structure changes what is read as a lesson.
			const source = review(
				{},
				BODY.replace(
					'2. Phải lắng nghe ý kiến nhân dân.\n',
					`2. Phải lắng nghe ý kiến nhân dân.\n\n${example.markdown}\n`
				)
			);
			if (!canParseFast(source.slice(source.indexOf('\n---\n') + 5))) continue;
			accepted++;
			const fast = processReport(source, FILE);
			const full = processReport(source, FILE, { parser: 'full' });
			if (JSON.stringify(fast) !== JSON.stringify(full)) differ.push(example.number);
		}
		expect(accepted).toBeGreaterThan(100);
		expect(differ).toEqual([]);
	});

	test.each([
		['a line indented four spaces', '    # foo'],
		['a list item under another indented four spaces', '- d\n    - e'],
		['a list nested ten levels', Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- mức ${i + 1}`).join('\n')],
		['twenty nested quotes', `${'> '.repeat(20)}chữ trong cùng`],
	])('%s goes to the full path, and both paths agree', (_name, markdown) => {
		const source = review({}, `${BODY}\n${markdown}\n`);
		expect(canParseFast(`${BODY}\n${markdown}\n`)).toBe(false);
		expect(processReport(source, FILE)).toEqual(processReport(source, FILE, { parser: 'full' }));
	});

	test('twenty nested quotes keep their innermost text', () => {
		const result = processReport(review({}, `${BODY}\n${'> '.repeat(20)}chữ trong cùng\n`), FILE);
		expect(result.html).toContain('chữ trong cùng');
	});

	test('nesting beyond the limit is refused at its line with a Vietnamese message, not a stack overflow', () => {
		const source = review({}, `${BODY}\n${'> '.repeat(5_000)}sâu\n`);
		const errors = processReport(source, FILE).problems.filter((p) => p.severity === 'error');
		expect(errors).toMatchObject([{ file: FILE, field: 'body', line: 9 + BODY.split('\n').length }]);
		expect(errors[0]!.message).toMatch(/^đoạn này lồng 5000 cấp trích dẫn\/danh sách, quá 40 cấp cho phép/);
	});

	test('5,000 nested emphasis markers never crash, on either path: the report is read or refused naming the file', () => {
		for (const parser of ['auto', 'full'] as const) {
			const source = review({}, `${BODY}\n${'*'.repeat(5_000)}a${'*'.repeat(5_000)}\n`);
			const result = processReport(source, FILE, { parser });
			for (const p of result.problems) expect(p.file).toBe(FILE);
		}
	});
});
