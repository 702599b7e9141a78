import { CP1258, TCVN3, TONE_MARK, VNI } from '../../src/lib/ingest/legacy-tables.ts';
import type { LegacyEncoding } from '../../src/lib/ingest/legacy-encoding.ts';
import { UnencodableCharacterError } from './legacy-errors.ts';

const invert = (entries: Iterable<[number, string]>) =>
	new Map(Array.from(entries, ([byte, char]) => [char, byte] as const));
const TCVN3_BYTES = invert(Object.entries(TCVN3).map(([b, c]) => [Number(b), c]));
const CP1258_BYTES = invert(CP1258.map((c, b) => [b, c] as [number, string]).filter(([b]) => b >= 0x80));
const VNI_SINGLE = new Map(Object.entries(VNI.single).map(([byte, char]) => [char, byte]));
const VNI_HORN: Record<string, string> = { o: 'ô', u: 'ö', O: 'Ô', U: 'Ö' };

// A letter as base + hat (circumflex, breve or horn) + tone index; null if it has any other mark.
function split(char: string): { base: string; hat: string; tone: number } | null {
	const [base = '', ...marks] = Array.from(char.normalize('NFD'));
	let hat = '';
	let tone = 0;
	for (const m of marks) {
		const t = TONE_MARK.indexOf(m as (typeof TONE_MARK)[number]);
		if (t > 0) tone = t;
		else if (m === '\u0302' || m === '\u0306' || m === '\u031B') hat = m;
		else return null;
	}
	return { base, hat, tone };
}

function vniChar(char: string): string | undefined {
	const single = VNI_SINGLE.get(char);
	if (single !== undefined) return single;
	const parts = split(char);
	if (!parts || !/^[aeiouyAEIOUY]$/.test(parts.base)) return undefined;
	const { base, hat, tone } = parts;
	const upper = base !== base.toLowerCase();
	const marks = (set: { lower: string; upper: string }) => (upper ? set.upper : set.lower);
	if (hat === '\u031B')
		return VNI_HORN[base] === undefined ? undefined : VNI_HORN[base] + (tone > 0 ? marks(VNI.tone).charAt(tone) : '');
	if (hat === '\u0302' && /[aeoAEO]/.test(base)) return base + marks(VNI.circumflex).charAt(tone);
	if (hat === '\u0306' && /[aA]/.test(base)) return base + marks(VNI.breve).charAt(tone);
	if (hat === '') return base + (tone > 0 ? marks(VNI.tone).charAt(tone) : '');
	return undefined;
}

function cp1258Char(char: string): string | undefined {
	const direct = CP1258_BYTES.get(char);
	if (direct !== undefined) return String.fromCharCode(direct);
	const parts = split(char); // Windows-1258 writes most toned letters as a letter plus a combining tone byte
	if (!parts || parts.tone === 0) return undefined;
	const letter = (parts.base + parts.hat).normalize('NFC');
	const letterByte =
		letter.charCodeAt(0) < 0x80
			? letter
			: CP1258_BYTES.has(letter)
				? String.fromCharCode(CP1258_BYTES.get(letter) ?? 0)
				: undefined;
	const toneByte = CP1258_BYTES.get(TONE_MARK[parts.tone as 1 | 2 | 3 | 4 | 5]);
	return letterByte === undefined || toneByte === undefined ? undefined : letterByte + String.fromCharCode(toneByte);
}

const ENCODE_CHAR: Record<LegacyEncoding, (char: string) => string | undefined> = {
	tcvn3: (char) => {
		const byte = TCVN3_BYTES.get(char);
		return byte === undefined ? undefined : String.fromCharCode(byte);
	},
	vni: vniChar,
	'windows-1258': cp1258Char,
};

/**
 * Writes Unicode text in a legacy encoding, as the old fonts and code pages did: used to build test data and
 * to show a person what their file would look like. Throws UnencodableCharacterError for what cannot be written
 * (TCVN3 VN3 has no capital letters with tones).
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Buffer {
	let out = '';
	for (const char of text.normalize('NFC')) {
		const encoded = char.charCodeAt(0) < 0x80 ? char : ENCODE_CHAR[encoding](char);
		if (encoded === undefined) throw new UnencodableCharacterError(char, encoding);
		out += encoded;
	}
	return Buffer.from(out, 'latin1');
}
