// The unit tables' data for the browser: every unit's row in a compact form (arrays, ids by position), so that
// filtering and sorting in the browser cover the whole table while each HTML page holds one page of it. The complete,
// documented download stays tien-do.json; this is the table's own working copy (docs/data-format.md).
import type { CampaignRecord } from '../model.ts';
import type { ComplianceRow } from '../compliance/unit-compliance.ts';
import { statusKey, statusSortKey, type StatusKey } from '../compliance/status.ts';
import { statusLabel } from '../labels.ts';
import { foldedText } from '../compliance/table-query.ts';

export const TABLE_DATA_FORMAT = 'so-ket/unit-table';
export const TABLE_DATA_VERSION = 1;

/**
 * One unit: id, name, tier (index into tiers), type (index into types), parent (index into units, -1 for none),
 * review held on, report sent on ("" when none), report (null: none received; "": received, no document number),
 * status key, status as the page words it, status sort key.
 */
export type PackedUnit = [
	string,
	string,
	number,
	number,
	number,
	string,
	string,
	string | null,
	StatusKey,
	string,
	string,
];

export interface TableData {
	format: typeof TABLE_DATA_FORMAT;
	version: typeof TABLE_DATA_VERSION;
	asOf: string;
	tiers: { id: string; name: string }[];
	types: { id: string; name: string }[];
	/** In table order: top tier first, then by name. */
	units: PackedUnit[];
}

/** The browser's copy of the unit tables of a campaign, from the same rows as every page and download. */
export function tableData(campaign: CampaignRecord, rows: readonly ComplianceRow[], asOf: string): TableData {
	const tierIndex = new Map(campaign.tiers.map((t, i) => [t.id, i]));
	const typeIndex = new Map(campaign.unitTypes.map((t, i) => [t.id, i]));
	const position = new Map(rows.map((r, i) => [r.unit.id, i]));
	return {
		format: TABLE_DATA_FORMAT,
		version: TABLE_DATA_VERSION,
		asOf,
		tiers: campaign.tiers.map((t) => ({ id: t.id, name: t.name })),
		types: campaign.unitTypes.map((t) => ({ id: t.id, name: t.name })),
		units: rows.map((r) => [
			r.unit.id,
			r.unit.name,
			tierIndex.get(r.unit.tier) ?? -1,
			typeIndex.get(r.unit.type) ?? -1,
			r.unit.parent !== undefined ? (position.get(r.unit.parent) ?? -1) : -1,
			r.review?.heldOn ?? '',
			r.review?.sentOn ?? '',
			r.review ? (r.review.documentNumber ?? '') : null,
			statusKey(r.overall),
			statusLabel(r.overall, r.overallKind),
			statusSortKey(r.overall),
		]),
	};
}

/** A unit's row as the browser filters, sorts and shows it. */
export interface TableRow {
	/** Position in the table order. */
	index: number;
	id: string;
	name: string;
	/** The name as the search box compares it: lower case, no diacritics. */
	folded: string;
	tier: string;
	tierName: string;
	tierIndex: number;
	type: string;
	typeName: string;
	parent: { id: string; name: string } | null;
	/** The unit's parent, its parent's parent… to the top (ids): the parent filter matches at any depth. */
	ancestors: string[];
	heldOn: string;
	sentOn: string;
	/** null: no report received. */
	report: { number: string | null } | null;
	status: StatusKey;
	statusText: string;
	statusSort: string;
}

/** Unpacks the browser's copy into rows, ancestors resolved (a cycle cannot loop: the depth is bounded by the count). */
export function tableRows(data: TableData): TableRow[] {
	const { units } = data;
	return units.map((u, index) => {
		const [id, name, tier, type, parent, heldOn, sentOn, report, status, statusText, statusSort] = u;
		const ancestors: string[] = [];
		for (let p = parent; p >= 0 && ancestors.length < units.length; p = units[p]![4]) ancestors.push(units[p]![0]);
		return {
			index,
			id,
			name,
			folded: foldedText(name),
			tier: data.tiers[tier]?.id ?? '',
			tierName: data.tiers[tier]?.name ?? '',
			tierIndex: tier,
			type: data.types[type]?.id ?? '',
			typeName: data.types[type]?.name ?? '',
			parent: parent >= 0 ? { id: units[parent]![0], name: units[parent]![1] } : null,
			ancestors,
			heldOn,
			sentOn,
			report: report === null ? null : { number: report || null },
			status,
			statusText,
			statusSort,
		};
	});
}
