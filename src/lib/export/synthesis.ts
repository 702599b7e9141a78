// The synthesis figures as files. The CSV is "long": one figure a row (part, group, measure, value), so every
// table of the synthesis fits one sheet and a pivot table rebuilds any of them.
import type { CampaignRecord } from '../model.ts';
import type { Rollup } from '../compliance/rollup.ts';
import {
	deadlineKindLabel,
	formLabel,
	recipientLabel,
	STATUS_COLUMNS,
	statusColumnCount,
	statusKeyLabel,
} from '../labels.ts';
import type { Synthesis } from '../synthesis/synthesis.ts';
import { toCsv, type Cell } from './csv.ts';

export const SYNTHESIS_FORMAT = 'so-ket/synthesis';
export const SYNTHESIS_VERSION = 1;

export const SYNTHESIS_CSV_HEADER = ['Phần', 'Mã nhóm', 'Nhóm', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị'];

const ROLLUP_MEASURES: [string, string, (r: Rollup) => number][] = [
	['total', 'Số đơn vị', (r) => r.total],
	['done', 'Đã sơ kết, gửi báo cáo', (r) => r.done],
	...STATUS_COLUMNS.map((k): [string, string, (r: Rollup) => number] => [
		k,
		statusKeyLabel[k],
		(r) => statusColumnCount(r, k),
	]),
	['on-time-rate', 'Tỷ lệ đúng hạn', (r) => round(r.onTimeRate)],
];
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Rows of the long CSV: [part, group id, group, measure id, measure, value]. */
export function synthesisRows(s: Synthesis): Cell[][] {
	const rows: Cell[][] = [];
	const rollupRows = (part: string, id: string, name: string, r: Rollup) =>
		ROLLUP_MEASURES.forEach(([key, label, get]) => rows.push([part, id, name, key, label, get(r)]));
	rollupRows('Toàn tỉnh', '', 'Tất cả đơn vị', s.total);
	s.byTier.forEach(({ tier, rollup }) => rollupRows('Theo cấp', tier.id, tier.name, rollup));
	s.byType.forEach(({ type, rollup }) => rollupRows('Theo loại hình', type.id, type.name, rollup));
	s.byParent.forEach(({ parent, all }) =>
		rollupRows('Theo đơn vị cấp trên (mọi cấp trực thuộc)', parent.id, parent.name, all)
	);
	for (const { tier, counts } of [{ tier: { id: '', name: 'Tất cả' }, counts: s.forms.total }, ...s.forms.byTier])
		for (const form of ['conference', 'written'] as const)
			rows.push(['Hình thức sơ kết', tier.id, tier.name, form, formLabel[form], counts[form]]);
	for (const { tier, attendance } of [
		{ tier: { id: '', name: 'Tất cả' }, attendance: s.attendance.total },
		...s.attendance.byTier,
	]) {
		rows.push([
			'Đại biểu dự hội nghị',
			tier.id,
			tier.name,
			'conferences',
			'Số hội nghị có số đại biểu',
			attendance.conferences,
		]);
		rows.push(['Đại biểu dự hội nghị', tier.id, tier.name, 'attendance', 'Lượt đại biểu', attendance.total]);
		rows.push(['Đại biểu dự hội nghị', tier.id, tier.name, 'online', 'Trong đó trực tuyến', attendance.online]);
	}
	for (const line of s.commendations.lines) {
		for (const kind of ['collective', 'individual'] as const)
			rows.push(['Khen thưởng', '', line.award, kind, recipientLabel[kind], line[kind]]);
		rows.push(['Khen thưởng', '', line.award, 'units', 'Số đơn vị khen thưởng', line.units]);
	}
	for (const day of s.submissions) {
		rows.push(['Báo cáo nhận theo ngày', '', day.date, 'received', 'Nhận trong ngày', day.received]);
		rows.push(['Báo cáo nhận theo ngày', '', day.date, 'cumulative', 'Lũy kế', day.cumulative]);
	}
	for (const d of s.deadlines) {
		const group = `${d.tier.name}: ${deadlineKindLabel[d.kind].toLocaleLowerCase('vi')} ${d.deadline.date}`;
		rows.push(['Thực hiện thời hạn', `${d.tier.id}/${d.kind}`, group, 'expected', 'Số đơn vị', d.expected]);
		rows.push(['Thực hiện thời hạn', `${d.tier.id}/${d.kind}`, group, 'on-time', 'Đúng hạn', d.onTime]);
		rows.push(['Thực hiện thời hạn', `${d.tier.id}/${d.kind}`, group, 'late', 'Chậm', d.late]);
	}
	rows.push(['Bài học kinh nghiệm', '', 'Tất cả', 'reports', 'Báo cáo nêu bài học', s.lessons.reports]);
	rows.push(['Bài học kinh nghiệm', '', 'Tất cả', 'lessons', 'Số bài học', s.lessons.lessons]);
	for (const { theme, count } of s.lessons.themes)
		rows.push(['Bài học kinh nghiệm theo chủ đề', theme.id, theme.name, 'lessons', 'Số bài học', count]);
	return rows;
}

export const synthesisCsv = (s: Synthesis) => toCsv(SYNTHESIS_CSV_HEADER, synthesisRows(s));

/** The synthesis as JSON: ids instead of nested campaign objects, so the file stands alone. */
export function synthesisJson(campaign: CampaignRecord, s: Synthesis) {
	return {
		format: SYNTHESIS_FORMAT,
		version: SYNTHESIS_VERSION,
		campaign: {
			id: campaign.id,
			title: campaign.title,
			plan: campaign.plan,
			monitoringOffice: campaign.monitoringOffice,
		},
		asOf: s.asOf,
		total: s.total,
		byTier: s.byTier.map(({ tier, rollup }) => ({ tier: tier.id, name: tier.name, ...rollup })),
		byType: s.byType.map(({ type, rollup }) => ({ type: type.id, name: type.name, ...rollup })),
		byParent: s.byParent.map(({ parent, direct, all }) => ({ unit: parent.id, name: parent.name, direct, all })),
		forms: { total: s.forms.total, byTier: s.forms.byTier.map(({ tier, counts }) => ({ tier: tier.id, ...counts })) },
		attendance: {
			total: s.attendance.total,
			byTier: s.attendance.byTier.map(({ tier, attendance }) => ({ tier: tier.id, ...attendance })),
		},
		commendations: s.commendations,
		submissions: s.submissions,
		deadlines: s.deadlines.map((d) => ({
			tier: d.tier.id,
			kind: d.kind,
			date: d.deadline.date,
			dayCounts: d.deadline.dayCounts,
			tentative: d.deadline.tentative,
			expected: d.expected,
			onTime: d.onTime,
			late: d.late,
		})),
		lessons: {
			reports: s.lessons.reports,
			lessons: s.lessons.lessons,
			themes: s.lessons.themes.map(({ theme, count }) => ({ theme: theme.id, name: theme.name, count })),
		},
	};
}
export type SynthesisJson = ReturnType<typeof synthesisJson>;
