// Where a line of the Markdown converted from a Word file is in that Word file: its paragraph, first words and heading.
import type { Problem } from '../content/problem.ts';
import { excerpt } from '../text/printable.ts';

/** A place in the Word document as its writer sees it. */
export interface WordPlace {
	/** 1-based count of the document's paragraphs, headings and table rows, blank lines not counted. */
	paragraph: number;
	/** The first words of that paragraph, as the writer typed them. */
	opening: string;
	/** The heading it is under, if any. */
	heading?: string;
}

// Markdown's marks that Word does not show: heading hashes, list bullets and numbers, emphasis, table pipes, escapes.
// Only the start of a line is read (its first words are quoted), so no pattern here scans a long line.
const plain = (line: string) =>
	line
		.slice(0, 400)
		.replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
		.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/u, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
		.replace(/[*_|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const isTableRule = (line: string) => /^\s*\|?\s*:?-{3,}/.test(line) && /^[\s|:-]+$/.test(line);

/**
 * Maps each line of the converted text to its Word paragraph, in one pass: a block of the Markdown (lines between
 * blank lines) is one Word paragraph, a table row one row. Line n is `places[n - 1]`.
 */
export function wordPlaces(converted: string): (WordPlace | null)[] {
	const places: (WordPlace | null)[] = [];
	let paragraph = 0;
	let current: WordPlace | null = null;
	let heading: string | undefined;
	let previousBlank = true;
	for (const line of converted.split('\n')) {
		if (line.trim() === '') {
			places.push(null);
			previousBlank = true;
			continue;
		}
		if (isTableRule(line)) {
			places.push(current);
			continue;
		}
		if (previousBlank || line.trimStart().startsWith('|') || /^\s*(?:[-*+]|\d+[.)])\s/.test(line)) {
			paragraph++;
			current = { paragraph, opening: excerpt(plain(line), 60), ...(heading !== undefined && { heading }) };
			if (/^#{1,6}\s/.test(line)) heading = excerpt(plain(line), 80);
		}
		places.push(current);
		previousBlank = false;
	}
	return places;
}

/** "đoạn thứ 12 (bắt đầu “…”, dưới đề mục “…”)": the place, worded for a person looking at their Word document. */
export const wordPlaceText = (place: WordPlace) =>
	`đoạn thứ ${place.paragraph} trong tệp Word (bắt đầu “${place.opening}”${place.heading ? `, dưới đề mục “${place.heading}”` : ''})`;

/**
 * A problem found in the converted text of a Word file, told in Word's terms: the paragraph it is in and what to do in
 * Word, before the message; its line stays the converted text's line (the rejected note numbers those lines).
 */
export function inWordTerms(problem: Problem, places: readonly (WordPlace | null)[], file: string): Problem {
	if (problem.file !== file || problem.line <= 0) return problem;
	const place = places[problem.line - 1];
	if (!place) return problem;
	// A detail read from the header or the template's table keeps its own wording; only its place is the paragraph.
	if (!(problem.field === '' || problem.field === 'body' || problem.field.startsWith('section')))
		return { ...problem, paragraph: place.paragraph };
	return {
		...problem,
		paragraph: place.paragraph,
		message: `Ở ${wordPlaceText(place)}: ${problem.message.replace(/[.\s]+$/, '')}. Hãy sửa đoạn đó trong Word (xóa liên kết, ký hiệu hoặc thẻ lạ trong đoạn), lưu lại rồi gửi lại`,
	};
}
