import type { CampaignRecord, Deadline, DeadlineKind, Review, Unit } from '../model.ts';
import type { CalendarDate } from '../schema/calendar-date.ts';
import { tierDeadlines } from './deadlines.ts';
import { deadlineStatus, statusSortKey, type ComplianceStatus } from './status.ts';
import { nameOrder } from '../text/collation.ts';

/** One rostered unit against every deadline of its tier. */
export interface ComplianceRow {
	unit: Unit;
	/** The unit's review, when it was received by the as-of date. */
	review?: Review | undefined;
	deadlines: { deadline: Deadline; status: ComplianceStatus }[];
	/** The status that counts for the unit: the report deadline where the tier has one, else the review deadline. */
	overall: ComplianceStatus;
	/** The deadline `overall` is measured against, so its label says "gửi" or "tổ chức". */
	overallKind: DeadlineKind;
}

/** The compliance table: one row per rostered unit, top tier first, then by Vietnamese name. */
export function unitCompliance(
	campaign: CampaignRecord,
	units: readonly Unit[],
	reviews: readonly Review[],
	asOf: CalendarDate
): ComplianceRow[] {
	const reviewByUnit = new Map(reviews.filter((r) => r.campaign === campaign.id).map((r) => [r.unit, r]));
	const tierOrder = new Map(campaign.tiers.map((t, i) => [t.id, i]));
	const deadlinesByTier = new Map(campaign.tiers.map((t) => [t.id, tierDeadlines(campaign, t.id)]));
	return units
		.filter((u) => u.campaign === campaign.id)
		.sort((a, b) => (tierOrder.get(a.tier) ?? 0) - (tierOrder.get(b.tier) ?? 0) || nameOrder.compare(a.name, b.name))
		.map((unit) => {
			const found = reviewByUnit.get(unit.id);
			// Received by the as-of date: judged on the date the report was sent.
			const review = found && found.sentOn <= asOf ? found : undefined;
			const deadlines = (deadlinesByTier.get(unit.tier) ?? []).map((deadline) => ({
				deadline,
				status: deadlineStatus(deadline, review && (deadline.kind === 'review' ? review.heldOn : review.sentOn), asOf),
			}));
			const counting =
				deadlines.find((d) => d.deadline.kind === 'report') ?? deadlines.find((d) => d.deadline.kind === 'review');
			// A tier with no deadline at all can only be received or pending.
			const overall: ComplianceStatus =
				counting?.status ?? (review ? { kind: 'on-time', date: review.sentOn, daysEarly: 0 } : { kind: 'pending' });
			return { unit, review, deadlines, overall, overallKind: counting?.deadline.kind ?? 'report' };
		});
}

/**
 * Rows with what needs action first: overdue (longest first), then due soonest; the roster order breaks ties. The
 * compliance table and the synthesis report's appendix both list units this way.
 */
export function actionFirst<Row extends Pick<ComplianceRow, 'overall'>>(rows: readonly Row[]): Row[] {
	return rows
		.map((row, i) => ({ row, i, key: statusSortKey(row.overall) }))
		.sort((a, b) => a.key.localeCompare(b.key) || a.i - b.i)
		.map((x) => x.row);
}
