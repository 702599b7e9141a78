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

/** A campaign's roster indexed for the lineage: units by id, and by each id they stand for (their own, `formerly:`). */
interface IndexedRoster {
	campaign: CampaignRecord;
	byId: Map<string, Unit>;
	byPredecessor: Map<string, Unit[]>;
	/** Roster order, so the units found are listed as the roster lists them. */
	place: Map<Unit, number>;
}

const predecessorIds = (unit: Unit) => [unit.id, ...(unit.formerly ?? [])];

// Built once per set of rosters: every unit page asks for its lineage, and scanning the rosters for each made the
// pages of 10,000 units quadratic (2.9 s of the build).
const indexes = new WeakMap<readonly Roster[], IndexedRoster[]>();

/** Campaigns ordered oldest plan first, so "earlier" and "later" follow the plans' dates. */
function indexed(rosters: readonly Roster[]): IndexedRoster[] {
	let found = indexes.get(rosters);
	if (!found) {
		found = [...rosters]
			.sort(
				(a, b) => a.campaign.plan.date.localeCompare(b.campaign.plan.date) || a.campaign.id.localeCompare(b.campaign.id)
			)
			.map(({ campaign, units }) => {
				const byPredecessor = new Map<string, Unit[]>();
				for (const unit of units)
					for (const id of new Set(predecessorIds(unit)))
						byPredecessor.set(id, [...(byPredecessor.get(id) ?? []), unit]);
				return {
					campaign,
					byId: new Map(units.map((u) => [u.id, u])),
					byPredecessor,
					place: new Map(units.map((u, i) => [u, i])),
				};
			});
		indexes.set(rosters, found);
	}
	return found;
}

const inRosterOrder = (roster: IndexedRoster, units: Iterable<Unit>) =>
	[...new Set(units)].sort((a, b) => roster.place.get(a)! - roster.place.get(b)!);

/**
 * The unit's counterparts in every campaign where it has one, oldest first. Backwards, a campaign's units whose id
 * is the unit's own or one it lists in `formerly:` (and theirs, campaign by campaign); forwards, the units that
 * keep its id or list it in their `formerly:`. Ids not found in a campaign are still looked for in older ones.
 */
export function unitLineage(rosters: readonly Roster[], campaignId: string, unitId: string): Counterpart[] {
	const ordered = indexed(rosters);
	const at = ordered.findIndex((r) => r.campaign.id === campaignId);
	const unit = ordered[at]?.byId.get(unitId);
	if (!unit) return [];
	const result: Counterpart[] = [{ campaign: ordered[at]!.campaign, units: [unit], relation: 'self' }];

	let wanted = new Set(predecessorIds(unit).slice(1).concat(unit.id));
	for (let i = at - 1; i >= 0; i--) {
		const roster = ordered[i]!;
		const found = inRosterOrder(
			roster,
			[...wanted].flatMap((id) => roster.byId.get(id) ?? [])
		);
		if (found.length) result.unshift({ campaign: roster.campaign, units: found, relation: 'earlier' });
		const foundIds = new Set(found.map((u) => u.id));
		wanted = new Set([...[...wanted].filter((id) => !foundIds.has(id)), ...found.flatMap(predecessorIds)]);
	}

	let known = new Set([unit.id]);
	for (let i = at + 1; i < ordered.length; i++) {
		const roster = ordered[i]!;
		const found = inRosterOrder(
			roster,
			[...known].flatMap((id) => roster.byPredecessor.get(id) ?? [])
		);
		if (found.length) result.push({ campaign: roster.campaign, units: found, relation: 'later' });
		known = new Set([...known, ...found.map((u) => u.id)]);
	}
	return result;
}
