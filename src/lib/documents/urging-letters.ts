// Urging letters (công văn đôn đốc): one from the office to each parent that must chase overdue units below it, and
// one to the units directly under the province. The units and their lines are the urging list's, never recomputed.
import type { CampaignRecord, Deadline, Unit } from '../model.ts';
import type { Office } from '../schema/campaign.ts';
import { addDays, type CalendarDate } from '../schema/calendar-date.ts';
import { urgentLines, type UrgingGroup, type UrgingItem } from '../compliance/urging.ts';
import { dateInWords } from './dates.ts';
import {
	dataTable,
	headerBlock,
	line,
	paragraph,
	partyDocument,
	partySection,
	signatureBlock,
	type Column,
} from './party-format.ts';
import { deadlineKindLabel, inSentence, number, shortDate, statusLabel } from './words.ts';

/** One row of a letter's table: an overdue unit as the urging list shows it. */
export interface LateUnitRow {
	unit: string;
	/** One line per deadline: "Hạn tổ chức sơ kết: 30/4/2021". */
	deadlines: string[];
	/** One line per deadline, as the urging list words it: "Quá hạn 20 ngày, chưa gửi". */
	statuses: string[];
	contact: string;
}

export interface UrgingLetter {
	/** File name without extension, e.g. "cong-van-don-doc-huyen-uy-thach-loc". */
	name: string;
	/** The parent asked to chase its units; undefined for the letter to the units directly under the province. */
	followUp: Unit | undefined;
	/** "Kính gửi:" lines. */
	to: string[];
	/** The overdue units, in the urging list's order. */
	rows: LateUnitRow[];
	/** The deadlines they missed, as the plan words them. */
	missed: Deadline[];
	date: CalendarDate;
	replyBy: CalendarDate;
}

export const NO_CONTACT = 'Chưa có trong danh sách';
export const DIRECT_LETTER = 'cong-van-don-doc-cac-don-vi-truc-thuoc';

const lateRow = (item: UrgingItem): LateUnitRow => {
	const lines = urgentLines(item.urgent);
	return {
		unit: item.row.unit.name,
		deadlines: lines.map((l) => `${l.label}: ${shortDate(l.date)}`),
		statuses: lines.map((l) => statusLabel(l.status)),
		contact: item.row.unit.contact ?? NO_CONTACT,
	};
};

/**
 * The letters of the urging list as of `asOf`: only overdue units are chased (those merely due soon are not). Units of
 * the top unit, and top units themselves, are written to directly; every other parent gets a letter about its units.
 */
export function urgingLetters(
	office: Office,
	groups: readonly UrgingGroup[],
	asOf: CalendarDate,
	replyBy?: CalendarDate | undefined
): UrgingLetter[] {
	const reply = replyBy ?? addDays(asOf, office.replyWithinDays);
	const direct: UrgingItem[] = [];
	const letters: UrgingLetter[] = [];
	const missedOf = (items: readonly UrgingItem[]) =>
		[
			...new Map(
				items.flatMap((i) =>
					i.urgent
						.filter((u) => u.status.kind === 'missing')
						.map((u) => [`${u.deadline.kind} ${u.deadline.date}`, u.deadline] as const)
				)
			).values(),
		].sort((a, b) => a.date.localeCompare(b.date));
	for (const group of groups) {
		const overdue = group.items.filter((i) => i.overdue);
		if (overdue.length === 0) continue;
		if (!group.followUp || group.followUp.parent === undefined) {
			direct.push(...overdue);
			continue;
		}
		letters.push({
			name: `cong-van-don-doc-${group.followUp.id}`,
			followUp: group.followUp,
			to: [group.followUp.name],
			rows: overdue.map(lateRow),
			missed: missedOf(overdue),
			date: asOf,
			replyBy: reply,
		});
	}
	if (direct.length > 0)
		letters.unshift({
			name: DIRECT_LETTER,
			followUp: undefined,
			to: direct.map((i) => i.row.unit.name),
			rows: direct.map(lateRow),
			missed: missedOf(direct),
			date: asOf,
			replyBy: reply,
		});
	return letters;
}

export const LATE_UNIT_COLUMNS: Column[] = [
	{ head: 'TT', width: 10, numeric: true },
	{ head: 'Đơn vị', width: 45 },
	{ head: 'Thời hạn theo kế hoạch', width: 38 },
	{ head: 'Tình trạng', width: 32 },
	{ head: 'Liên hệ của đơn vị', width: 35 },
];

/** The letter as a Word document in the Party format. */
export function urgingLetterDocument(campaign: CampaignRecord, office: Office, letter: UrgingLetter) {
	const subject = `V/v đôn đốc ${inSentence(campaign.title)}`;
	const plan = `Kế hoạch số ${campaign.plan.number}, ${dateInWords(campaign.plan.date)} của ${campaign.plan.issuer} về ${inSentence(campaign.title)}`;
	const missed = letter.missed.map((d) => d.wording ?? `${deadlineKindLabel[d.kind]} ${shortDate(d.date)}`);
	const count = number(letter.rows.length);
	const receiver = letter.missed.find((d) => d.to)?.to ?? campaign.monitoringOffice;
	const addressed =
		letter.to.length === 1
			? [line(`Kính gửi: ${letter.to[0]}`, { align: 'center', before: 12, after: 6 })]
			: [
					line('Kính gửi:', { align: 'center', before: 12 }),
					...letter.to.map((t, i) =>
						line(`- ${t}${i === letter.to.length - 1 ? '.' : ';'}`, {
							align: 'center',
							after: i === letter.to.length - 1 ? 6 : 0,
						})
					),
				];
	const body = [
		paragraph(
			`Thực hiện ${plan}, ${missed.length > 1 ? 'các thời hạn' : 'thời hạn'} theo kế hoạch: ${missed.join('; ')}.`
		),
		paragraph(
			letter.followUp
				? `Tính đến ${dateInWords(letter.date)}, còn ${count} đơn vị trực thuộc ${letter.followUp.name} đã quá hạn nhưng chưa hoàn thành sơ kết, gửi báo cáo, cụ thể như sau:`
				: `Tính đến ${dateInWords(letter.date)}, ${campaign.monitoringOffice} chưa nhận được báo cáo sơ kết của ${count} đơn vị đã quá hạn, cụ thể như sau:`
		),
		dataTable(
			LATE_UNIT_COLUMNS,
			letter.rows.map((r, i) => [String(i + 1), r.unit, r.deadlines.join('\n'), r.statuses.join('\n'), r.contact])
		),
		paragraph(
			letter.followUp
				? `${campaign.monitoringOffice} đề nghị ${letter.followUp.name} đôn đốc các đơn vị trên khẩn trương hoàn thành sơ kết, gửi báo cáo theo quy định; tổng hợp, báo cáo kết quả về ${campaign.monitoringOffice} trước ${dateInWords(letter.replyBy)}.`
				: `${campaign.monitoringOffice} đề nghị các đơn vị khẩn trương hoàn thành sơ kết, gửi báo cáo về ${receiver} trước ${dateInWords(letter.replyBy)}.`
		),
		paragraph(`Thông tin cần trao đổi, đề nghị liên hệ ${office.contact}.`),
		paragraph('Đề nghị các đồng chí quan tâm, chỉ đạo thực hiện./.', { keepNext: true }),
	];
	const children = [
		headerBlock(office, { typeCode: 'CV', number: office.numbers.urging, date: letter.date, letterSummary: subject }),
		...addressed,
		...body,
		...signatureBlock(office, office.recipients.urging),
	];
	return partyDocument(office, subject, partySection(children));
}
