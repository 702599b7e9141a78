import { CP1252_C1, CP1258, TCVN3, TONE_MARK, VNI } from './legacy-tables.ts';
import { isVietnameseSyllable, suspiciousCharacters } from './suspicious-characters.ts';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

export interface LegacyDetection {
	encoding: LegacyEncoding;
	/** 'certain' only when the input looks damaged and the conversion gives Vietnamese almost word for word. */
	confidence: 'certain' | 'likely';
	/** The first converted line that changed (at most 120 characters), for a person to confirm. */
	sample: string;
}

const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258'];

function isValidUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

// Legacy text as characters U+0000–U+00FF standing for bytes; valid UTF-8 is text from a Word file set in a legacy font.
function byteView(input: Uint8Array | string): { view: string; invalidUtf8: boolean } {
	if (typeof input === 'string') return { view: input, invalidUtf8: false };
	if (isValidUtf8(input)) return { view: new TextDecoder().decode(input), invalidUtf8: false };
	return { view: latin1View(input), invalidUtf8: true };
}

/** Each byte as the character of the same code (Buffer's "latin1"), in plain JavaScript so the browser can run it. */
export function latin1View(bytes: Uint8Array): string {
	let view = '';
	for (let i = 0; i < bytes.length; i += 8192) view += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return view;
}

// Windows saves legacy-font text as Windows-1252, so 0x80–0x9F are quotes and dashes, not controls.
const c1ToCp1252 = (s: string) => s.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);

const fromTcvn3 = (s: string) => Array.from(c1ToCp1252(s), (c) => TCVN3[c.charCodeAt(0)] ?? c).join('');
const fromCp1258 = (s: string) =>
	Array.from(s, (c) => (c.charCodeAt(0) <= 0xff ? (CP1258[c.charCodeAt(0)] ?? c) : c)).join('');

// Index of `next` among a mark's bytes (either case), -1 if it is not one of them.
const markIndex = (marks: { lower: string; upper: string }, next: string) =>
	next === '' ? -1 : Math.max(marks.lower.indexOf(next), marks.upper.indexOf(next));

function fromVni(input: string): string {
	const s = c1ToCp1252(input);
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charAt(i);
		const next = s.charAt(i + 1);
		const single = VNI.single[c];
		if (single !== undefined) {
			out += single;
			continue;
		}
		const horned = VNI.horn[c];
		let hat = '';
		let tone = -1;
		if (/[aeoAEO]/.test(c) && markIndex(VNI.circumflex, next) >= 0)
			[hat, tone] = ['\u0302', markIndex(VNI.circumflex, next)];
		else if (/[aA]/.test(c) && markIndex(VNI.breve, next) >= 0) [hat, tone] = ['\u0306', markIndex(VNI.breve, next)];
		else if (horned !== undefined || /[aeiouyAEIOUY]/.test(c)) tone = markIndex(VNI.tone, next);
		if (tone > 0 || hat !== '') {
			out += (horned ?? c) + hat + TONE_MARK[tone as 0 | 1 | 2 | 3 | 4 | 5];
			i++; // the mark byte is consumed
		} else out += horned ?? c;
	}
	return out;
}

const DECODERS: Record<LegacyEncoding, (s: string) => string> = {
	tcvn3: fromTcvn3,
	vni: fromVni,
	'windows-1258': fromCp1258,
};

/** Converts legacy-encoded bytes (or text typed in a legacy font) to Unicode NFC. */
export function convertLegacy(bytes: Uint8Array | string, encoding: LegacyEncoding): string {
	return DECODERS[encoding](byteView(bytes).view).normalize('NFC');
}

// Words are split at spaces, ASCII digits and punctuation (the same bytes in every legacy encoding) and Unicode punctuation.
const SEPARATORS = /[\s\u0021-\u0040\u005B-\u0060\u007B-\u007E\u2000-\u206F]+/;
const HAS_HIGH_BYTE = /[\u0080-\u00FF]/;
// Letters only Unicode Vietnamese has: the text is (at least partly) already converted.
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * Guesses whether text is in a legacy Vietnamese encoding. Null for correct Unicode, plain ASCII and other
 * languages. Scores each candidate by how many of the words it changes become valid Vietnamese syllables.
 */
export function detectLegacyEncoding(bytes: Uint8Array | string): LegacyDetection | null {
	const { view, invalidUtf8 } = byteView(bytes);
	if (!HAS_HIGH_BYTE.test(view)) return null;
	const words = view.split(SEPARATORS).filter((w) => HAS_HIGH_BYTE.test(w));
	let best: { encoding: LegacyEncoding; converted: number; before: number; changed: number } | undefined;
	for (const encoding of ENCODINGS) {
		let changed = 0;
		let before = 0;
		let converted = 0;
		for (const word of words) {
			const after = DECODERS[encoding](word).normalize('NFC');
			if (after === word.normalize('NFC')) continue;
			changed++;
			if (isVietnameseSyllable(word)) before++;
			if (isVietnameseSyllable(after)) converted++;
		}
		if (
			changed > 0 &&
			(!best ||
				converted / changed > best.converted / best.changed ||
				(converted / changed === best.converted / best.changed && converted > best.converted))
		)
			best = { encoding, converted, before, changed };
	}
	if (!best) return null;
	const after = share(best.converted, best.changed);
	const before = share(best.before, best.changed);
	if (after < 0.6 || after - before < 0.3) return null;
	const looksWrong = invalidUtf8 || (before <= 0.5 && suspiciousCharacters(view).length > 0);
	const certain =
		looksWrong && after >= 0.9 && after - before >= 0.4 && best.changed >= 3 && !UNICODE_VIETNAMESE.test(view);
	return { encoding: best.encoding, confidence: certain ? 'certain' : 'likely', sample: sampleOf(view, best.encoding) };
}

function sampleOf(view: string, encoding: LegacyEncoding): string {
	for (const line of view.split(/\r\n?|\n/)) {
		const converted = DECODERS[encoding](line).normalize('NFC');
		if (converted !== line.normalize('NFC')) return Array.from(converted.trim()).slice(0, 120).join('');
	}
	return '';
}
