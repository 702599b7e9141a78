// The site's vocabulary: every word a reader sees for a status, tier, form, deadline, date or rate comes from here,
// so pages, charts, CSV, JSON and documents say the same thing the same way. The wording and why it was chosen:
// docs/vocabulary.md. (GOV.UK Frontend keeps its i18n defaults in one place the same way.)
import type { CampaignRecord, Deadline, DeadlineKind } from './model.ts';
import type { ComplianceStatus, StatusKey } from './compliance/status.ts';
import type { Rollup } from './compliance/rollup.ts';
import type { CalendarDate } from './schema/calendar-date.ts';
import { tierOf, unitTypeOf } from './schema/campaign.ts';
import { normalizeVietnamese } from './text/diacritics.ts';
import type { SortKey } from './compliance/table-query.ts';

export const formLabel = { conference: 'Hội nghị', written: 'Bằng văn bản' } as const;
export const recipientLabel = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
export const deadlineKindLabel = { review: 'Hạn tổ chức sơ kết', report: 'Hạn gửi báo cáo' } as const;

/** The verb of each deadline: a report is sent ("gửi"), a review conference is held ("tổ chức"); never "nộp". */
export const deadlineVerb: Record<DeadlineKind, string> = { review: 'tổ chức', report: 'gửi' };
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Short names of the status kinds, for filters, counts, chart legends and table columns. */
export const statusKeyLabel: Record<StatusKey, string> = {
	'on-time': 'Đúng hạn',
	late: 'Chậm',
	missing: 'Quá hạn, chưa gửi',
	'not-yet-due': 'Chưa đến hạn',
	pending: 'Chưa gửi (hạn dự kiến)',
};

/** The status against one deadline in full, with its days: "Gửi chậm 2 ngày", "Quá hạn 5 ngày, chưa tổ chức". */
export function statusLabel(status: ComplianceStatus, kind: DeadlineKind = 'report'): string {
	const verb = deadlineVerb[kind];
	switch (status.kind) {
		case 'on-time':
			return 'Đúng hạn';
		case 'late':
			return `${capitalised(verb)} chậm ${status.daysLate} ngày`;
		case 'missing':
			return `Quá hạn ${status.daysOverdue} ngày, chưa ${verb}`;
		case 'not-yet-due':
			return status.dueInDays === 0 ? `Hạn là hôm nay, chưa ${verb}` : `Chưa đến hạn (còn ${status.dueInDays} ngày)`;
		case 'pending':
			return `Chưa ${verb} (hạn dự kiến)`;
	}
}

/**
 * The four columns every count of statuses shows. A planned ("dự kiến") date that passed counts as not yet due:
 * neither makes a unit late, so a reader sees one number for both.
 */
export const STATUS_COLUMNS = ['on-time', 'late', 'missing', 'not-yet-due'] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];
export const statusColumnCount = (r: Rollup, column: StatusColumn): number =>
	column === 'not-yet-due' ? r.counts['not-yet-due'] + r.counts.pending : r.counts[column];

const percents = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 });
/** A share as a percentage, or "—" when there is nothing to divide by (a tier with no unit due yet is not "0%"). */
export const rateText = (part: number, whole: number): string => (whole > 0 ? percents.format(part / whole) : '—');
/**
 * The on-time rate of a group (on-time units over all its units, as the downloads give it), or "—" while none of its
 * units is due yet: a tier whose deadline has not come is not "0%" on time.
 */
export const onTimeRateText = (r: Rollup): string =>
	r.total - statusColumnCount(r, 'not-yet-due') > 0 ? rateText(r.counts['on-time'], r.total) : '—';

const twoDigits = (n: number) => String(n).padStart(2, '0');
// The Party's style (Hướng dẫn 36-HD/VPTW): days under 10 and months 1–2 take a leading zero; see docs/vocabulary.md.
const partyParts = (date: CalendarDate) => {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return { day: twoDigits(d), month: m <= 2 ? twoDigits(m) : String(m), year: String(y) };
};
// A campaign has a few hundred distinct dates and a build writes them hundreds of thousands of times (unit tables).
const partyDates = new Map<string, string>();
/** A date in figures, the Party's way: "06/4/2021", "15/02/2021"; "—" for no date. */
export function partyDate(date: CalendarDate | undefined): string {
	if (!date) return '—';
	let written = partyDates.get(date);
	if (written === undefined) {
		const { day, month, year } = partyParts(date);
		written = `${day}/${month}/${year}`;
		if (partyDates.size < 10_000) partyDates.set(date, written);
	}
	return written;
}
/** A date in prose, the Party's way: "ngày 06 tháng 4 năm 2021". */
export function partyDateProse(date: CalendarDate): string {
	const { day, month, year } = partyParts(date);
	return `ngày ${day} tháng ${month} năm ${year}`;
}

