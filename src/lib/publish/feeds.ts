// Atom feeds of a campaign, so a reader's feed reader says when reports arrive: the reports as received (newest first),
// and the lessons pages (a tier's lessons under one theme), dated by their newest report. Written with feedsmith.
import { generateAtomFeed } from 'feedsmith';
import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { ComplianceRow } from '../compliance/unit-compliance.ts';
import type { TierGroup } from '../lessons/catalog.ts';
import { themeKey, themeName } from '../lessons/pages.ts';
import { formatVietnameseDate, type CalendarDate } from '../schema/calendar-date.ts';
import { formLabel } from '../labels.ts';
import { nameOrder } from '../text/collation.ts';

/** Absolute addresses of the pages a feed links to (the site URL and base path already applied). */
export interface FeedLinks {
	/** The feed's own address. */
	self: string;
	/** The page the feed stands for (the campaign's overview or its lessons page). */
	page: string;
	unit: (unit: string) => string;
	lessonPage: (tier: string, theme: string) => string;
}

// A calendar date as the start of that day in UTC: a feed needs an instant, and the date is all a report gives.
const instant = (date: CalendarDate) => new Date(`${date}T00:00:00Z`);
const text = (value: string) => ({ value });
const newest = (dates: readonly CalendarDate[], fallback: CalendarDate) =>
	dates.reduce((a, b) => (b > a ? b : a), fallback);

interface Received {
	unit: Unit;
	review: Review;
}

/** Reports received by the as-of date, newest first (then by unit name), as the feed lists them. */
export function receivedReports(rows: readonly ComplianceRow[]): Received[] {
	return rows
		.flatMap((r) => (r.review ? [{ unit: r.unit, review: r.review }] : []))
		.sort((a, b) => b.review.sentOn.localeCompare(a.review.sentOn) || nameOrder.compare(a.unit.name, b.unit.name));
}

/** The feed of a campaign's reports as they are received: unit, tier, date and a link to the report's page. */
export function reportsFeed(campaign: CampaignRecord, rows: readonly ComplianceRow[], links: FeedLinks): string {
	const received = receivedReports(rows);
	const tierName = new Map(campaign.tiers.map((t) => [t.id, t.name]));
	return generateAtomFeed({
		id: links.self,
		title: text(`Báo cáo đã nhận: ${campaign.title}`),
		subtitle: text(
			`${campaign.monitoringOffice} · Kế hoạch số ${campaign.plan.number}${campaign.sample ? ' · DỮ LIỆU MẪU (hư cấu)' : ''}`
		),
		updated: instant(
			newest(
				received.map((r) => r.review.sentOn),
				campaign.plan.date
			)
		),
		links: [
			{ href: links.self, rel: 'self', type: 'application/atom+xml' },
			{ href: links.page, rel: 'alternate', type: 'text/html' },
		],
		authors: [{ name: campaign.monitoringOffice }],
		entries: received.map(({ unit, review }) => ({
			id: links.unit(unit.id),
			title: text(`${unit.name}: báo cáo ${review.documentNumber ? `số ${review.documentNumber}` : 'sơ kết'}`),
			updated: instant(review.sentOn),
			published: instant(review.sentOn),
			summary: text(
				`${tierName.get(unit.tier) ?? unit.tier} · gửi ngày ${formatVietnameseDate(review.sentOn)} · ${formLabel[review.form]} ngày ${formatVietnameseDate(review.heldOn)}`
			),
			links: [{ href: links.unit(unit.id), rel: 'alternate', type: 'text/html' }],
			categories: [{ term: unit.tier, label: tierName.get(unit.tier) ?? unit.tier }],
			authors: [{ name: unit.name }],
		})),
	});
}

/** The feed of a campaign's lessons pages: one entry per tier and theme, dated by the newest report it quotes. */
export function lessonsFeed(
	campaign: CampaignRecord,
	catalog: readonly TierGroup[],
	sentOn: ReadonlyMap<string, CalendarDate>,
	links: FeedLinks
): string {
	const hasThemes = campaign.lessonThemes.length > 0;
	const groups = catalog.flatMap((t) =>
		t.themes.map((g) => {
			const units = new Set(g.entries.map((e) => e.unit.id));
			return {
				tier: t.tier,
				group: g,
				units: units.size,
				updated: newest(
					[...units].map((u) => sentOn.get(u) ?? campaign.plan.date),
					campaign.plan.date
				),
			};
		})
	);
	groups.sort((a, b) => b.updated.localeCompare(a.updated));
	return generateAtomFeed({
		id: links.self,
		title: text(`Bài học kinh nghiệm: ${campaign.title}`),
		subtitle: text(
			`${campaign.monitoringOffice} · Kế hoạch số ${campaign.plan.number}${campaign.sample ? ' · DỮ LIỆU MẪU (hư cấu)' : ''}`
		),
		updated: instant(
			newest(
				groups.map((g) => g.updated),
				campaign.plan.date
			)
		),
		links: [
			{ href: links.self, rel: 'self', type: 'application/atom+xml' },
			{ href: links.page, rel: 'alternate', type: 'text/html' },
		],
		authors: [{ name: campaign.monitoringOffice }],
		entries: groups.map(({ tier, group, units, updated }) => {
			const href = links.lessonPage(tier.id, themeKey(group.theme));
			return {
				id: href,
				title: text(`${themeName(group.theme, hasThemes)}: ${tier.name}`),
				updated: instant(updated),
				summary: text(
					`${group.entries.length} bài học kinh nghiệm từ ${units} báo cáo; báo cáo mới nhất gửi ngày ${formatVietnameseDate(updated)}`
				),
				links: [{ href, rel: 'alternate', type: 'text/html' }],
				categories: [{ term: tier.id, label: tier.name }],
			};
		}),
	});
}
