// This campaign against an earlier one: every figure is read from each campaign's own synthesis or compliance rows,
// so a comparison can never disagree with the synthesis pages it sits between.
import type { CampaignRecord, Unit } from '../model.ts';
import type { ComplianceRow } from '../compliance/unit-compliance.ts';
import { rollup, type Rollup } from '../compliance/rollup.ts';
import type { Synthesis } from '../synthesis/synthesis.ts';
import { unitLineage } from './lineage.ts';

/** What a comparison reads of one campaign. */
export interface CampaignSnapshot {
	campaign: CampaignRecord;
	units: readonly Unit[];
	rows: readonly ComplianceRow[];
	synthesis: Synthesis;
}

/** A figure in both campaigns; `difference` is current minus previous, absent when either side has none. */
export interface Pair {
	current?: number | undefined;
	previous?: number | undefined;
	difference?: number | undefined;
}

export interface GroupComparison {
	/** Tier or unit-type id, the key both campaign files share. */
	id: string;
	/** The current campaign's name for it, else the previous one's. */
	name: string;
	units: Pair;
	received: Pair;
	onTime: Pair;
	/** On-time units over all units of the group, as the synthesis gives it. */
	onTimeRate: Pair;
}

export interface ThemeComparison {
	id: string;
	name: string;
	lessons: Pair;
}

export interface CampaignComparison {
	current: CampaignRecord;
	previous: CampaignRecord;
	total: GroupComparison;
	byTier: GroupComparison[];
	byType: GroupComparison[];
	/** Lessons and reports that gave lessons. */
	lessons: { reports: Pair; lessons: Pair };
	/** The themes most lessons fall under in either campaign, by id, most frequent now first. */
	themes: ThemeComparison[];
	/**
	 * For each tier of the current campaign, how the units it is made of did last time, following `formerly:`:
	 * the rollup of their counterparts in the previous campaign (each counted once), beside the tier's own.
	 */
	continuing: { tier: string; name: string; current: Rollup; previous: Rollup; onTimeRate: Pair }[];
}

export const pair = (current: number | undefined, previous: number | undefined): Pair => ({
	current,
	previous,
	difference: current === undefined || previous === undefined ? undefined : current - previous,
});

const rollupPair = (id: string, name: string, a: Rollup | undefined, b: Rollup | undefined): GroupComparison => ({
	id,
	name,
	units: pair(a?.total, b?.total),
	received: pair(a?.done, b?.done),
	onTime: pair(a?.counts['on-time'], b?.counts['on-time']),
	onTimeRate: pair(a?.onTimeRate, b?.onTimeRate),
});

/** Groups of both sides matched by id: the current campaign's order, then those only the previous one had. */
function matchGroups<T>(
	current: readonly T[],
	previous: readonly T[],
	id: (g: T) => string
): { id: string; current?: T; previous?: T }[] {
	const prev = new Map(previous.map((g) => [id(g), g]));
	const now = new Set(current.map(id));
	return [
		...current.map((g) => ({ id: id(g), current: g, ...(prev.has(id(g)) && { previous: prev.get(id(g))! }) })),
		...previous.filter((g) => !now.has(id(g))).map((g) => ({ id: id(g), previous: g })),
	];
}

/** How many themes a comparison lists. */
export const TOP_THEMES = 5;

/** The current campaign against the previous one: counts, on-time rates per tier and type, lesson themes. */
export function compareCampaigns(
	current: CampaignSnapshot,
	previous: CampaignSnapshot,
	topThemes = TOP_THEMES
): CampaignComparison {
	const a = current.synthesis;
	const b = previous.synthesis;
	const tiers = matchGroups(a.byTier, b.byTier, (g) => g.tier.id).map((m) =>
		rollupPair(m.id, (m.current ?? m.previous)!.tier.name, m.current?.rollup, m.previous?.rollup)
	);
	const types = matchGroups(a.byType, b.byType, (g) => g.type.id).map((m) =>
		rollupPair(m.id, (m.current ?? m.previous)!.type.name, m.current?.rollup, m.previous?.rollup)
	);
	const top = (s: Synthesis) => s.lessons.themes.slice(0, topThemes);
	const themeIds = new Set([...top(a), ...top(b)].map((t) => t.theme.id));
	const count = (s: Synthesis, id: string) => s.lessons.themes.find((t) => t.theme.id === id)?.count ?? 0;
	const themes = matchGroups(
		a.lessons.themes.filter((t) => themeIds.has(t.theme.id)),
		b.lessons.themes.filter((t) => themeIds.has(t.theme.id)),
		(t) => t.theme.id
	)
		.map((m) => ({
			id: m.id,
			name: (m.current ?? m.previous)!.theme.name,
			lessons: pair(count(a, m.id), count(b, m.id)),
		}))
		.sort((x, y) => y.lessons.current! - x.lessons.current! || y.lessons.previous! - x.lessons.previous!);
	return {
		current: current.campaign,
		previous: previous.campaign,
		total: rollupPair('', '', a.total, b.total),
		byTier: tiers,
		byType: types,
		lessons: {
			reports: pair(a.lessons.reports, b.lessons.reports),
			lessons: pair(a.lessons.lessons, b.lessons.lessons),
		},
		themes,
		continuing: continuingUnits(current, previous),
	};
}

function continuingUnits(current: CampaignSnapshot, previous: CampaignSnapshot): CampaignComparison['continuing'] {
	const rosters = [current, previous].map((s) => ({ campaign: s.campaign, units: s.units }));
	const previousRow = new Map(previous.rows.map((r) => [r.unit.id, r]));
	return current.campaign.tiers.flatMap((tier) => {
		const rows = current.rows.filter((r) => r.unit.tier === tier.id);
		if (!rows.length) return [];
		const before = new Map<string, ComplianceRow>();
		for (const row of rows)
			for (const c of unitLineage(rosters, current.campaign.id, row.unit.id))
				if (c.campaign.id === previous.campaign.id) for (const u of c.units) before.set(u.id, previousRow.get(u.id)!);
		const now = rollup(rows);
		const then = rollup([...before.values()]);
		return [
			{
				tier: tier.id,
				name: tier.name,
				current: now,
				previous: then,
				onTimeRate: pair(now.onTimeRate, then.total ? then.onTimeRate : undefined),
			},
		];
	});
}

/** The campaign a comparison is made against: the one with the latest plan before this one's, if any. */
export function previousCampaign<T extends { campaign: CampaignRecord }>(
	snapshots: readonly T[],
	campaignId: string
): T | undefined {
	const self = snapshots.find((s) => s.campaign.id === campaignId);
	if (!self) return undefined;
	return snapshots
		.filter((s) => s.campaign.plan.date < self.campaign.plan.date)
		.sort((x, y) => y.campaign.plan.date.localeCompare(x.campaign.plan.date))[0];
}
