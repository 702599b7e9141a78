import { describe, expect, test } from 'vitest';
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from '../../src/lib/ingest/legacy-encoding.ts';
import { encodeLegacy } from '../helpers/legacy-encode.ts';
import { UnencodableCharacterError } from '../helpers/legacy-errors.ts';
import { CP1258 } from '../../src/lib/ingest/legacy-tables.ts';

const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258'];
const SENTENCES = ['Bài học kinh nghiệm', 'Đảng ủy xã An Bình tổ chức hội nghị sơ kết', 'Công tác lãnh đạo, chỉ đạo'];
// A lowercase paragraph (TCVN3 has no capital toned letters) long enough to judge with certainty.
const PARAGRAPH =
	'Ban Thường vụ Đảng ủy đã lãnh đạo, chỉ đạo các chi bộ quán triệt sâu sắc Kết luận số 120-KL/TW.\r\n' +
	'Một là, phát huy quyền làm chủ của nhân dân; hai là, công khai, minh bạch trong hoạt động của chính quyền; ' +
	'ba là, thường xuyên kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.';

// Every Vietnamese vowel letter with every tone, both cases: 134 letters plus đ/Đ.
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const lower = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const ALL_LETTERS = [...lower, ...lower.map((c) => c.toUpperCase())].join(' ');

describe('encodings round-trip', () => {
	test.each(ENCODINGS.flatMap((encoding) => SENTENCES.map((sentence) => [encoding, sentence] as const)))(
		'%s: "%s" as raw bytes and as legacy-font text from Word',
		(encoding, sentence) => {
			const bytes = encodeLegacy(sentence, encoding);
			expect(bytes.toString('latin1')).not.toBe(sentence);
			expect(convertLegacy(bytes, encoding)).toBe(sentence);
			expect(convertLegacy(bytes.toString('latin1'), encoding)).toBe(sentence);
			expect(detectLegacyEncoding(bytes)?.encoding).toBe(encoding);
			expect(detectLegacyEncoding(bytes.toString('latin1'))?.encoding).toBe(encoding);
		}
	);

	test.each([
		['vni', ALL_LETTERS],
		['windows-1258', ALL_LETTERS],
		['tcvn3', [...lower, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].join(' ')],
	] as const)('%s converts every letter it can write', (encoding, letters) => {
		expect(convertLegacy(encodeLegacy(letters, encoding), encoding)).toBe(letters);
	});

	test('TCVN3 (VN3) cannot write capital letters with tones', () => {
		expect(() => encodeLegacy('CÔNG TÁC', 'tcvn3')).toThrow(UnencodableCharacterError);
		expect(() => encodeLegacy('✓', 'vni')).toThrow(/cannot be written in vni/);
	});
});

describe('the tables match the published encodings', () => {
	test.each([
		['tcvn3', 'Bài học kinh nghiệm', 'Bµi häc kinh nghiÖm'],
		['tcvn3', 'Đảng ủy đạo', '§¶ng ñy ®¹o'],
		['vni', 'Bài học kinh nghiệm', 'Baøi hoïc kinh nghieäm'],
		['vni', 'đảng người được', 'ñaûng ngöôøi ñöôïc'],
		['vni', 'ĐẢNG ỦY Mỹ', 'ÑAÛNG UÛY Myõ'],
		['vni', 'chỉ thị kỵ ăn ắt', 'chæ thò kî aên aét'],
		['windows-1258', 'Đảng ủy', '\u00d0a\u00d2ng u\u00d2y'],
	] as const)('%s: %s ↔ %s', (encoding, unicode, legacy) => {
		expect(encodeLegacy(unicode, encoding).toString('latin1')).toBe(legacy);
		expect(convertLegacy(legacy, encoding)).toBe(unicode);
	});

	test('VNI marks are read in either case ("Ñaûng" typed with Caps Lock off)', () => {
		expect(convertLegacy('ÑAûNG uÛy', 'vni')).toBe('ĐẢNG ủy');
	});

	test('the Windows-1258 table is the code page, byte by byte over all 256 bytes', () => {
		// Written out from the code page: Windows-1252 in 0x80–0x9F without Š Ž š ž (undefined bytes keep their C1 code
		// point, as the WHATWG index does), Latin-1 above it except the Vietnamese letters, tone marks and the đồng sign.
		const c1 =
			'\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u008A\u2039\u0152\u008D\u008E\u008F' +
			'\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u009A\u203A\u0153\u009D\u009E\u0178';
		const vietnamese: Record<number, string> = {
			0xc3: 'Ă',
			0xcc: '\u0300',
			0xd0: 'Đ',
			0xd2: '\u0309',
			0xd5: 'Ơ',
			0xdd: 'Ư',
			0xde: '\u0303',
			0xe3: 'ă',
			0xec: '\u0301',
			0xf0: 'đ',
			0xf2: '\u0323',
			0xf5: 'ơ',
			0xfd: 'ư',
			0xfe: '₫',
		};
		const codePage = Array.from({ length: 256 }, (_, b) =>
			b < 0x80 ? String.fromCharCode(b) : b < 0xa0 ? c1[b - 0x80]! : (vietnamese[b] ?? String.fromCharCode(b))
		);
		expect(CP1258).toHaveLength(256);
		for (let b = 0; b < 256; b++) expect(CP1258[b], `byte 0x${b.toString(16)}`).toBe(codePage[b]);
	});

	test('Windows-1258 text decodes like the platform decoder, composed to NFC', () => {
		const bytes = encodeLegacy(PARAGRAPH, 'windows-1258');
		expect(convertLegacy(bytes, 'windows-1258')).toBe(new TextDecoder('windows-1258').decode(bytes).normalize('NFC'));
	});

	test('Windows-1252 quotes in a TCVN3 or VNI file become quotes, not control characters', () => {
		expect(convertLegacy(Buffer.from([0x93, 0x42, 0xb5, 0x69, 0x94]), 'tcvn3')).toBe('“Bài”');
		expect(convertLegacy(Buffer.from('\u0093Baøi\u0094', 'latin1'), 'vni')).toBe('“Bài”');
	});
});

