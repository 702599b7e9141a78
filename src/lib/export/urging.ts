import type { CampaignRecord } from '../model.ts';
import type { UrgingGroup } from '../compliance/urging.ts';
import { deadlineKindLabel, statusLabel, tierName } from '../labels.ts';
import { toCsv, type Cell } from './csv.ts';

export const URGING_CSV_HEADER = [
	'Đơn vị đôn đốc',
	'Liên hệ đơn vị đôn đốc',
	'Mã đơn vị',
	'Đơn vị',
	'Cấp',
	'Thời hạn',
	'Ngày hạn',
	'Mã tình trạng',
	'Tình trạng',
	'Số ngày quá hạn',
	'Số ngày còn lại',
	'Liên hệ đơn vị',
];

/** The urging list as CSV: one row per urgent deadline of a unit, under the unit that must follow it up. */
export function urgingCsv(campaign: CampaignRecord, groups: readonly UrgingGroup[]): string {
	const rows = groups.flatMap((g) =>
		g.items.flatMap((item) =>
			item.urgent.map((u): Cell[] => [
				g.followUp?.name ?? campaign.monitoringOffice,
				g.followUp?.contact,
				item.row.unit.id,
				item.row.unit.name,
				tierName(campaign, item.row.unit.tier),
				deadlineKindLabel[u.deadline.kind],
				u.deadline.date,
				u.status.kind,
				statusLabel(u.status, u.deadline.kind),
				u.status.kind === 'missing' ? u.status.daysOverdue : undefined,
				u.status.kind === 'not-yet-due' ? u.status.dueInDays : undefined,
				item.row.unit.contact,
			])
		)
	);
	return toCsv(URGING_CSV_HEADER, rows);
}