/** A deadline as the site states it: "Đến hết ngày 15/5/2021" or "Trước ngày 15/5/2021", "(dự kiến)" when planned. */
export const deadlineText = (d: Deadline | undefined): string =>
	d
		? `${d.dayCounts ? 'Đến hết ngày' : 'Trước ngày'} ${partyDate(d.date)}${d.tentative ? ' (dự kiến)' : ''}`
		: 'Không quy định';

/** How the campaign reads "trước ngày X", stated once beside the deadlines it governs. */
export const deadlineReading = (campaign: Pick<CampaignRecord, 'deadlineDayCounts'>): string =>
	campaign.deadlineDayCounts
		? '“Trước ngày X” trong kế hoạch được hiểu là đến hết ngày X: báo cáo gửi trong ngày X vẫn đúng hạn.'
		: '“Trước ngày X” trong kế hoạch được hiểu đúng như chữ: báo cáo phải gửi chậm nhất ngày liền trước ngày X.';

/** The tier's name, by id, from the campaign file. */
export const tierName = (campaign: Pick<CampaignRecord, 'tiers'>, id: string): string =>
	tierOf(campaign, id)?.name ?? id;
/** The unit type's name, by id, from the campaign file. */
export const typeName = (campaign: Pick<CampaignRecord, 'unitTypes'>, id: string): string =>
	unitTypeOf(campaign, id)?.name ?? id;

/**
 * A name that comes from a report (signer, commendation issuer), shown in the site's tone placement ("Huyện uỷ" →
 * "Huyện ủy"); the stored text is not changed.
 */
export const displayName = (name: string): string => normalizeVietnamese(name);
/** How a unit of another campaign stands to the unit whose page is read (its history across campaigns). */
export const relationLabel = { self: 'Đợt này', earlier: 'Tiền thân', later: 'Nay là' } as const;
/** Column heads of a comparison between two campaigns. */
export const comparisonLabel = { current: 'Đợt này', previous: 'Đợt trước', difference: 'Chênh lệch' } as const;

/** The report's details as a clerk knows them: the page's form, the Word template's table and every message name them so. */
export const reviewFieldLabel: Readonly<Record<string, string>> = {
	campaign: 'Đợt sơ kết',
	unit: 'Đơn vị',
	issuingBody: 'Cơ quan ban hành',
	documentNumber: 'Số văn bản',
	issuedOn: 'Ngày ký văn bản',
	form: 'Hình thức sơ kết',
	heldOn: 'Ngày tổ chức sơ kết',
	sentOn: 'Ngày gửi báo cáo',
	attendance: 'Số đại biểu dự hội nghị',
	signer: 'Người ký',
	combinedWith: 'Kết hợp với',
	commendations: 'Khen thưởng',
	figures: 'Số liệu chính',
	sections: 'Tên đề mục các phần',
	recipientKind: 'Đối tượng khen thưởng',
	award: 'Hình thức khen thưởng',
	issuer: 'Cấp khen',
	count: 'Số lượng',
	names: 'Danh sách tên',
	total: 'Tổng số đại biểu',
	online: 'Số đại biểu trực tuyến',
};

/** The columns a unit table is sorted by, as the order is offered (the filter form, the pre-built orders). */
export const sortKeyLabel: Record<SortKey, string> = {
	name: 'Tên đơn vị',
	tier: 'Cấp',
	type: 'Loại hình',
	parent: 'Đơn vị cấp trên',
	heldOn: 'Ngày sơ kết',
	sentOn: 'Ngày gửi báo cáo',
	report: 'Báo cáo',
	status: 'Tình trạng',
};

/** An order of a unit table: "Ngày gửi báo cáo (giảm dần)". */
export const orderLabel = (sort: { key: SortKey; ascending: boolean }) =>
	`${sortKeyLabel[sort.key]} (${sort.ascending ? 'tăng dần' : 'giảm dần'})`;

/** The compliance table's own order, and the table order of the others, as the order choices name them. */
export const builtOrderLabel = { action: 'Cần xử lý trước', roster: 'Theo danh sách' } as const;
