// The synthesis (báo cáo tổng hợp) the monitoring office hands to leaders: every figure computed once, here, so the
// page, the CSV and the JSON cannot disagree.
import type { CampaignRecord, Deadline, DeadlineKind, Review, Tier, Unit, UnitType } from '../model.ts';
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
import { themeCounts, type ThemeCount } from '../lessons/themes.ts';
import { nameOrder } from '../text/collation.ts';

export interface FormCounts {
	conference: number;
	written: number;
}

export interface Attendance {
	/** Conferences whose report gives its attendance. */
	conferences: number;
	/** Delegates at those conferences (person-times, "lượt"). */
	total: number;
	/** Of whom online. */
	online: number;
}

export interface CommendationLine {
	award: string;
	collective: number;
	individual: number;
	/** Units whose report gives at least one award of this kind. */
	units: number;
}

export interface SubmissionDay {
	date: CalendarDate;
	/** Reports sent that day, per tier id. */
	byTier: Record<string, number>;
	received: number;
	/** Reports sent by the end of that day. */
	cumulative: number;
}

export interface DeadlineResult {
	tier: Tier;
	kind: DeadlineKind;
	deadline: Deadline;
	/** Units of the tier. */
	expected: number;
	/** Met by the last on-time day. */
	onTime: number;
	/** Done after it. */
	late: number;
}

/** One headline figure (campaign `figures`) summed over the reports received. */
export interface FigureTotal {
	key: string;
	name: string;
	total: number;
	/** Reports that give it. */
	reports: number;
	/** The sum per unit type id, for the types whose reports give it. */
	byType: Record<string, number>;
}

export interface Synthesis {
	asOf: CalendarDate;
	total: Rollup;
	byTier: { tier: Tier; rollup: Rollup }[];
	byType: { type: UnitType; rollup: Rollup }[];
	/** Each unit with units under it: its direct children, and every unit below it at any depth. */
	byParent: { parent: Unit; direct: Rollup; all: Rollup }[];
	forms: { total: FormCounts; byTier: { tier: Tier; counts: FormCounts }[] };
	attendance: { total: Attendance; byTier: { tier: Tier; attendance: Attendance }[] };
	commendations: { lines: CommendationLine[]; collective: number; individual: number };
	submissions: SubmissionDay[];
	deadlines: DeadlineResult[];
	lessons: { reports: number; lessons: number; themes: ThemeCount[] };
	/** The campaign's headline figures, in the campaign file's order, those no report gives left out. */
	figures: FigureTotal[];
}

const formCounts = (reviews: readonly Review[]): FormCounts => ({
	conference: reviews.filter((r) => r.form === 'conference').length,
	written: reviews.filter((r) => r.form === 'written').length,
});

