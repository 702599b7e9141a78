import { expect, test } from 'vitest';
import { Random } from '../../bench/random.ts';
import { countWords } from '../../src/lib/text/word-count.ts';

const bySplit = (text: string) => text.split(/\s+/).filter(Boolean).length;

test('counts runs of non-space characters', () => {
	expect(countWords('')).toBe(0);
	expect(countWords('  \n\t ')).toBe(0);
	expect(countWords('Bài học kinh nghiệm')).toBe(4);
	expect(countWords('  một\u00a0hai\u2003ba\u3000bốn\ufeffnăm \u200bsáu ')).toBe(6);
});

test('agrees with splitting on \\s for every character class, at random', () => {
	const random = new Random(7);
	// Every code unit \s matches, and neighbours of each range that it does not.
	const alphabet = [
		0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x2005, 0x200a, 0x200b, 0x2028, 0x2029,
		0x202f, 0x205f, 0x3000, 0xfeff, 0x08, 0x0e, 0x1f, 0x21, 0x9f, 0xa1, 0x41, 0x1ea1, 0xd83d, 0xde00,
	];
	for (let n = 0; n < 2000; n++) {
		const text = Array.from({ length: random.int(0, 30) }, () => String.fromCharCode(random.pick(alphabet))).join('');
		expect(countWords(text), JSON.stringify(text)).toBe(bySplit(text));
	}
	for (let code = 0; code < 0x10000; code++)
		expect(countWords(`a${String.fromCharCode(code)}b`)).toBe(bySplit(`a${String.fromCharCode(code)}b`));
});
