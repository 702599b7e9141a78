// The synthesis report draft (báo cáo tổng hợp kết quả sơ kết) for the standing committee. Every figure is read from
// the synthesis and the compliance rows the synthesis page shows; the office's own assessments are placeholders.
import type { CampaignRecord, Unit } from '../model.ts';
import type { Office } from '../schema/campaign.ts';
import type { CalendarDate } from '../schema/calendar-date.ts';
import { actionFirst, type ComplianceRow } from '../compliance/unit-compliance.ts';
import type { Rollup } from '../compliance/rollup.ts';
import type { Synthesis } from '../synthesis/synthesis.ts';
import { lessonCatalog } from '../lessons/catalog.ts';
import { dateInWords } from './dates.ts';
import {
	dataTable,
	heading,
	headerBlock,
	line,
	paragraph,
	partyDocument,
	partySection,
	placeholder,
	run,
	signatureBlock,
	titleBlock,
	type Column,
} from './party-format.ts';
import { PT } from './layout.ts';
import {
	deadlineKindLabel,
	formLabel,
	inSentence,
	number,
	onTimeRateText,
	percent,
	shortDate,
	statusKeyLabel,
	statusLabel,
} from './words.ts';

export const SYNTHESIS_REPORT = 'bao-cao-tong-hop';

/** A row of the appendix: one unit as the compliance table shows it. */
export const APPENDIX_COLUMNS: Column[] = [
	{ head: 'TT', width: 10, numeric: true },
	{ head: 'Đơn vị', width: 52 },
	{ head: 'Cấp', width: 24 },
	{ head: 'Ngày sơ kết', width: 20 },
	{ head: 'Ngày gửi báo cáo', width: 20 },
	{ head: 'Tình trạng', width: 34 },
];

/** The appendix table's rows, in the compliance table's order with its wording. */
export function appendixRows(campaign: CampaignRecord, rows: readonly ComplianceRow[]): string[][] {
	const tierName = new Map(campaign.tiers.map((t) => [t.id, t.name]));
	const day = (d: CalendarDate | undefined) => (d ? shortDate(d) : '—');
	return actionFirst(rows).map((r, i) => [
		String(i + 1),
		r.unit.name,
		tierName.get(r.unit.tier) ?? r.unit.tier,
		day(r.review?.heldOn),
		day(r.review?.sentOn),
		statusLabel(r.overall, r.overallKind),
	]);
}

const ROLLUP_COLUMNS = (head: string, headWidth: number): Column[] => [
	{ head, width: headWidth },
	...[
		'Số đơn vị',
		'Đã sơ kết',
		statusKeyLabel['on-time'],
		statusKeyLabel.late,
		statusKeyLabel.missing,
		statusKeyLabel['not-yet-due'],
		'Tỷ lệ đúng hạn',
	].map((h) => ({ head: h, width: (160 - headWidth) / 7, numeric: true })),
];
// A planned date that passed counts with the units not yet due, as on the synthesis page: neither is late.
const rollupCells = (label: string, r: Rollup) => [
	label,
	...[
		r.total,
		r.done,
		r.counts['on-time'],
		r.counts.late,
		r.counts.missing,
		r.counts['not-yet-due'] + r.counts.pending,
	].map(number),
	onTimeRateText(r),
];

export interface SynthesisReportInput {
	campaign: CampaignRecord;
	office: Office;
	units: readonly Unit[];
	rows: readonly ComplianceRow[];
	synthesis: Synthesis;
}

