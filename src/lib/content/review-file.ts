import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { ProcessedReport } from '../report/process.ts';
import { calendarDateIn, resolveDateInZone } from '../schema/calendar-date.ts';
import type { Problem } from './problem.ts';

/** Where a report must live: content/reviews/<campaign>/<unit>.mdx. */
export const REVIEW_PATH = /(?:^|\/)reviews\/([^/]+)\/([^/]+)\.mdx?$/;

export interface ReviewContext {
  campaigns: ReadonlyMap<string, CampaignRecord>;
  /** Units by `${campaign}/${unit}`. */
  units: ReadonlyMap<string, Unit>;
  /** Today's instant; dates after today in the campaign's time zone are refused. */
  now: Date;
}

/** Resolves a processed report against its campaign and roster, adding the checks the schema alone cannot make. */
export function resolveReview(file: string, processed: ProcessedReport, ctx: ReviewContext): { review?: Review; problems: Problem[] } {
  const problems = [...processed.problems];
  const fm = processed.frontmatter;
  if (!fm) return { problems };
  const err = (field: string, message: string, line = 2): Problem => ({ file, line, column: 1, field, message, severity: 'error' });
  const fieldLine = (field: string) => lineOfField(processed, field);

  const match = REVIEW_PATH.exec(file);
  if (match && (match[1] !== fm.campaign || match[2] !== fm.unit))
    problems.push(err('unit', `the file is content/reviews/${match[1]}/${match[2]}.mdx but its details say campaign "${fm.campaign}", unit "${fm.unit}"; the file must be named after its campaign and unit`, fieldLine('unit')));

  const campaign = ctx.campaigns.get(fm.campaign);
  if (!campaign) {
    problems.push(err('campaign', `unknown campaign "${fm.campaign}"; known campaigns: ${[...ctx.campaigns.keys()].join(', ')}`, fieldLine('campaign')));
    return { problems };
  }
  const unit = ctx.units.get(`${fm.campaign}/${fm.unit}`);
  if (!unit) problems.push(err('unit', `unit "${fm.unit}" is not on the roster of campaign "${fm.campaign}" (content/units/${fm.campaign}.yaml); check the id or add the unit to the roster`, fieldLine('unit')));

  const sentOn = resolveDateInZone(fm.sentOn, campaign.timeZone);
  const today = calendarDateIn(ctx.now, campaign.timeZone);
  if (sentOn < fm.heldOn)
    problems.push(err('sentOn', `the report is sent (${sentOn}) before the review was held (${fm.heldOn}); check both dates (day first: 15/5/2021)`, fieldLine('sentOn')));
  for (const [field, date] of [['heldOn', fm.heldOn], ['sentOn', sentOn], ['issuedOn', fm.issuedOn]] as const)
    if (date && date > today) problems.push(err(field, `${date} is in the future (today is ${today} in ${campaign.timeZone}); check the day, month and year`, fieldLine(field)));
  if (fm.form === 'conference' && !fm.attendance)
    problems.push({ ...err('attendance', 'a conference review should give its attendance (attendance: { total: N })', fieldLine('form')), severity: 'warning' });

  const unnamed = Object.keys(fm.figures).filter((key) => !Object.hasOwn(campaign.figures, key));
  if (unnamed.length)
    problems.push({ ...err('figures', `no Vietnamese name for figure ${unnamed.map((k) => `"${k}"`).join(', ')}: add it under figures: in content/campaigns/${campaign.id}.yaml, or use a figure named there (${Object.keys(campaign.figures).join(', ') || 'none yet'})`, fieldLine('figures')), severity: 'warning' });

  if (!unit) return { problems };
  const review: Review = {
    campaign: fm.campaign,
    unit: fm.unit,
    file,
    documentNumber: fm.documentNumber,
    issuedOn: fm.issuedOn,
    form: fm.form,
    heldOn: fm.heldOn,
    sentOn,
    attendance: fm.attendance,
    signer: fm.signer,
    combinedWith: fm.combinedWith,
    commendations: fm.commendations,
    figures: fm.figures,
    sections: processed.sections,
    lessons: processed.lessons,
  };
  return { review, problems };
}

// A field that is absent points at the opening fence.
const lineOfField = (processed: ProcessedReport, field: string) => processed.fieldLines[field] ?? 1;
