// The compliance table as files: CSV for a spreadsheet, JSON (format "so-ket/compliance", documented in
// docs/data-format.md) for another site to aggregate.
import type { CampaignRecord, Unit } from '../model.ts';
import type { CalendarDate } from '../schema/calendar-date.ts';
import type { ComplianceRow } from '../compliance/unit-compliance.ts';
import { tierDeadlines } from '../compliance/deadlines.ts';
import {
	rollup,
	rollupByAncestor,
	rollupByParent,
	rollupByTier,
	rollupByType,
	type Rollup,
} from '../compliance/rollup.ts';
import type { ComplianceStatus } from '../compliance/status.ts';
import { deadlineKindLabel, formLabel, statusKeyLabel, statusLabel, tierName, typeName } from '../labels.ts';
import { toCsv, type Cell } from './csv.ts';

export const COMPLIANCE_FORMAT = 'so-ket/compliance';
export const COMPLIANCE_VERSION = 1;

/** Absolute or site-relative address of a unit's page. */
export type PageOf = (unitId: string) => string;

/** The days that go with a status: early, late, overdue or left; none for a planned date that passed. */
export function statusDays(status: ComplianceStatus): number | undefined {
	switch (status.kind) {
		case 'on-time':
			return status.daysEarly;
		case 'late':
			return status.daysLate;
		case 'missing':
			return status.daysOverdue;
		case 'not-yet-due':
			return status.dueInDays;
		case 'pending':
			return undefined;
	}
}

/** Deadline kinds that occur in the campaign, in order: one pair of columns each. */
const deadlineKinds = (campaign: CampaignRecord) =>
	(['review', 'report'] as const).filter((k) => campaign.tiers.some((t) => t[k]));

export const COMPLIANCE_CSV_HEADER = (campaign: CampaignRecord) => [
	'Mã đơn vị',
	'Đơn vị',
	'Cấp',
	'Loại hình',
	'Mã đơn vị cấp trên',
	'Đơn vị cấp trên',
	'Hình thức',
	'Ngày sơ kết',
	'Ngày gửi báo cáo',
	...deadlineKinds(campaign).flatMap((k) => [
		deadlineKindLabel[k],
		`Tình trạng (${deadlineKindLabel[k].toLocaleLowerCase('vi')})`,
	]),
	'Mã tình trạng',
	'Tình trạng',
	'Số ngày',
	'Liên hệ',
	'Trang của đơn vị',
];

/** One CSV row per rostered unit; dates as YYYY-MM-DD so no spreadsheet reads them month first. */
export function complianceCsv(
	campaign: CampaignRecord,
	rows: readonly ComplianceRow[],
	units: readonly Unit[],
	pageOf: PageOf
): string {
	const unitById = new Map(units.map((u) => [u.id, u]));
	const kinds = deadlineKinds(campaign);
	const body = rows.map((row): Cell[] => [
		row.unit.id,
		row.unit.name,
		tierName(campaign, row.unit.tier),
		typeName(campaign, row.unit.type),
		row.unit.parent,
		row.unit.parent && unitById.get(row.unit.parent)?.name,
		row.review && formLabel[row.review.form],
		row.review?.heldOn,
		row.review?.sentOn,
		...kinds.flatMap((k) => {
			const d = row.deadlines.find((x) => x.deadline.kind === k);
			return [d?.deadline.date, d && statusLabel(d.status, d.deadline.kind)];
		}),
		row.overall.kind,
		statusLabel(row.overall, row.overallKind),
		statusDays(row.overall),
		row.unit.contact,
		pageOf(row.unit.id),
	]);
	return toCsv(COMPLIANCE_CSV_HEADER(campaign), body);
}

export interface ComplianceJson {
	format: typeof COMPLIANCE_FORMAT;
	version: typeof COMPLIANCE_VERSION;
	campaign: {
		id: string;
		title: string;
		plan: CampaignRecord['plan'];
		monitoringOffice: string;
		timeZone: string;
		deadlineDayCounts: boolean;
	};
	asOf: CalendarDate;
	statuses: { key: string; label: string }[];
	tiers: {
		id: string;
		name: string;
		deadlines: { kind: string; date: CalendarDate; dayCounts: boolean; tentative: boolean; to: string | null }[];
	}[];
	unitTypes: { id: string; name: string }[];
	units: {
		id: string;
		name: string;
		tier: string;
		type: string;
		parent: string | null;
		contact: string | null;
		page: string;
		review: { form: string; heldOn: CalendarDate; sentOn: CalendarDate; documentNumber: string | null } | null;
		deadlines: { kind: string; date: CalendarDate; status: ComplianceStatus; label: string }[];
		status: ComplianceStatus;
		label: string;
	}[];
	rollups: {
		total: Rollup;
		byTier: Record<string, Rollup>;
		byType: Record<string, Rollup>;
		/** Direct children of each unit that has any. */
		byParent: Record<string, Rollup>;
		/** Every unit below each unit, at any depth. */
		byAncestor: Record<string, Rollup>;
	};
}

export function complianceJson(
	campaign: CampaignRecord,
	rows: readonly ComplianceRow[],
	units: readonly Unit[],
	asOf: CalendarDate,
	pageOf: PageOf
): ComplianceJson {
	return {
		format: COMPLIANCE_FORMAT,
		version: COMPLIANCE_VERSION,
		campaign: {
			id: campaign.id,
			title: campaign.title,
			plan: campaign.plan,
			monitoringOffice: campaign.monitoringOffice,
			timeZone: campaign.timeZone,
			deadlineDayCounts: campaign.deadlineDayCounts,
		},
		asOf,
		statuses: Object.entries(statusKeyLabel).map(([key, label]) => ({ key, label })),
		tiers: campaign.tiers.map((t) => ({
			id: t.id,
			name: t.name,
			deadlines: tierDeadlines(campaign, t.id).map((d) => ({
				kind: d.kind,
				date: d.date,
				dayCounts: d.dayCounts,
				tentative: d.tentative,
				to: d.to ?? null,
			})),
		})),
		unitTypes: campaign.unitTypes.map(({ id, name }) => ({ id, name })),
		units: rows.map((row) => ({
			id: row.unit.id,
			name: row.unit.name,
			tier: row.unit.tier,
			type: row.unit.type,
			parent: row.unit.parent ?? null,
			contact: row.unit.contact ?? null,
			page: pageOf(row.unit.id),
			review: row.review
				? {
						form: row.review.form,
						heldOn: row.review.heldOn,
						sentOn: row.review.sentOn,
						documentNumber: row.review.documentNumber ?? null,
					}
				: null,
			deadlines: row.deadlines.map((d) => ({
				kind: d.deadline.kind,
				date: d.deadline.date,
				status: d.status,
				label: statusLabel(d.status, d.deadline.kind),
			})),
			status: row.overall,
			label: statusLabel(row.overall, row.overallKind),
		})),
		rollups: {
			total: rollup(rows),
			byTier: Object.fromEntries(
				rollupByTier(
					rows,
					campaign.tiers.map((t) => t.id)
				)
			),
			byType: Object.fromEntries(
				rollupByType(
					rows,
					campaign.unitTypes.map((t) => t.id)
				)
			),
			byParent: Object.fromEntries(rollupByParent(rows)),
			byAncestor: Object.fromEntries(rollupByAncestor(rows, units)),
		},
	};
}
