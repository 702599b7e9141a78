// Vietnamese text helpers shared by heading recognition, lesson extraction and search.

// Old style puts the tone on the second vowel of an open "oa", "oe", "uy" syllable ("hoà", "thuỷ"); modern style
// on the first ("hòa", "thủy"). Only open syllables differ: "hoàng", "khuỷu" are spelt alike in both styles, hence
// the lookahead (no letter may follow). "qu" is a consonant, so "quý" is not an u+y nucleus, hence the lookbehind.
const OLD_TONE = /(?<![qQ])([oO](?=[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|[uU](?=[ỳýỷỹỵỲÝỶỸỴ]))(.)(?![\p{L}\p{M}])/gu;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** NFC plus modern tone placement: "Huyện uỷ" → "Huyện ủy", "hoà" → "hòa", "khoẻ" → "khỏe"; "quý", "hoàng" unchanged. */
export function normalizeVietnamese(text: string): string {
	return text.normalize('NFC').replace(OLD_TONE, (_, first: string, second: string) => {
		const decomposed = second.normalize('NFD');
		const tone = TONE_MARK.exec(decomposed)?.[0] ?? '';
		return (first + tone).normalize('NFC') + decomposed.replace(tone, '').normalize('NFC');
	});
}

/** Removes every diacritic and maps đ/Đ to d/D: "Bài học kinh nghiệm" → "Bai hoc kinh nghiem". */
export function foldDiacritics(text: string): string {
	// ð/Ð (eth) stand in for đ/Đ in legacy-encoded and PDF-extracted texts (docs/report-format.md, section 3), so they fold to d too.
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').normalize('NFC');
}

/** Lowercase with Vietnamese locale rules. */
export function vietnameseLower(text: string): string {
	return text.toLocaleLowerCase('vi');
}
