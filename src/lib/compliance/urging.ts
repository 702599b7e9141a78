// The urging list (danh sách đôn đốc): who must be chased, by whom, about which deadline.
import type { Deadline, Unit } from '../model.ts';
import type { ComplianceRow } from './unit-compliance.ts';
import { deadlineKindLabel, statusLabel } from '../labels.ts';
import { statusSortKey, type ComplianceStatus } from './status.ts';

/** One deadline a unit has missed or is about to miss. */
export interface UrgentDeadline {
	deadline: Deadline;
	status: Extract<ComplianceStatus, { kind: 'missing' } | { kind: 'not-yet-due' }>;
}

export interface UrgingItem {
	row: ComplianceRow;
	/** The unit's urgent deadlines, most urgent first. */
	urgent: UrgentDeadline[];
	/** True when at least one deadline has passed with nothing received. */
	overdue: boolean;
}

export interface UrgingGroup {
	/** The unit that must follow these up (their parent); undefined for top-tier units, which the monitoring office follows. */
	followUp: Unit | undefined;
	items: UrgingItem[];
}

/** Default window for "soon due": a week's notice is what an office can act on. */
export const SOON_DUE_DAYS = 7;

/**
 * Units with a deadline passed and nothing received, or due within `soonDays` days with nothing received, grouped by
 * the parent that must urge them. Groups follow the follow-up unit's place in the rows (top tier first, the monitoring
 * office's own group before all); within a group, most urgent first.
 */
export function urgingList(
	rows: readonly ComplianceRow[],
	units: readonly Unit[],
	soonDays = SOON_DUE_DAYS
): UrgingGroup[] {
	const unitById = new Map(units.map((u) => [u.id, u]));
	const groups = new Map<string, UrgingGroup>();
	for (const row of rows) {
		const urgent = row.deadlines
			.filter(
				(d): d is UrgentDeadline =>
					d.status.kind === 'missing' || (d.status.kind === 'not-yet-due' && d.status.dueInDays <= soonDays)
			)
			.sort((a, b) => statusSortKey(a.status).localeCompare(statusSortKey(b.status)));
		if (urgent.length === 0) continue;
		const key = row.unit.parent ?? '';
		const group = groups.get(key) ?? {
			followUp: row.unit.parent === undefined ? undefined : unitById.get(row.unit.parent),
			items: [],
		};
		group.items.push({ row, urgent, overdue: urgent.some((u) => u.status.kind === 'missing') });
		groups.set(key, group);
	}
	for (const group of groups.values())
		group.items.sort((a, b) => statusSortKey(a.urgent[0]!.status).localeCompare(statusSortKey(b.urgent[0]!.status)));
	const position = new Map(rows.map((r, i) => [r.unit.id, i]));
	const place = (g: UrgingGroup) => (g.followUp ? (position.get(g.followUp.id) ?? rows.length) : -1);
	return [...groups.values()].sort((a, b) => place(a) - place(b));
}

/** One line of an urging entry: the deadlines that fell on the same day in the same state, named together. */
export interface UrgentLine {
	/** e.g. "Hạn tổ chức sơ kết và gửi báo cáo". */
	label: string;
	date: UrgentDeadline['deadline']['date'];
	status: UrgentDeadline['status'];
}

/** Two deadlines on the same day in the same state read as one line: "Hạn tổ chức sơ kết và gửi báo cáo". */
export function urgentLines(urgent: readonly UrgentDeadline[]): UrgentLine[] {
	const lines = new Map<string, { kinds: string[]; date: UrgentLine['date']; status: UrgentLine['status'] }>();
	for (const u of urgent) {
		const key = `${u.deadline.date} ${statusLabel(u.status)}`;
		const line = lines.get(key) ?? { kinds: [], date: u.deadline.date, status: u.status };
		line.kinds.push(deadlineKindLabel[u.deadline.kind].replace(/^Hạn /, ''));
		lines.set(key, line);
	}
	return [...lines.values()].map(({ kinds, date, status }) => ({ label: `Hạn ${kinds.join(' và ')}`, date, status }));
}
