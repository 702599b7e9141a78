import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { loadCampaigns, loadRosters } from '../../src/lib/content/load.ts';
import { processReport } from '../../src/lib/report/process.ts';
import { HtmlPackWriter } from '../../src/lib/report/html-cache.ts';
import { CAMPAIGN, ROSTER, makeProject, review } from '../helpers/content-dir.ts';
import { setCollections, type StoreEntry } from '../helpers/content-store.ts';
import { tempDir } from '../helpers/temp.ts';

// A second, older campaign, so the order of campaigns is seen.
const OLD_CAMPAIGN = CAMPAIGN.replace('date: 2021-04-06', 'date: 2016-04-06');

/**
 * Fills the store the way the loaders do: campaigns and units as loaded, each report as the reviews loader keeps it
 * (its processed metadata and where its HTML was cached).
 */
function fillStore(reports: Record<string, string>) {
	const files = {
		'content/campaigns/thu.yaml': CAMPAIGN,
		'content/units/thu.yaml': ROSTER,
		'content/campaigns/cu.yaml': OLD_CAMPAIGN,
		'content/units/cu.yaml': ROSTER,
		...reports,
	};
	const root = makeProject(files);
	const { campaigns } = loadCampaigns(root, join(root, 'content'));
	const { units } = loadRosters(root, join(root, 'content'), campaigns);
	const pack = new HtmlPackWriter(tempDir('so-ket-html-'));
	const reviews: StoreEntry[] = Object.entries(reports).map(([file, text]) => {
		const { html, ...meta } = processReport(text, file);
		return {
			id: file.replace(/^content\/reviews\//, '').replace(/\.mdx$/, ''),
			filePath: file,
			data: { ...meta, html: pack.append([html])[0] },
		};
	});
	setCollections({
		campaigns: campaigns.map(({ id, ...data }) => ({ id, data })),
		units: units.map((u) => ({ id: `${u.campaign}/${u.id}`, data: u })),
		reviews,
	});
}

// site/data.ts keeps its views for the build; each test loads it afresh over its own store.
const siteData = async () => {
	vi.resetModules();
	return import('../../src/site/data.ts');
};

beforeEach(() => vi.stubEnv('AS_OF', '2021-05-20'));
afterEach(() => vi.unstubAllEnvs());

test('campaigns come newest plan first, each with its own roster, parents as roster ids', async () => {
	fillStore({ 'content/reviews/thu/xa-a1.mdx': review({}) });
	const views = await (await siteData()).campaignViews();
	expect(views.map((v) => v.campaign.id)).toEqual(['thu', 'cu']);
	const [thu] = views;
	expect(thu!.units.map((u) => u.id)).toEqual(['tinh-uy', 'huyen-uy-a', 'xa-a1', 'xa-a2']);
	expect(thu!.units.every((u) => u.campaign === 'thu')).toBe(true);
	expect(thu!.unitById.get('xa-a1')?.parent).toBe('huyen-uy-a');
	expect(thu!.children.get('huyen-uy-a')?.map((u) => u.id)).toEqual(['xa-a1', 'xa-a2']);
	expect(
		thu!.childRows
			.get('huyen-uy-a')
			?.map((r) => r.unit.id)
			.sort()
	).toEqual(['xa-a1', 'xa-a2']);
});

test('a report becomes its campaign’s review, the sending date read in the campaign’s time zone, and its HTML is read when asked for', async () => {
	fillStore({ 'content/reviews/thu/xa-a1.mdx': review({ sentOn: '2021-04-29T20:00:00Z' }) });
	const [thu, cu] = await (await siteData()).campaignViews();
	const got = thu!.reviewByUnit.get('xa-a1')!;
	// 20:00 UTC is 03:00 the next day in Asia/Ho_Chi_Minh.
	expect(got.sentOn).toBe('2021-04-30');
	expect(got.file).toBe('content/reviews/thu/xa-a1.mdx');
	expect(got.lessons.map((l) => l.text)).toEqual([
		'Phải phát huy vai trò người đứng đầu.',
		'Phải lắng nghe ý kiến nhân dân.',
	]);
	expect(thu!.html('xa-a1')).toContain('<h2');
	expect(thu!.html('xa-a2')).toBeUndefined();
	expect(cu!.reviews).toEqual([]);
});

test('a report sent after the as-of date is on no page yet, and the unit is counted as not having sent', async () => {
	fillStore({
		'content/reviews/thu/xa-a1.mdx': review({}),
		'content/reviews/thu/xa-a2.mdx': review({ unit: 'xa-a2', heldOn: '2021-05-21', sentOn: '2021-05-22' }),
	});
	const [thu] = await (await siteData()).campaignViews();
	expect(thu!.asOf).toBe('2021-05-20');
	expect(thu!.reviews.map((r) => r.unit)).toEqual(['xa-a1']);
	expect(thu!.rowByUnit.get('xa-a2')?.review).toBeUndefined();
	expect(thu!.rowByUnit.get('xa-a1')?.review?.unit).toBe('xa-a1');
});

test('the views are built once per build, and a campaign’s lessons are classified once', async () => {
	fillStore({ 'content/reviews/thu/xa-a1.mdx': review({}) });
	const data = await siteData();
	const first = await data.campaignViews();
	expect(await data.campaignViews()).toBe(first);
	expect(data.lessonsOf(first[0]!)).toBe(data.lessonsOf(first[0]!));
});
