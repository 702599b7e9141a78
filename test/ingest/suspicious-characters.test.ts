import { describe, expect, test } from 'vitest';
import { isVietnameseSyllable, suspiciousCharacters } from '../../src/lib/ingest/suspicious-characters.ts';

describe('isVietnameseSyllable', () => {
	test.each([
		'bài',
		'học',
		'kinh',
		'nghiệm',
		'Đảng',
		'ủy',
		'uỷ',
		'xã',
		'tổ',
		'chức',
		'hội',
		'nghị',
		'sơ',
		'kết',
		'CÔNG',
		'Tác',
		'người',
		'được',
		'khuya',
		'nguyễn',
		'quốc',
		'gì',
		'giữa',
		'xoong',
		'thuở',
		'hoà',
		'hòa',
		'oanh',
		'huých',
		'yêu',
		'An',
	])('accepts %s', (word) => expect(isVietnameseSyllable(word)).toBe(true));

	test.each([
		['TCVN3 leftovers', 'Bµi'],
		['TCVN3 leftovers', 'häc'],
		['TCVN3 leftovers', 'nghiÖm'],
		['VNI leftovers', 'Baøi'],
		['VNI leftovers', 'nghieäm'],
		['two tones', 'ta\u0301\u0300c'],
		['a tone on a consonant', 'đ\u0301a'],
		['a stop with huyền', 'càt'],
		['ă without a final consonant', 'bă'],
		['"nh" after o', 'onh'],
		['a glide before a final consonant', 'bain'],
		['English', 'school'],
		['English', 'and'],
		['too long', 'nghiênggg'],
		['empty', ''],
	])('rejects %s: %s', (_, word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe('suspiciousCharacters', () => {
	test('locates legacy-encoding leftovers by line and column', () => {
		expect(suspiciousCharacters('Tiêu đề\nBµi häc kinh nghiÖm')).toEqual([
			{ char: 'µ', line: 2, column: 2 },
			{ char: 'ä', line: 2, column: 6 },
			// "Ö" is an accented capital that Vietnamese does not have.
			{ char: 'Ö', line: 2, column: 18 },
		]);
	});

	test('flags TCVN3 symbols only inside words, and « » only between letters', () => {
		expect(suspiciousCharacters('C«ng t¸c ®¹o')).toEqual([
			{ char: '«', line: 1, column: 2 },
			{ char: '¸', line: 1, column: 7 },
			{ char: '®', line: 1, column: 10 },
			{ char: '¹', line: 1, column: 11 },
		]);
		expect(suspiciousCharacters('phong trào «Dân vận khéo», 25 m², 30 °C, 3 × 4, ½ ngày')).toEqual([]);
	});

	test.each([
		['ð from Windows-1258 read as Latin-1', 'Ðảng ðã', ['Ð', 'ð']],
		['a stray combining mark that NFC cannot attach', 'đ\u0301ạo', ['\u0301']],
		['a second tone on one letter', 'ta\u0301\u0300c', ['\u0300']],
		['the replacement character', 'Huy\uFFFDn', ['\uFFFD']],
		['a C1 control from a Windows-1252 quote', '\u0093trích\u0094', ['\u0093', '\u0094']],
		['VNI marks', 'Baøi hoïc', ['ø', 'ï']],
		['UTF-8 read as Windows-1252', 'Ä‘áº£ng', ['Ä', 'º', '£']],
	])('flags %s', (_, text, chars) => expect(suspiciousCharacters(text).map((s) => s.char)).toEqual(chars));

	test.each([
		[
			'correct Vietnamese',
			'Đảng ủy xã An Bình tổ chức hội nghị sơ kết.\nCông tác lãnh đạo, chỉ đạo; Bài học kinh nghiệm!',
		],
		['Vietnamese capitals', 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'],
		['English', 'The quick brown fox jumps over the lazy dog.'],
		['decomposed Vietnamese (normalised first)', 'Bài học kinh nghiệm'.normalize('NFD')],
	])('finds nothing in %s', (_, text) => expect(suspiciousCharacters(text)).toEqual([]));
});
