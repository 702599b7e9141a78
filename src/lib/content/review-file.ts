import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { ProcessedReport } from '../report/process.ts';
import { calendarDateIn, formatVietnameseDate, resolveDateInZone } from '../schema/calendar-date.ts';
import { fieldName } from '../schema/messages.ts';
import { excerpt } from '../text/printable.ts';
import { problem, type Problem } from './problem.ts';

/** Where a report must live: content/reviews/<campaign>/<unit>.mdx. */
export const REVIEW_PATH = /(?:^|\/)reviews\/([^/]+)\/([^/]+)\.mdx?$/;

export interface ReviewContext {
  campaigns: ReadonlyMap<string, CampaignRecord>;
  /** Units by `${campaign}/${unit}`. */
  units: ReadonlyMap<string, Unit>;
  /** Today's instant; dates after today in the campaign's time zone are refused. */
  now: Date;
}

/** The one way to build what reports are checked against: the loader, site data, validate and ingest all use it. */
export function reviewContext(campaigns: readonly CampaignRecord[], units: readonly Unit[], now: Date): ReviewContext {
  return { campaigns: new Map(campaigns.map((c) => [c.id, c])), units: new Map(units.map((u) => [`${u.campaign}/${u.id}`, u])), now };
}

/** What checking needs of a processed report (the HTML is not needed, and the loader keeps it on disk). */
type Checked = Pick<ProcessedReport, 'frontmatter' | 'fieldLines' | 'problems'>;

/**
 * Every problem of a processed report: its own, and the checks against its campaign and roster the schema alone
 * cannot make. `toReview` builds the review itself.
 */
export function checkReview(file: string, processed: Checked, ctx: ReviewContext): Problem[] {
  const problems = [...processed.problems];
  const fm = processed.frontmatter;
  if (!fm) return problems;
  const err = (field: string, message: string, line = 2): Problem => problem(file, message, { line, column: 1, field });
  const fieldLine = (field: string) => lineOfField(processed, field);

  const match = REVIEW_PATH.exec(file);
  if (match && (match[1] !== fm.campaign || match[2] !== fm.unit))
    problems.push(err('unit', `tệp tên content/reviews/${match[1]}/${match[2]}.mdx nhưng phần thông tin ghi đợt "${fm.campaign}", đơn vị "${fm.unit}"; hãy đặt tên tệp theo đợt và đơn vị, hoặc sửa phần thông tin (the file is content/reviews/${match[1]}/${match[2]}.mdx but its details say campaign "${fm.campaign}", unit "${fm.unit}"; the file must be named after its campaign and unit)`, fieldLine('unit')));

  const campaign = ctx.campaigns.get(fm.campaign);
  if (!campaign) {
    problems.push(err('campaign', `không có đợt sơ kết "${fm.campaign}"; hãy ghi một trong: ${[...ctx.campaigns.keys()].join(', ')} (unknown campaign "${fm.campaign}"; known campaigns: ${[...ctx.campaigns.keys()].join(', ')})`, fieldLine('campaign')));
    return problems;
  }
  const unit = ctx.units.get(`${fm.campaign}/${fm.unit}`);
  if (!unit) problems.push(err('unit', `đơn vị "${fm.unit}" không có trong danh sách đơn vị của đợt "${fm.campaign}"; hãy chọn đơn vị trong danh sách, hoặc báo văn phòng bổ sung đơn vị (unit "${fm.unit}" is not on the roster of campaign "${fm.campaign}" (content/units/${fm.campaign}.yaml); check the id or add the unit to the roster)`, fieldLine('unit')));

  const sentOn = resolveDateInZone(fm.sentOn, campaign.timeZone);
  const today = calendarDateIn(ctx.now, campaign.timeZone);
  if (sentOn < fm.heldOn)
    problems.push(err('sentOn', `ngày gửi báo cáo (${formatVietnameseDate(sentOn)}) trước ngày tổ chức sơ kết (${formatVietnameseDate(fm.heldOn)}); hãy kiểm tra hai ngày, viết ngày trước tháng sau: 15/5/2021 (the report is sent (${sentOn}) before the review was held (${fm.heldOn}); check both dates)`, fieldLine('sentOn')));
  for (const [field, date] of [['heldOn', fm.heldOn], ['sentOn', sentOn], ['issuedOn', fm.issuedOn]] as const)
    if (date && date > today) problems.push(err(field, `${fieldName([field])} là ${formatVietnameseDate(date)}, sau hôm nay (${formatVietnameseDate(today)}); hãy kiểm tra ngày, tháng, năm (${date} is in the future (today is ${today} in ${campaign.timeZone}); check the day, month and year)`, fieldLine(field)));
  if (fm.form === 'conference' && !fm.attendance)
    problems.push(problem(file, 'sơ kết bằng hội nghị nên ghi số đại biểu dự (a conference review should give its attendance (attendance: { total: N }))', { line: fieldLine('form'), column: 1, field: 'attendance', severity: 'warning' }));

  const unnamed = Object.keys(fm.figures).filter((key) => !Object.hasOwn(campaign.figures, key));
  if (unnamed.length)
    problems.push(problem(file, `số liệu ${unnamed.map((k) => `"${excerpt(k)}"`).join(', ')} không có trong danh mục số liệu của đợt; hãy dùng tên số liệu của đợt (${Object.keys(campaign.figures).join(', ') || 'chưa có'}) hoặc báo văn phòng bổ sung (no Vietnamese name for figure: add it under figures: in content/campaigns/${campaign.id}.yaml, or use a figure named there)`, { line: fieldLine('figures'), column: 1, field: 'figures', severity: 'warning' }));

  return problems;
}

/**
 * The review a processed report becomes: its details as the schema read them, the sending date in the campaign's
 * time zone, its sections and lessons. Undefined when it names no known campaign or no unit on the roster.
 */
export function toReview(file: string, processed: Pick<ProcessedReport, 'frontmatter' | 'sections' | 'lessons'>, ctx: ReviewContext): Review | undefined {
  const fm = processed.frontmatter;
  const campaign = fm && ctx.campaigns.get(fm.campaign);
  if (!fm || !campaign || !ctx.units.has(`${fm.campaign}/${fm.unit}`)) return undefined;
  // `sections` in the details only names headings for the checks; the review's sections are those found in the body.
  const { sections: _named, sentOn, ...details } = fm;
  return { ...details, file, sentOn: resolveDateInZone(sentOn, campaign.timeZone), sections: processed.sections, lessons: processed.lessons };
}

// A field that is absent points at the opening fence.
const lineOfField = (processed: Checked, field: string) => processed.fieldLines[field] ?? 1;
