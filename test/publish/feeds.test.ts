import { expect, test } from 'vitest';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { unitCompliance } from '../../src/lib/compliance/unit-compliance.ts';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { lessonCatalog } from '../../src/lib/lessons/catalog.ts';
import type { Review, Unit } from '../../src/lib/model.ts';
import { lessonsFeed, reportsFeed, type FeedLinks } from '../../src/lib/publish/feeds.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const campaign = {
	...readCampaign(
		`${CAMPAIGN}lessonThemes:\n  - { id: doi-thoai, name: Đối thoại, phrases: [đối thoại] }\n`,
		'content/campaigns/thu.yaml'
	).campaign!,
	id: 'thu',
};
const unit = (id: string, name: string, tier: string, type: string, parent?: string): Unit => ({
	id,
	name,
	tier,
	type,
	campaign: 'thu',
	...(parent && { parent }),
});
const units = [
	unit('tinh', 'Tỉnh ủy <Sơn Hà> & "Đông"', 'tinh', 'tinh-uy'),
	unit('huyen', 'Huyện ủy A', 'huyen', 'huyen-uy', 'tinh'),
	unit('xa', 'Đảng ủy xã B', 'co-so', 'dang-uy-xa', 'huyen'),
];
const review = (u: string, sentOn: string, lessons: string[] = []): Review => ({
	campaign: 'thu',
	unit: u,
	file: '',
	sections: [],
	commendations: [],
	figures: {},
	form: 'conference',
	heldOn: sentOn,
	sentOn,
	documentNumber: `${u}-1`,
	lessons: lessons.map((text, i) => ({ index: i + 1, text, line: 1 })),
});
const reviews = [
	review('xa', '2021-04-29', ['Đối thoại với dân']),
	review('tinh', '2021-05-19', ['Đối thoại thường xuyên', 'Khác']),
	review('huyen', '2021-05-30'),
];
const rows = unitCompliance(campaign, units, reviews, '2021-05-20');
const site = 'https://vi.example/so-ket/thu/';
const links: FeedLinks = {
	self: `${site}bao-cao.atom`,
	page: site,
	unit: (u) => `${site}don-vi/${u}/`,
	lessonPage: (t, th) => `${site}bai-hoc/${t}/${th}/`,
};

test('the reports feed is valid Atom: reports received by the as-of date, newest first, with unit, tier, date and a link', () => {
	const xml = reportsFeed(campaign, rows, links);
	expect(SyntaxValidator.validate(xml)).toBe(true);
	const feed = parseAtomFeed(xml);
	expect(feed.id).toBe(links.self);
	expect(feed.updated).toBe('2021-05-19T00:00:00.000Z');
	// Sent after the as-of date: not received yet, so not in the feed.
	expect(feed.entries!.map((e) => e.links?.[0]?.href)).toEqual([`${site}don-vi/tinh/`, `${site}don-vi/xa/`]);
	const [first] = feed.entries!;
	expect(first!.title?.value).toBe('Tỉnh ủy <Sơn Hà> & "Đông": báo cáo số tinh-1');
	expect(first!.summary?.value).toContain('Cấp tỉnh');
	expect(first!.summary?.value).toContain('19/5/2021');
	expect(first!.categories?.[0]?.term).toBe('tinh');
	for (const e of feed.entries!) expect([e.id, e.title, e.updated].every(Boolean)).toBe(true);
});

test('the lessons feed has one entry per tier and theme, dated by its newest report', () => {
	const catalog = lessonCatalog(
		campaign,
		new Map(units.map((u) => [u.id, u])),
		rows.flatMap((r) => (r.review ? [r.review] : []))
	);
	const xml = lessonsFeed(campaign, catalog, new Map(reviews.map((r) => [r.unit, r.sentOn])), {
		...links,
		self: `${site}bai-hoc.atom`,
	});
	expect(SyntaxValidator.validate(xml)).toBe(true);
	const feed = parseAtomFeed(xml);
	expect(feed.entries!.map((e) => [e.title?.value, e.updated])).toEqual([
		['Đối thoại: Cấp tỉnh', '2021-05-19T00:00:00.000Z'],
		['Bài học khác: Cấp tỉnh', '2021-05-19T00:00:00.000Z'],
		['Đối thoại: Cấp cơ sở', '2021-04-29T00:00:00.000Z'],
	]);
	expect(feed.entries![0]!.links![0]!.href).toBe(`${site}bai-hoc/tinh/doi-thoai/`);
});
