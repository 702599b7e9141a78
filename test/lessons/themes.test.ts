import { describe, expect, test } from 'vitest';
import { themeClassifier, themeCounts, type LessonTheme } from '../../src/lib/lessons/themes.ts';
import { campaignSchema } from '../../src/lib/schema/campaign.ts';
import { minimalCampaign } from '../helpers/campaign.ts';

const THEMES: LessonTheme[] = [
	{ id: 'doi-thoai', name: 'Đối thoại với nhân dân', phrases: ['đối thoại', 'tiếp công dân'] },
	{ id: 'nguoi-dung-dau', name: 'Vai trò người đứng đầu', phrases: ['người đứng đầu'] },
	{ id: 'giam-sat', name: 'Giám sát của nhân dân', phrases: ['giám sát', 'Ban Thanh tra nhân dân'] },
];
const ids = (lesson: string) => themeClassifier(THEMES)(lesson).map((t) => t.id);

describe('themeClassifier', () => {
	test('one classifier per list of themes, each lesson classified once; a changed list is classified afresh', () => {
		const classify = themeClassifier(THEMES);
		expect(themeClassifier(THEMES)).toBe(classify);
		const first = classify('Người đứng đầu phải đối thoại');
		expect(classify('Người đứng đầu phải đối thoại')).toBe(first);
		expect(Object.isFrozen(first)).toBe(true);
		// A campaign file edited while `astro dev` runs gives a new list: its themes, not the remembered ones.
		const edited = [{ ...THEMES[0]!, phrases: ['lắng nghe'] }];
		expect(themeClassifier(edited)('Người đứng đầu phải đối thoại')).toEqual([]);
	});

	test('a lesson belongs to every theme it names, in the order of the campaign file', () => {
		expect(ids('Người đứng đầu cấp ủy phải trực tiếp đối thoại với nhân dân')).toEqual(['doi-thoai', 'nguoi-dung-dau']);
	});

	test('capitals, old-style tone marks and decomposed text match the same theme', () => {
		expect(ids('ĐỐI THOẠI định kỳ')).toEqual(['doi-thoai']);
		expect(ids('Phát huy vai trò giám sát của Ban Thanh tra nhân dân'.normalize('NFD'))).toEqual(['giam-sat']);
		expect(ids('Người đứng đầu cấp uỷ gương mẫu')).toEqual(['nguoi-dung-dau']);
	});

	test('a lesson typed without diacritics still finds its theme', () => {
		expect(ids('phai doi thoai thuong xuyen voi nhan dan')).toEqual(['doi-thoai']);
	});

	test('whole words only, and no folding of text that has its diacritics: "dẫn" is not "dân"', () => {
		const people = themeClassifier([{ id: 'dan', name: 'Nhân dân', phrases: ['dân'] }]);
		expect(people('Hướng dẫn kịp thời')).toEqual([]);
		expect(people('Nơi nào dân được bàn')).toHaveLength(1);
		expect(people('huong dan kip thoi')).toHaveLength(1);
		expect(people('dânchủ')).toEqual([]);
	});

	test('a lesson that names no theme belongs to none', () => {
		expect(ids('Làm tốt công tác thi đua, khen thưởng')).toEqual([]);
	});
});

describe('themeCounts', () => {
	test('counts lessons per theme, most frequent first, leaving out empty themes', () => {
		const counts = themeCounts(['đối thoại', 'giám sát', 'giám sát, đối thoại', 'giám sát'], THEMES);
		expect(counts.map((c) => [c.theme.id, c.count])).toEqual([
			['giam-sat', 3],
			['doi-thoai', 2],
		]);
	});
});

describe('campaign lessonThemes', () => {
	const base = minimalCampaign;
	test('are optional and default to none', () => {
		expect(campaignSchema.parse(base).lessonThemes).toEqual([]);
	});
	test('refuse a theme listed twice, naming where', () => {
		const result = campaignSchema.safeParse({ ...base, lessonThemes: [THEMES[0], THEMES[0]] });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			[
				'lessonThemes.1.id',
				'chủ đề bài học "doi-thoai" được ghi hai lần; giữ một (lesson theme "doi-thoai" is listed twice)',
			],
		]);
	});
	test('refuse the id the lessons pages keep for lessons of no theme', () => {
		const result = campaignSchema.safeParse({ ...base, lessonThemes: [THEMES[0], { ...THEMES[0], id: 'khac' }] });
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			[
				'lessonThemes.1.id',
				'mã chủ đề "khac" dành cho các bài học không thuộc chủ đề nào; hãy đặt mã khác (lesson theme id "khac" is reserved for the lessons no theme names)',
			],
		]);
	});
});
