import { describe, expect, test } from 'vitest';
import { foldDiacritics, normalizeVietnamese, vietnameseLower } from '../../src/lib/text/diacritics.ts';

describe('normalizeVietnamese moves old-style tones to the modern place', () => {
	test.each([
		['oà', 'hoà', 'hòa'],
		['oá', 'khoá', 'khóa'],
		['oả', 'thoả', 'thỏa'],
		['oã', 'xoã', 'xõa'],
		['oạ', 'hoạ', 'họa'],
		['uỳ', 'tuỳ', 'tùy'],
		['uý', 'thuý', 'thúy'],
		['uỷ', 'Huyện uỷ', 'Huyện ủy'],
		['uỹ', 'luỹ', 'lũy'],
		['uỵ', 'truỵ', 'trụy'],
		['oè', 'hoè', 'hòe'],
		['oé', 'khoé', 'khóe'],
		['oẻ', 'khoẻ', 'khỏe'],
		['oẽ', 'xoẽ', 'xõe'],
		['oẹ', 'loẹ', 'lọe'],
		['word-initial uỷ', 'Uỷ ban', 'Ủy ban'],
		['word-initial oà', 'oà khóc', 'òa khóc'],
		['capitals', 'HUYỆN UỶ HOÀ BÌNH', 'HUYỆN ỦY HÒA BÌNH'],
		['capitals oẻ', 'KHOẺ', 'KHỎE'],
		['mixed case', 'HOà', 'HÒa'],
		['before punctuation', 'hoà.', 'hòa.'],
		[
			'a whole sentence',
			'Uỷ ban nhân dân xã Hoà Bình, khoá XII, thuỷ lợi',
			'Ủy ban nhân dân xã Hòa Bình, khóa XII, thủy lợi',
		],
	])('%s: %s → %s', (_, input, expected) => expect(normalizeVietnamese(input)).toBe(expected));

	test.each([
		['"qu" is a consonant, so "quý" has no u+y nucleus', 'quý'],
		['quỳ', 'quỳ'],
		['quỷ', 'quỷ'],
		['Quỹ', 'Quỹ'],
		['QUÝ', 'QUÝ'],
		['closed syllable oàng', 'hoàng'],
		['closed syllable oạch', 'kế hoạch'],
		['closed syllable oán', 'toán'],
		['triphthong uyu', 'khuỷu'],
		['triphthong oai', 'ngoài'],
		['triphthong oay', 'xoáy'],
		['uyê', 'thuyền'],
		['gi + vowel', 'giữ gìn giá trị'],
		['already modern', 'hòa thủy khỏe'],
	])('leaves %s unchanged (%s)', (_, word) => expect(normalizeVietnamese(word)).toBe(word));

	test('composes decomposed (NFD) input, then moves the tone', () => {
		const nfd = 'Đảng uỷ khoá'.normalize('NFD');
		expect(nfd).not.toBe('Đảng uỷ khoá');
		expect(normalizeVietnamese(nfd)).toBe('Đảng ủy khóa');
	});
});

describe('foldDiacritics', () => {
	test.each([
		['Bài học kinh nghiệm', 'Bai hoc kinh nghiem'],
		['ĐẶC ĐIỂM TÌNH HÌNH', 'DAC DIEM TINH HINH'],
		['Đảng ủy đã', 'Dang uy da'],
		['Ưu điểm, hạn chế', 'Uu diem, han che'],
		['Huyện uỷ', 'Huyen uy'],
		['ðẠI HỌC', 'dAI HOC'],
		['Phụ lục 1-2/2021', 'Phu luc 1-2/2021'],
	])('%s → %s', (input, expected) => expect(foldDiacritics(input)).toBe(expected));

	test('folds decomposed input the same way', () =>
		expect(foldDiacritics('Nguyên nhân'.normalize('NFD'))).toBe('Nguyen nhan'));
});

describe('vietnameseLower', () => {
	test.each([
		['BÀI HỌC KINH NGHIỆM', 'bài học kinh nghiệm'],
		['ĐẢNG ỦY', 'đảng ủy'],
		['Ở XÃ, PHƯỜNG', 'ở xã, phường'],
	])('%s → %s', (input, expected) => expect(vietnameseLower(input)).toBe(expected));
});
