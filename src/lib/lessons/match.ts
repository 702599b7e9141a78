// Matches lessons against words a reader types into the lessons page's filter, the way search does: without
// diacritics a word matches with or without them, typed with them it matches only as written.
import { foldDiacritics, vietnameseLower } from '../text/diacritics.ts';
import { hasDiacritics, wordStartPattern } from '../text/words-match.ts';

const comparable = (text: string) => vietnameseLower(text.normalize('NFC'));

/**
 * A test for texts that hold every typed word at the start of a word ("kinh ngh" matches while typing
 * "kinh nghiệm"); an empty query matches everything.
 */
export function lessonMatcher(query: string): (text: string) => boolean {
	const words = comparable(query)
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.filter(Boolean);
	const tests = words.map((word) => {
		const folded = !hasDiacritics(word);
		const pattern = wordStartPattern(word);
		return (text: { exact: string; folded: string }) => pattern.test(folded ? text.folded : text.exact);
	});
	return (text) => {
		const exact = comparable(text);
		const forms = { exact, folded: foldDiacritics(exact) };
		return tests.every((t) => t(forms));
	};
}
