// Which units of other campaigns a unit continues or is continued by: read from the rosters' `formerly:` (merged,
// renamed, moved units) and from ids that stay the same, never from special cases in code (see docs/campaigns.md).
import type { CampaignRecord, Unit } from '../model.ts';

/** One campaign's roster, as the history needs it. */
export interface Roster {
	campaign: CampaignRecord;
	units: readonly Unit[];
}

/** The units of one campaign that stand for a given unit there: itself, its predecessors or its successor. */
export interface Counterpart {
	campaign: CampaignRecord;
	units: Unit[];
	/** `self` for the unit's own campaign; `earlier` for its predecessors; `later` for what it became. */
	relation: 'self' | 'earlier' | 'later';
}

/** Campaigns ordered oldest plan first, so "earlier" and "later" follow the plans' dates. */
const byPlanDate = (rosters: readonly Roster[]) =>
	[...rosters].sort(
		(a, b) => a.campaign.plan.date.localeCompare(b.campaign.plan.date) || a.campaign.id.localeCompare(b.campaign.id)
	);

const predecessorIds = (unit: Unit) => [unit.id, ...(unit.formerly ?? [])];

/**
 * The unit's counterparts in every campaign where it has one, oldest first. Backwards, a campaign's units whose id
 * is the unit's own or one it lists in `formerly:` (and theirs, campaign by campaign); forwards, the units that
 * keep its id or list it in their `formerly:`. Ids not found in a campaign are still looked for in older ones.
 */
export function unitLineage(rosters: readonly Roster[], campaignId: string, unitId: string): Counterpart[] {
	const ordered = byPlanDate(rosters);
	const at = ordered.findIndex((r) => r.campaign.id === campaignId);
	const unit = ordered[at]?.units.find((u) => u.id === unitId);
	if (!unit) return [];
	const result: Counterpart[] = [{ campaign: ordered[at]!.campaign, units: [unit], relation: 'self' }];

	let wanted = new Set(predecessorIds(unit).slice(1).concat(unit.id));
	for (let i = at - 1; i >= 0; i--) {
		const found = ordered[i]!.units.filter((u) => wanted.has(u.id));
		if (found.length) result.unshift({ campaign: ordered[i]!.campaign, units: found, relation: 'earlier' });
		const foundIds = new Set(found.map((u) => u.id));
		wanted = new Set([...[...wanted].filter((id) => !foundIds.has(id)), ...found.flatMap(predecessorIds)]);
	}

	let known = new Set([unit.id]);
	for (let i = at + 1; i < ordered.length; i++) {
		const found = ordered[i]!.units.filter((u) => predecessorIds(u).some((id) => known.has(id)));
		if (found.length) result.push({ campaign: ordered[i]!.campaign, units: found, relation: 'later' });
		known = new Set([...known, ...found.map((u) => u.id)]);
	}
	return result;
}