function attendanceOf(reviews: readonly Review[]): Attendance {
	const held = reviews.filter((r) => r.form === 'conference' && r.attendance);
	return {
		conferences: held.length,
		total: sum(held.map((r) => r.attendance!.total)),
		online: sum(held.map((r) => r.attendance!.online ?? 0)),
	};
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Awards by name (as written, NFC, trimmed), most awarded first. */
function commendationLines(reviews: readonly Review[]): CommendationLine[] {
	const lines = new Map<string, CommendationLine & { unitIds: Set<string> }>();
	for (const review of reviews)
		for (const c of review.commendations) {
			const award = c.award.normalize('NFC').trim();
			const line = lines.get(award) ?? { award, collective: 0, individual: 0, units: 0, unitIds: new Set<string>() };
			line[c.recipientKind] += c.count;
			line.unitIds.add(review.unit);
			lines.set(award, line);
		}
	return [...lines.values()]
		.map(({ unitIds, ...line }) => ({ ...line, units: unitIds.size }))
		.sort((a, b) => b.collective + b.individual - (a.collective + a.individual) || nameOrder.compare(a.award, b.award));
}

function submissionDays(rows: readonly ComplianceRow[], tiers: readonly Tier[]): SubmissionDay[] {
	const days = new Map<CalendarDate, Record<string, number>>();
	for (const row of rows) {
		if (!row.review) continue;
		const day = days.get(row.review.sentOn) ?? Object.fromEntries(tiers.map((t) => [t.id, 0]));
		day[row.unit.tier] = (day[row.unit.tier] ?? 0) + 1;
		days.set(row.review.sentOn, day);
	}
	let cumulative = 0;
	return [...days.keys()].sort().map((date) => {
		const byTier = days.get(date)!;
		const received = sum(Object.values(byTier));
		cumulative += received;
		return { date, byTier, received, cumulative };
	});
}

function deadlineResults(campaign: CampaignRecord, rows: readonly ComplianceRow[]): DeadlineResult[] {
	return campaign.tiers.flatMap((tier) => {
		const tierRows = rows.filter((r) => r.unit.tier === tier.id);
		return tierDeadlines(campaign, tier.id).map((deadline) => {
			const statuses = tierRows.map((r) => r.deadlines.find((d) => d.deadline.kind === deadline.kind)?.status.kind);
			return {
				tier,
				kind: deadline.kind,
				deadline,
				expected: tierRows.length,
				onTime: statuses.filter((s) => s === 'on-time').length,
				late: statuses.filter((s) => s === 'late').length,
			};
		});
	});
}

function figureTotals(campaign: CampaignRecord, rows: readonly ComplianceRow[]): FigureTotal[] {
	const received = rows.filter((r) => r.review);
	return Object.entries(campaign.figures)
		.map(([key, name]) => {
			const given = received.filter((r) => typeof r.review!.figures[key] === 'number');
			const byType: Record<string, number> = {};
			for (const r of given) byType[r.unit.type] = (byType[r.unit.type] ?? 0) + r.review!.figures[key]!;
			return { key, name, total: sum(given.map((r) => r.review!.figures[key]!)), reports: given.length, byType };
		})
		.filter((f) => f.reports > 0);
}

/** The synthesis of one campaign as of the rows' as-of date; only reports received by then count. */
export function synthesize(
	campaign: CampaignRecord,
	units: readonly Unit[],
	rows: readonly ComplianceRow[],
	asOf: CalendarDate
): Synthesis {
	const received = rows.flatMap((r) => (r.review ? [r.review] : []));
	const receivedInTier = (tier: Tier) => rows.filter((r) => r.unit.tier === tier.id && r.review).map((r) => r.review!);
	const unitById = new Map(units.map((u) => [u.id, u]));
	const tiers = rollupByTier(
		rows,
		campaign.tiers.map((t) => t.id)
	);
	const types = rollupByType(
		rows,
		campaign.unitTypes.map((t) => t.id)
	);
	const direct = rollupByParent(rows);
	const all = rollupByAncestor(rows, units);
	const lessons = received.flatMap((r) => r.lessons.map((l) => l.text));
	const commendations = commendationLines(received);
	return {
		asOf,
		total: rollup(rows),
		byTier: campaign.tiers.filter((t) => tiers.has(t.id)).map((tier) => ({ tier, rollup: tiers.get(tier.id)! })),
		byType: campaign.unitTypes.filter((t) => types.has(t.id)).map((type) => ({ type, rollup: types.get(type.id)! })),
		// In the rows' order: top tier first, then by name.
		byParent: rows
			.filter((r) => all.has(r.unit.id))
			.map((r) => ({
				parent: unitById.get(r.unit.id) ?? r.unit,
				direct: direct.get(r.unit.id) ?? rollup([]),
				all: all.get(r.unit.id)!,
			})),
		forms: {
			total: formCounts(received),
			byTier: campaign.tiers.map((tier) => ({ tier, counts: formCounts(receivedInTier(tier)) })),
		},
		attendance: {
			total: attendanceOf(received),
			byTier: campaign.tiers.map((tier) => ({ tier, attendance: attendanceOf(receivedInTier(tier)) })),
		},
		commendations: {
			lines: commendations,
			collective: sum(commendations.map((l) => l.collective)),
			individual: sum(commendations.map((l) => l.individual)),
		},
		submissions: submissionDays(rows, campaign.tiers),
		deadlines: deadlineResults(campaign, rows),
		lessons: {
			reports: received.filter((r) => r.lessons.length > 0).length,
			lessons: lessons.length,
			themes: themeCounts(lessons, campaign.lessonThemes),
		},
		figures: figureTotals(campaign, rows),
	};
}
