// Word counts for reading time and the synthesis, without splitting the text into an array of words.

/** True for exactly the characters `\s` matches in a JavaScript regular expression. */
function isSpace(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** Runs of non-space characters: the same count as `text.split(/\s+/).filter(Boolean).length`. */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const space = isSpace(text.charCodeAt(i));
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}
