/**
 * Byte tables of the legacy Vietnamese encodings. A "byte" here is a character U+0000–U+00FF: legacy text
 * reaches us either as raw bytes (a .txt file) or as Unicode text whose code points equal the bytes (a Word
 * document set in a .VnTime or VNI-Times font), so both are handled the same way.
 */

/** Windows-1252 0x80–0x9F; undefined positions keep their C1 code point (as the WHATWG index does). */
export const CP1252_C1 =
	'\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
	'\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1258, byte → character, all 256 positions, as the platform's decoder reads it (the WHATWG index, the same
 * in Node and every browser); test/ingest/legacy-encoding.test.ts checks it against the code page byte by byte.
 */
export const CP1258: readonly string[] = Array.from(
	new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, b) => b))
);

/** TCVN 5712:1993 VN3 (the "ABC" fonts .VnTime, .VnArial): one byte per letter, lowercase toned letters only. */
export const TCVN3: Readonly<Record<number, string>> = {
	0xa1: 'Ă',
	0xa2: 'Â',
	0xa3: 'Ê',
	0xa4: 'Ô',
	0xa5: 'Ơ',
	0xa6: 'Ư',
	0xa7: 'Đ',
	0xa8: 'ă',
	0xa9: 'â',
	0xaa: 'ê',
	0xab: 'ô',
	0xac: 'ơ',
	0xad: 'ư',
	0xae: 'đ',
	0xb5: 'à',
	0xb6: 'ả',
	0xb7: 'ã',
	0xb8: 'á',
	0xb9: 'ạ',
	0xbb: 'ằ',
	0xbc: 'ẳ',
	0xbd: 'ẵ',
	0xbe: 'ắ',
	0xc6: 'ặ',
	0xc7: 'ầ',
	0xc8: 'ẩ',
	0xc9: 'ẫ',
	0xca: 'ấ',
	0xcb: 'ậ',
	0xcc: 'è',
	0xce: 'ẻ',
	0xcf: 'ẽ',
	0xd0: 'é',
	0xd1: 'ẹ',
	0xd2: 'ề',
	0xd3: 'ể',
	0xd4: 'ễ',
	0xd5: 'ế',
	0xd6: 'ệ',
	0xd7: 'ì',
	0xd8: 'ỉ',
	0xdc: 'ĩ',
	0xdd: 'í',
	0xde: 'ị',
	0xdf: 'ò',
	0xe1: 'ỏ',
	0xe2: 'õ',
	0xe3: 'ó',
	0xe4: 'ọ',
	0xe5: 'ồ',
	0xe6: 'ổ',
	0xe7: 'ỗ',
	0xe8: 'ố',
	0xe9: 'ộ',
	0xea: 'ờ',
	0xeb: 'ở',
	0xec: 'ỡ',
	0xed: 'ớ',
	0xee: 'ợ',
	0xef: 'ù',
	0xf1: 'ủ',
	0xf2: 'ũ',
	0xf3: 'ú',
	0xf4: 'ụ',
	0xf5: 'ừ',
	0xf6: 'ử',
	0xf7: 'ữ',
	0xf8: 'ứ',
	0xf9: 'ự',
	0xfa: 'ỳ',
	0xfb: 'ỷ',
	0xfc: 'ỹ',
	0xfd: 'ý',
	0xfe: 'ỵ',
};

/** Tone index → combining mark: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export const TONE_MARK = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/**
 * VNI-Windows: a base letter followed by a byte for its tone (and hat). Each string lists the byte for
 * tone index 0..5 (0 = no tone); lowercase and uppercase forms of a mark byte are both accepted.
 */
export const VNI = {
	/** After a, e, i, o, u, y (and ơ, ư): sắc ù, huyền ø, hỏi û, ngã õ, nặng ï (index 0 is a placeholder: no tone). */
	tone: { lower: '\0ùøûõï', upper: '\0ÙØÛÕÏ' },
	/** After a, e, o: circumflex (â ê ô) plus tone. */
	circumflex: { lower: 'âáàåãä', upper: 'ÂÁÀÅÃÄ' },
	/** After a: breve (ă) plus tone. */
	breve: { lower: 'êéèúüë', upper: 'ÊÉÈÚÜË' },
	/** Single bytes for i with a tone, and ỵ. */
	single: {
		í: 'í',
		ì: 'ì',
		æ: 'ỉ',
		ó: 'ĩ',
		ò: 'ị',
		î: 'ỵ',
		Í: 'Í',
		Ì: 'Ì',
		Æ: 'Ỉ',
		Ó: 'Ĩ',
		Ò: 'Ị',
		Î: 'Ỵ',
		ñ: 'đ',
		Ñ: 'Đ',
	} as Readonly<Record<string, string>>,
	/** Horned letters, which then take a tone byte like any vowel. */
	horn: { ô: 'ơ', ö: 'ư', Ô: 'Ơ', Ö: 'Ư' } as Readonly<Record<string, string>>,
} as const;