describe('detectLegacyEncoding', () => {
	test.each(ENCODINGS)('%s paragraph is detected with certainty and converted exactly', (encoding) => {
		const bytes = encodeLegacy(PARAGRAPH, encoding);
		for (const input of [bytes, bytes.toString('latin1')]) {
			expect(detectLegacyEncoding(input)).toEqual({
				encoding,
				confidence: 'certain',
				sample: 'Ban Thường vụ Đảng ủy đã lãnh đạo, chỉ đạo các chi bộ quán triệt sâu sắc Kết luận số 120-KL/TW.',
			});
			expect(convertLegacy(input, encoding)).toBe(PARAGRAPH);
		}
	});

	test('the examples from the field are recognised', () => {
		expect(detectLegacyEncoding('Bµi häc kinh nghiÖm')).toMatchObject({
			encoding: 'tcvn3',
			sample: 'Bài học kinh nghiệm',
		});
		expect(detectLegacyEncoding('Baøi hoïc kinh nghieäm')).toMatchObject({
			encoding: 'vni',
			sample: 'Bài học kinh nghiệm',
		});
		expect(convertLegacy('ñaûng', 'vni')).toBe('đảng');
	});

	test('a single damaged word is only "likely"', () => {
		expect(detectLegacyEncoding('Bµi')).toEqual({ encoding: 'tcvn3', confidence: 'likely', sample: 'Bài' });
	});

	test('text that already has Unicode Vietnamese in it is only "likely" (converting it all would damage that part)', () => {
		const mixed = `BÁO CÁO SƠ KẾT\n${encodeLegacy(PARAGRAPH, 'tcvn3').toString('latin1')}`;
		expect(detectLegacyEncoding(mixed)).toMatchObject({ encoding: 'tcvn3', confidence: 'likely' });
	});

	test.each([
		['correct Vietnamese', PARAGRAPH],
		['Vietnamese capitals', 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\nII. KẾT QUẢ THỰC HIỆN'],
		['Vietnamese without Latin-1 letters', 'Đảng ủy xã ở cơ sở'],
		['English', 'The quick brown fox jumps over the lazy dog.'],
		['French', 'Le café, les élèves naïfs et leurs résumés à côté de la forêt.'],
		['Spanish', 'El niño y el señor del año pasado comieron piñas.'],
		['German', 'Müller und Söhne grüßen die Bürger.'],
		['symbols', '© 2021 Ban Dân vận ® — 25 m², 30 °C, ½ ngày'],
	])('does not flag %s', (_, text) => {
		expect(detectLegacyEncoding(text)).toBeNull();
		expect(detectLegacyEncoding(Buffer.from(text, 'utf8'))).toBeNull();
	});

	test('does not flag Latin-1 bytes of other languages', () => {
		expect(detectLegacyEncoding(Buffer.from('El niño y el señor del año pasado comieron piñas.', 'latin1'))).toBeNull();
		expect(detectLegacyEncoding(Buffer.from('Le café, les élèves naïfs et leurs résumés.', 'latin1'))).toBeNull();
	});

	test('plain ASCII is never legacy', () => {
		expect(detectLegacyEncoding(Buffer.from('Bai hoc kinh nghiem'))).toBeNull();
	});
});
