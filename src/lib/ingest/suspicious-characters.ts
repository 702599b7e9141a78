/** Combining tone marks: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
const VOWEL_BASES = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

// Onsets longest first so the regex prefers "ngh" over "ng" over "n" (it still backtracks: "gì" = g + ì).
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?';
// Vowel groups that end in a glide take no final consonant ("ai", "iêu"); others may or must take one.
const OPEN_ONLY = [
	'iêu',
	'yêu',
	'oai',
	'oay',
	'oao',
	'oeo',
	'uây',
	'uôi',
	'ươi',
	'ươu',
	'uya',
	'uyu',
	'ai',
	'ao',
	'au',
	'ay',
	'âu',
	'ây',
	'eo',
	'êu',
	'ia',
	'iu',
	'oi',
	'ôi',
	'ơi',
	'ua',
	'ui',
	'ưa',
	'ưi',
	'ưu',
];
const CODA_REQUIRED = ['uyê', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'oo', 'ă', 'â'];
const CODA_OPTIONAL = ['oa', 'oe', 'uê', 'uy', 'uơ', 'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const NUCLEI = [...OPEN_ONLY, ...CODA_REQUIRED, ...CODA_OPTIONAL].sort((a, b) => b.length - a.length);
const SYLLABLE = new RegExp(`^${ONSET}(?<nucleus>${NUCLEI.join('|')})(?<coda>ng|nh|ch|c|m|n|p|t)?$`);
const OPEN_SET = new Set(OPEN_ONLY);
const REQUIRED_SET = new Set(CODA_REQUIRED);

/**
 * Heuristic: could `word` be one written Vietnamese syllable (onset + rhyme + at most one tone)?
 * Used to score conversions of legacy-encoded text, so it favours speed and broad coverage over completeness.
 */
export function isVietnameseSyllable(word: string): boolean {
	const lower = word.normalize('NFC').toLocaleLowerCase('vi');
	if (lower.length === 0 || lower.length > 7) return false;
	let tone: string | undefined;
	let lastBase = '';
	let rest = '';
	for (const ch of lower.normalize('NFD')) {
		if (TONE_MARKS.has(ch)) {
			if (tone !== undefined || !VOWEL_BASES.has(lastBase)) return false; // two tones, or a tone on a consonant
			tone = ch;
			continue;
		}
		if (!/\p{M}/u.test(ch)) lastBase = ch;
		rest += ch;
	}
	const match = SYLLABLE.exec(rest.normalize('NFC'));
	if (!match?.groups) return false;
	const nucleus = match.groups['nucleus'] ?? '';
	const coda = match.groups['coda'];
	if (coda !== undefined && OPEN_SET.has(nucleus)) return false;
	if (coda === undefined && REQUIRED_SET.has(nucleus)) return false;
	// Syllables closed by a stop (c, ch, p, t) carry only sắc or nặng.
	if ((coda === 'c' || coda === 'ch' || coda === 'p' || coda === 't') && tone !== ACUTE && tone !== DOT_BELOW)
		return false;
	// "ch" and "nh" close only front vowels: "anh", "ích", "uynh"; never "onh".
	if ((coda === 'ch' || coda === 'nh') && !/(a|ê|i|y)$/.test(nucleus)) return false;
	return true;
}

export interface SuspiciousCharacter {
	char: string;
	/** 1-based. */
	line: number;
	/** 1-based, counted in characters (code points). */
	column: number;
}

// Latin-1 letters that are not in the Vietnamese alphabet: TCVN3/VNI leftovers or UTF-8 read as Windows-1252.
const FOREIGN_LETTERS = /[ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿµªº]/u;
// Symbols that are TCVN3 letters (¸ = á, ® = đ …): suspicious only inside a word, as in "®¹o" (đạo).
const SYMBOLS = '¡¢£¤¥¦§¨©¬\u00AD®¯´¶·¸¹¼½¾¿×÷';
// « and » are also quotation marks («Dân vận khéo»), so they count only in the middle of a word ("c«ng" = công).
const QUOTES = '«»';
const WORD = new RegExp(`[\\p{L}\\p{M}${SYMBOLS}${QUOTES}]+`, 'gu');
const ALWAYS = /[\u0080-\u009F\uFFFD\u0300-\u036F]/u;
const LETTER = /\p{L}/u;

/** Code points in text[from, to): each surrogate pair counts once. */
function countCodePoints(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (
			code < 0xdc00 ||
			code > 0xdfff ||
			i === from ||
			text.charCodeAt(i - 1) < 0xd800 ||
			text.charCodeAt(i - 1) > 0xdbff
		)
			n++;
	}
	return n;
}

/**
 * Characters that signal damaged Vietnamese text (legacy-encoding leftovers, mojibake, stray combining marks).
 * The text is NFC-normalised first; positions refer to the normalised text. For warnings, not refusals.
 */
export function suspiciousCharacters(text: string): SuspiciousCharacter[] {
	const found: SuspiciousCharacter[] = [];
	text
		.normalize('NFC')
		.split('\n')
		.forEach((lineText, index) => {
			const chars = Array.from(lineText);
			const flagged = new Set<number>();
			chars.forEach((char, i) => {
				if (ALWAYS.test(char) || FOREIGN_LETTERS.test(char)) flagged.add(i);
			});
			// Words are runs of letters and legacy symbols; offsets are converted from UTF-16 units to characters, counting
			// on from the previous word so a long line is scanned once (recounting from the line start was quadratic).
			let unit = 0;
			let start = 0;
			for (const match of lineText.matchAll(WORD)) {
				start += countCodePoints(lineText, unit, match.index);
				unit = match.index;
				const word = Array.from(match[0]);
				if (!word.some((c) => LETTER.test(c))) continue;
				word.forEach((c, i) => {
					if (SYMBOLS.includes(c) || (QUOTES.includes(c) && i > 0 && i < word.length - 1)) flagged.add(start + i);
				});
			}
			for (const i of [...flagged].sort((x, y) => x - y))
				found.push({ char: chars[i] ?? '', line: index + 1, column: i + 1 });
		});
	return found;
}
