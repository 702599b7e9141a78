// User-derived text on its way to a terminal or a CI log: one visible line, bounded, with nothing a terminal or
// GitHub Actions would act on (a newline followed by "::add-mask::" is a workflow command; ESC starts an ANSI escape).

// C0 and C1 controls (newline, ESC, DEL…), line and paragraph separators, bidirectional overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` with every control character written as a visible escape ("\u{a}") and cut to `max` characters; characters
 * in `keep` (e.g. newlines an annotation then percent-encodes itself) are left for the caller.
 */
export function printable(text: string, max = 4_000, keep = ''): string {
	const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
	return cut.replace(UNSAFE, (c) => (keep.includes(c) ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}

/** A short, single-line excerpt of user text for a message: never the whole of a hostile value. */
export function excerpt(text: string, max = 80): string {
	const line = text
		.slice(0, max * 4)
		.replace(/\s+/gu, ' ')
		.trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