/** The synthesis report as a Word document in the Party format, dated its as-of day. */
export function synthesisReportDocument({ campaign, office, units, rows, synthesis: s }: SynthesisReportInput) {
	const summary = `kết quả ${inSentence(campaign.title)}`;
	const asOf = dateInWords(s.asOf);
	const share = (n: number, of: number) => percent(of ? n / of : 0);
	const t = s.total;
	const notDue = t.counts['not-yet-due'] + t.counts.pending;
	const unitById = new Map(units.map((u) => [u.id, u]));
	const received = rows.flatMap((r) => (r.review ? [r.review] : []));
	const lessons = lessonCatalog(campaign, unitById, received);
	// A lesson naming two themes is listed under the first only; the report reads once through.
	const byTheme = new Map<string, { name: string; entries: { unit: string; text: string }[] }>();
	for (const tier of lessons)
		for (const group of tier.themes) {
			const key = group.theme?.id ?? '';
			const entry = byTheme.get(key) ?? { name: group.theme?.name ?? 'Bài học khác', entries: [] };
			entry.entries.push(
				...group.entries.filter((e) => !e.repeat).map((e) => ({ unit: e.unit.name, text: e.lesson.text }))
			);
			byTheme.set(key, entry);
		}
	const themes = [...campaign.lessonThemes.map((th) => th.id), ''].flatMap((id) =>
		byTheme.get(id)?.entries.length ? [byTheme.get(id)!] : []
	);
	const officeWords = (what: string) => placeholder(`${campaign.monitoringOffice} bổ sung: ${what}`);

	const children = [
		headerBlock(office, { typeCode: 'BC', number: office.numbers.synthesis, date: s.asOf }),
		...titleBlock('Báo cáo', summary),
		paragraph(
			`Thực hiện Kế hoạch số ${campaign.plan.number}, ${dateInWords(campaign.plan.date)} của ${campaign.plan.issuer} về ${inSentence(campaign.title)}, ${campaign.monitoringOffice} báo cáo kết quả như sau (số liệu tính đến ${asOf}):`
		),

		heading('I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN'),
		paragraph(
			`Toàn tỉnh có ${number(t.total)} đơn vị phải tổ chức sơ kết, gửi báo cáo. Đến ${asOf}, đã nhận ${number(t.done)} báo cáo (${share(t.done, t.total)}); ` +
				`${number(t.counts['on-time'])} đơn vị đúng hạn (${onTimeRateText(t)}), ${number(t.counts.late)} đơn vị chậm; ${number(t.counts.missing)} đơn vị đã quá hạn nhưng chưa gửi; ${number(notDue)} đơn vị chưa đến hạn.`
		),
		line('Bảng 1. Tình hình sơ kết, gửi báo cáo theo cấp', {
			align: 'center',
			italics: true,
			size: PT.table,
			before: 6,
			keepNext: true,
		}),
		dataTable(
			ROLLUP_COLUMNS('Cấp', 41),
			s.byTier.map(({ tier, rollup }) => rollupCells(tier.name, rollup)),
			{ foot: rollupCells('Tổng cộng', t) }
		),
		paragraph(
			`Về thời hạn: ${s.deadlines.map((d) => `${d.tier.name.toLocaleLowerCase('vi')} (${deadlineKindLabel[d.kind].toLocaleLowerCase('vi')} ${shortDate(d.deadline.date)}${d.deadline.tentative ? ', dự kiến' : ''}) có ${number(d.onTime)}/${number(d.expected)} đơn vị đúng hạn, ${number(d.late)} đơn vị chậm`).join('; ')}.`
		),
		paragraph(
			`Về hình thức: ${number(s.forms.total.conference)} đơn vị sơ kết bằng ${formLabel.conference.toLocaleLowerCase('vi')}, ${number(s.forms.total.written)} đơn vị sơ kết ${formLabel.written.toLocaleLowerCase('vi')}. ` +
				`${number(s.attendance.total.conferences)} hội nghị có báo cáo số đại biểu, với ${number(s.attendance.total.total)} lượt đại biểu dự${s.attendance.total.online ? ` (trong đó ${number(s.attendance.total.online)} lượt dự trực tuyến)` : ''}.`
		),
		line('Bảng 2. Hình thức sơ kết và đại biểu dự hội nghị theo cấp', {
			align: 'center',
			italics: true,
			size: PT.table,
			before: 6,
			keepNext: true,
		}),
		dataTable(
			[
				{ head: 'Cấp', width: 50 },
				...[formLabel.conference, formLabel.written, 'Hội nghị có số đại biểu', 'Lượt đại biểu', 'Trực tuyến'].map(
					(head) => ({ head, width: 22, numeric: true })
				),
			],
			s.forms.byTier.map(({ tier, counts }, i) => {
				const a = s.attendance.byTier[i]!.attendance;
				return [tier.name, ...[counts.conference, counts.written, a.conferences, a.total, a.online].map(number)];
			}),
			{
				foot: [
					'Tổng cộng',
					...[
						s.forms.total.conference,
						s.forms.total.written,
						s.attendance.total.conferences,
						s.attendance.total.total,
						s.attendance.total.online,
					].map(number),
				],
			}
		),

		heading('II. KẾT QUẢ ĐẠT ĐƯỢC'),
		heading('1. Kết quả theo loại hình đơn vị'),
		line('Bảng 3. Tình hình sơ kết theo loại hình đơn vị', {
			align: 'center',
			italics: true,
			size: PT.table,
			before: 6,
			keepNext: true,
		}),
		dataTable(
			ROLLUP_COLUMNS('Loại hình', 41),
			s.byType.map(({ type, rollup }) => rollupCells(type.name, rollup))
		),
		// Each type's own headline figures, from the reports of its units.
		...s.byType.flatMap(({ type, rollup }) => {
			const own = s.figures.filter((f) => f.byType[type.id] !== undefined);
			return rollup.done > 0 && own.length > 0
				? [paragraph(`- ${type.name}: ${own.map((f) => `${f.name} ${number(f.byType[type.id]!)}`).join('; ')}.`)]
				: [];
		}),
		...(s.figures.length > 0
			? [
					paragraph('Một số số liệu chính từ các báo cáo đã nhận:'),
					dataTable(
						[
							{ head: 'Chỉ tiêu', width: 100 },
							{ head: 'Tổng cộng', width: 30, numeric: true },
							{ head: 'Số báo cáo nêu', width: 30, numeric: true },
						],
						s.figures.map((f) => [f.name, number(f.total), number(f.reports)])
					),
				]
			: []),
		heading('2. Khen thưởng'),
		s.commendations.lines.length > 0
			? paragraph(
					`Gắn với sơ kết, các đơn vị đã khen thưởng ${number(s.commendations.collective)} tập thể và ${number(s.commendations.individual)} cá nhân:`
				)
			: paragraph('Các báo cáo đã nhận chưa nêu việc khen thưởng.'),
		...(s.commendations.lines.length > 0
			? [
					dataTable(
						[
							{ head: 'Hình thức khen thưởng', width: 70 },
							...['Tập thể', 'Cá nhân', 'Cộng', 'Số đơn vị khen thưởng'].map((head) => ({
								head,
								width: 22.5,
								numeric: true,
							})),
						],
						s.commendations.lines.map((l) => [
							l.award,
							...[l.collective, l.individual, l.collective + l.individual, l.units].map(number),
						]),
						{
							foot: [
								'Tổng cộng',
								...[
									s.commendations.collective,
									s.commendations.individual,
									s.commendations.collective + s.commendations.individual,
								].map(number),
								'',
							],
						}
					),
				]
			: []),
		heading('3. Ưu điểm'),
		officeWords('những ưu điểm, kết quả nổi bật trong thực hiện Kết luận qua các báo cáo sơ kết'),

		heading('III. HẠN CHẾ VÀ NGUYÊN NHÂN'),
		heading('1. Hạn chế'),
		officeWords('những hạn chế, khuyết điểm'),
		heading('2. Nguyên nhân'),
		officeWords('nguyên nhân khách quan, chủ quan của hạn chế'),

		heading('IV. BÀI HỌC KINH NGHIỆM'),
		paragraph(
			`${number(s.lessons.reports)} báo cáo nêu ${number(s.lessons.lessons)} bài học kinh nghiệm, tổng hợp theo chủ đề như sau (đơn vị nêu trong ngoặc):`
		),
		...themes.flatMap((theme, i) => [
			heading(`${i + 1}. ${theme.name}`),
			...theme.entries.map((e) =>
				paragraph([run(`- ${e.text.replace(/[.;]\s*$/, '')} `), run(`(${e.unit}).`, { italics: true })])
			),
		]),

		heading('V. ĐỀ XUẤT, KIẾN NGHỊ'),
		officeWords('các đề xuất, kiến nghị với Ban Thường vụ Tỉnh ủy'),
		paragraph(`Trên đây là báo cáo ${summary} của ${campaign.monitoringOffice}./.`, { keepNext: true }),
		...signatureBlock(office, office.recipients.synthesis),

		line('PHỤ LỤC', { align: 'center', bold: true, pageBreakBefore: true }),
		line(`Tình hình sơ kết, gửi báo cáo của các đơn vị (tính đến ${asOf})`, {
			align: 'center',
			italics: true,
			after: 6,
		}),
		line(`(Kèm theo Báo cáo ${summary})`, { align: 'center', italics: true, size: PT.table, after: 12 }),
		dataTable(APPENDIX_COLUMNS, appendixRows(campaign, rows)),
	];
	return partyDocument(office, `Báo cáo ${summary}`, partySection(children));
}
