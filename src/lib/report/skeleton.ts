import type { CampaignRecord, SectionKey, Unit } from '../model.ts';
import { formatVietnameseDate } from '../schema/calendar-date.ts';
import { tierOf } from '../schema/campaign.ts';
import { SECTION_CATALOG } from './section-catalog.ts';
import type { ReviewFrontmatter } from '../schema/review.ts';

// The usual layout of a report puts strengths, limitations and causes under "Đánh giá chung" (docs/report-format.md, section 1).
const ASSESSMENT_PARTS: ReadonlySet<SectionKey> = new Set(['achievements', 'limitations', 'causes']);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** One heading of a new report: its level (1 for a part, 2 under "Đánh giá chung"), text and section. */
export interface OutlineHeading {
	level: 1 | 2;
	text: string;
	key: SectionKey;
}

/** The headings of a new report: every required section in catalog order, assessment parts grouped under their heading. */
export function skeletonOutline(): OutlineHeading[] {
	const outline: OutlineHeading[] = [];
	let top = 0;
	let sub = 0;
	const heading = (key: SectionKey) => SECTION_CATALOG.find((s) => s.key === key)?.heading ?? key;
	for (const section of SECTION_CATALOG.filter((s) => s.required)) {
		if (ASSESSMENT_PARTS.has(section.key)) {
			if (sub === 0)
				outline.push({
					level: 1,
					text: `${ROMAN[top++]}. ${heading('assessment').toLocaleUpperCase('vi')}`,
					key: 'assessment',
				});
			outline.push({ level: 2, text: `${++sub}. ${section.heading}`, key: section.key });
		} else
			outline.push({ level: 1, text: `${ROMAN[top++]}. ${section.heading.toLocaleUpperCase('vi')}`, key: section.key });
	}
	return outline;
}

/** The same headings as Markdown lines. */
export const skeletonHeadings = (): string[] => skeletonOutline().map((h) => `${'#'.repeat(h.level + 1)} ${h.text}`);

// Names and titles come from the roster and campaign files: a line break in one would start a frontmatter line of its own.
const oneCommentLine = (line: string) => line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

/**
 * A report ready to fill in: frontmatter from the roster (dates left empty, so it cannot pass validation until they
 * are written), optional details commented out, and every required section heading.
 */
export function reportSkeleton(unit: Unit, campaign: CampaignRecord, units: readonly Unit[]): string {
	const tier = tierOf(campaign, unit.tier);
	const parent = units.find((u) => u.campaign === unit.campaign && u.id === unit.parent);
	const deadline = (d: { date: string; wording?: string | undefined } | undefined) =>
		d ? (d.wording ?? `trước ngày ${formatVietnameseDate(d.date)}`) : undefined;
	const header = [
		`# Báo cáo sơ kết của ${unit.name}${tier ? ` (${tier.name})` : ''}${parent ? `, gửi ${parent.name}` : ''}.`,
		`# ${campaign.title}`,
		...[deadline(tier?.review), deadline(tier?.report)].flatMap((d, i) =>
			d ? [`# ${i === 0 ? 'Hạn sơ kết' : 'Hạn gửi báo cáo'}: ${d}`] : []
		),
		'# Ngày viết theo ngày/tháng/năm, ví dụ 27/4/2021. Muốn dùng một dòng có dấu # ở đầu thì xóa dấu # đó.',
	].map(oneCommentLine);
	const fields = Object.values(detailLines(campaign, unit)).flat();
	const body = skeletonHeadings().flatMap((h) => [h, '']);
	return ['---', ...header, ...fields, '---', '', ...body].join('\n');
}

/**
 * The lines of each detail of a report (src/lib/schema/review.ts), in the skeleton's order; optional ones commented
 * out. Keyed by the schema's fields, so a new detail does not compile until it has its line. `sections` is left out:
 * it only names an unusual heading, which a new report from the skeleton does not have.
 */
const detailLines = (
	campaign: CampaignRecord,
	unit: Unit
): Record<Exclude<keyof ReviewFrontmatter, 'sections'>, string[]> => ({
	campaign: [`campaign: ${campaign.id}`],
	unit: [`unit: ${unit.id}`],
	issuingBody: ['# issuingBody: ĐẢNG ỦY XÃ …       # cơ quan ban hành, như ở đầu văn bản'],
	documentNumber: ['# documentNumber: 01-BC/ĐU     # số và ký hiệu văn bản, nếu có'],
	issuedOn: ['# issuedOn: 27/4/2021          # ngày ký văn bản'],
	form: ['form: conference               # conference (hội nghị) hoặc written (bằng văn bản)'],
	heldOn: ['heldOn:                        # ngày sơ kết (bằng văn bản: ngày hoàn thành)'],
	sentOn: ['sentOn:                        # ngày gửi báo cáo'],
	attendance: ['# attendance: { total: 100 }   # số đại biểu dự hội nghị (chỉ khi sơ kết bằng hội nghị)'],
	signer: ['# signer: T/M ĐẢNG ỦY, BÍ THƯ Nguyễn Văn A'],
	combinedWith: ['# combinedWith: …              # sơ kết lồng ghép với nội dung khác, nếu có'],
	commendations: [
		'# commendations:               # khen thưởng, mỗi dòng một loại',
		'#   - { recipientKind: collective, award: Giấy khen, issuer: Ban Thường vụ Đảng ủy, count: 3 }',
	],
	figures: ['# figures: { dialogueConferences: 4 }   # số liệu chính, tên viết liền không dấu'],
});
