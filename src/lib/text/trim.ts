// Trimming by a set of characters in one pass. A regex such as /[\s:.;,]+$/ retries from every start inside a long
// run ("a" + 300,000 dots + "b") and takes quadratic time; these loops look at each character once.

/** `text` without trailing characters in `set` (and trailing whitespace when `whitespace` is set). */
export function trimEndOf(text: string, set: string, whitespace = true): string {
	let end = text.length;
	while (end > 0) {
		const c = text[end - 1]!;
		if (!set.includes(c) && !(whitespace && /\s/u.test(c))) break;
		end--;
	}
	return text.slice(0, end);
}
