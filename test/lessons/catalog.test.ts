import { describe, expect, test } from 'vitest';
import { lessonCatalog } from '../../src/lib/lessons/catalog.ts';
import { lessonMatcher } from '../../src/lib/lessons/match.ts';
import type { CampaignRecord, Review, Unit } from '../../src/lib/model.ts';

const campaign = {
	id: 'c',
	tiers: [
		{ id: 'tinh', name: 'Cấp tỉnh' },
		{ id: 'huyen', name: 'Cấp huyện' },
		{ id: 'xa', name: 'Cấp cơ sở' },
	],
	lessonThemes: [
		{ id: 'doi-thoai', name: 'Đối thoại', phrases: ['đối thoại'] },
		{ id: 'giam-sat', name: 'Giám sát', phrases: ['giám sát'] },
	],
} as unknown as CampaignRecord;
const unit = (id: string, name: string, tier: string): Unit => ({ id, name, tier, type: 't', campaign: 'c' }) as Unit;
const units = new Map(
	[unit('b', 'Xã Bình', 'xa'), unit('a', 'Xã An', 'xa'), unit('h', 'Huyện ủy H', 'huyen')].map((u) => [u.id, u])
);
const review = (unitId: string, lessons: string[], anchor?: string): Review =>
	({
		campaign: 'c',
		unit: unitId,
		sections: anchor ? [{ key: 'lessons', anchor }] : [],
		lessons: lessons.map((text, i) => ({ index: i + 1, text, line: i + 1 })),
	}) as unknown as Review;

describe('lessonCatalog', () => {
	const catalog = lessonCatalog(campaign, units, [
		review('b', ['Đối thoại và giám sát thường xuyên', 'Làm tốt thi đua'], 'iv-bai-hoc'),
		review('a', ['Đối thoại trực tiếp']),
		review('h', ['Giám sát của Mặt trận']),
		review('x', ['unit not on the roster']),
	]);

	test('groups by tier, top first, leaving out tiers without lessons', () => {
		expect(catalog.map((t) => [t.tier.id, t.reports, t.lessons])).toEqual([
			['huyen', 1, 1],
			['xa', 2, 3],
		]);
	});

	test('within a tier, by theme in the campaign order, then lessons of no theme; units A–Z inside a theme', () => {
		const grassroots = catalog[1]!.themes.map((g) => [
			g.theme?.id ?? null,
			g.entries.map((e) => `${e.unit.id}${e.lesson.index}`),
		]);
		expect(grassroots).toEqual([
			['doi-thoai', ['a1', 'b1']],
			['giam-sat', ['b1']],
			[null, ['b2']],
		]);
	});

	test('a lesson under two themes is marked as a repeat the second time; entries carry the lessons anchor', () => {
		const [talk, watch] = catalog[1]!.themes;
		expect(talk!.entries.map((e) => [e.repeat, e.anchor])).toEqual([
			[false, undefined],
			[false, 'iv-bai-hoc'],
		]);
		expect(watch!.entries.map((e) => e.repeat)).toEqual([true]);
	});
});

describe('lessonMatcher', () => {
	test('words typed without diacritics match with or without them, at the start of words, in any order', () => {
		const match = lessonMatcher('doi thoai');
		expect(match('Phải đối thoại trực tiếp')).toBe(true);
		expect(match('THOẠI ĐỐI')).toBe(true);
		expect(match('Phải đổi mới')).toBe(false);
		expect(lessonMatcher('kinh ngh')('Bài học kinh nghiệm')).toBe(true);
		expect(lessonMatcher('an')('Đảng ủy')).toBe(false);
	});

	test('a word typed with diacritics matches only as written; NFD matches NFC', () => {
		expect(lessonMatcher('dân')('hướng dẫn')).toBe(false);
		expect(lessonMatcher('dân')('nhân dân')).toBe(true);
		expect(lessonMatcher('dân'.normalize('NFD'))('NHÂN DÂN')).toBe(true);
	});

	test('an empty query matches everything', () => {
		expect(lessonMatcher('  ')('bất kỳ')).toBe(true);
	});
});
