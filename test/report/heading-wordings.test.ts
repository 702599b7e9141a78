import { describe, expect, test } from 'vitest';
import { recognizeHeading } from '../../src/lib/report/section-headings.ts';
import { MUST_MAP, MUST_NOT_MAP, MUST_NOT_MAP_WITHIN } from '../fixtures/heading-wordings.ts';

describe('heading wordings beyond the samples (issue 11)', () => {
	test.each(MUST_MAP)('"%s" → %s', (heading, key) => {
		expect(recognizeHeading(heading)?.key ?? recognizeHeading(heading, { depth: 2 })?.key).toBe(key);
	});
	test.each(MUST_MAP)('"%s" → %s also in capitals, numbered as a subsection', (heading, key) =>
		expect(
			recognizeHeading(`2. ${heading.replace(/^[IVX]+\.\s*|^PHẦN THỨ BA:\s*/u, '').toLocaleUpperCase('vi')}`, {
				depth: 2,
			})?.key
		).toBe(key)
	);
	test.each(MUST_NOT_MAP)('"%s" is not a section, nested or at the top level', (heading) => {
		expect(recognizeHeading(heading)).toBeNull();
		expect(recognizeHeading(`I. ${heading}`)).toBeNull();
	});
	test.each(MUST_NOT_MAP_WITHIN)('"%s" nested in %s is text, not a section', (heading, within) =>
		expect(recognizeHeading(heading, { within: [within], depth: 3 })).toBeNull()
	);
});
