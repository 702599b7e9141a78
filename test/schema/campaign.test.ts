import { expect, test } from 'vitest';
import { campaignSchema } from '../../src/lib/schema/campaign.ts';
import { minimalCampaign } from '../helpers/campaign.ts';

const campaign = {
	...minimalCampaign,
	unitTypes: [
		{ id: 'xa', name: 'Đảng ủy xã' },
		{ id: 'phuong', name: 'Đảng ủy phường' },
	],
	tiers: [{ id: 'co-so', name: 'Cấp cơ sở', unitTypes: ['xa', 'phuong'] }],
};

test('a unit type listed twice is refused in Vietnamese first, naming where: each type has pages of its own', () => {
	expect(campaignSchema.safeParse(campaign).success).toBe(true);
	const twice = { ...campaign, unitTypes: [...campaign.unitTypes, { id: 'xa', name: 'Xã (lần hai)' }] };
	const result = campaignSchema.safeParse(twice);
	expect(result.success).toBe(false);
	expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
		['unitTypes.2.id', 'loại hình "xa" được ghi hai lần; giữ một (unit type "xa" is listed twice)'],
	]);
});
