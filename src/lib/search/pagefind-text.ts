// Vietnamese text as pagefind sees it (docs/search.md). Pagefind 1.6 folds tones and hats (NFD, then drops combining
// marks) but keeps "đ" a letter of its own, so "doi thoai" never finds "đối thoại". Writing đ as d + a combining mark
// in the text handed to the indexer lets pagefind fold it to "d" like any other mark, while the mark stays in the
// stored text and is turned back into "đ" before a reader sees it.

/**
 * COMBINING GREEK YPOGEGRAMMENI: "d" + this is how the indexer is shown "đ". A combining mark that has Unicode's
 * Alphabetic and Lowercase properties, so pagefind keeps it inside the word ("đối" ranks above "dối") instead of
 * splitting the word there (docs/search.md).
 */
export const D_MARK = '\u0345';

const toIndexed = (text: string) => text.replaceAll('đ', `d${D_MARK}`).replaceAll('Đ', `D${D_MARK}`);
const hasD = (text: string) => text.includes('đ') || text.includes('Đ');

// A tag, with quoted attribute values that may hold ">"; or the body of a script or style element, left alone.
export const TAG = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
// Metadata pagefind reads from an attribute (`<meta data-pagefind-meta="unit[content]" content="…">`) is searched too.
const META_CONTENT = /(\scontent=)("[^"]*"|'[^']*')/i;

/**
 * The HTML of a page as it should be indexed: NFC (text saved in NFD otherwise indexes without its marks, so its
 * words lose their exact-diacritics ranking and match words they are not), and every đ in text and in attribute
 * metadata written as d + its mark. Tags, attributes and scripts are otherwise untouched.
 */
export function indexableHtml(html: string): string {
	const source = html.normalize('NFC');
	let out = '';
	let last = 0;
	// Only a tag holding a đ needs the text split around it (10,000 pages are prepared per build: twice as quick).
	for (const match of source.matchAll(TAG)) {
		const tag = match[0];
		if (!hasD(tag)) continue;
		out += toIndexed(source.slice(last, match.index));
		out +=
			/^<\w/.test(tag) && !match[1] && tag.includes('data-pagefind-meta')
				? tag.replace(META_CONTENT, (_, name: string, value: string) => name + toIndexed(value))
				: tag;
		last = match.index + tag.length;
	}
	return out + toIndexed(source.slice(last));
}

/**
 * A reader's query as it should be searched: NFC, whitespace collapsed, đ written as the index writes it, so that
 * "đối" still prefers "đối" over "dối" while "doi" finds both.
 */
export function searchableQuery(query: string): string {
	return toIndexed(query.normalize('NFC').replace(/\s+/g, ' ').trim());
}

// d or D with the mark; other marks right after a "đ" (not Vietnamese, but possible in a report) come before it once
// normalised, as its combining class, 240, is higher: they are kept, after the "đ".
const MARKED_D = new RegExp(`([dD])([\\u0300-\\u0344\\u0346-\\u036f]*)${D_MARK}`, 'g');

/** Text that came back from the index (titles, excerpts, metadata), with each d + its mark shown as đ again. */
export function readable(text: string): string {
	return text.replace(MARKED_D, (_, d: string, marks: string) => (d === 'd' ? 'đ' : 'Đ') + marks);
}
