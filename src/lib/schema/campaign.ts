import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { slug } from './slug.ts';

/**
 * One deadline a tier must meet. The plan's wording is kept for display; the date is what is compared.
 * @see ../../../../shared/domain.md §5 for how real plans word deadlines.
 */
export const deadlineSchema = z.object({
  /** The named day, e.g. 2021-04-30 for "trước ngày 30/4/2021". */
  date: calendarDate,
  /** Whether the named day itself is still on time. Defaults to the campaign's `deadlineDayCounts`. */
  dayCounts: z.boolean().optional(),
  /** "dự kiến": a planned date that is shown but never makes a unit late. */
  tentative: z.boolean().default(false),
  /** The plan's own words, e.g. "trước ngày 30/4/2021". */
  wording: z.string().optional(),
});
export type DeadlineInput = z.output<typeof deadlineSchema>;

export const reportDeadlineSchema = deadlineSchema.extend({
  /** Who receives the report, e.g. "Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy)". */
  to: z.string().min(1),
});

/** A kind of organisation that submits a report (loại hình tổ chức), e.g. huyen-uy, dang-uy-xa. */
export const unitTypeSchema = z.object({
  id: slug,
  /** Vietnamese name shown to readers, e.g. "Huyện ủy, thị ủy, thành ủy". */
  name: z.string().min(1),
});

/** A tier of the campaign (cấp), listed in the campaign file from the top tier down. */
export const tierSchema = z.object({
  id: slug,
  /** Vietnamese name, e.g. "Cấp huyện và tương đương". */
  name: z.string().min(1),
  /** Deadline for holding the review (tổ chức sơ kết xong). */
  review: deadlineSchema.optional(),
  /** Deadline for sending the report, where the plan sets one, and to whom it goes. */
  report: reportDeadlineSchema.optional(),
  /** Ids of the unit types (from the campaign's `unitTypes`) that belong to this tier. */
  unitTypes: z.array(slug).min(1),
});

/** Id under which the lessons pages list the lessons no theme names ("Bài học khác"); no theme may take it. */
export const OTHER_THEME_ID = 'khac';

/** A theme that lessons learned are grouped under; a lesson belongs to every theme one of whose phrases it contains. */
export const lessonThemeSchema = z.object({
  id: slug,
  /** Vietnamese name shown to readers, e.g. "Đối thoại với nhân dân". */
  name: z.string().min(1),
  /** Phrases that mark the theme, matched as whole words with or without diacritics, e.g. "đối thoại". */
  phrases: z.array(z.string().min(2)).min(1),
});

/** The key of a headline figure, shared by the campaign file and the reports. */
export const figureKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'figure names are camelCase ASCII');

/** Where a checked report goes: the site's git repository (a pull request from the browser) and the office's email. */
export const sendingSchema = z
  .object({
    repository: z
      .object({
        /** The git host's kind: each has its own new-file URL. */
        host: z.enum(['github', 'gitlab', 'gitea']),
        /** The repository's web address, e.g. https://github.com/so-ket/so-ket. */
        url: z.url({ protocol: /^https$/ }),
        branch: z.string().min(1).default('main'),
      })
      .optional(),
    /** The monitoring office's address for reports sent by email. */
    email: z.email().optional(),
  })
  .strict();

/** A review campaign: a plan that orders every unit under it to review and report, tier by tier. */
export const campaignSchema = z
  .object({
    /** Title shown on the home page. */
    title: z.string().min(1),
    /** What is reviewed, e.g. the conclusion's full name. */
    subject: z.string().min(1),
    /** The plan that orders the campaign. */
    plan: z.object({
      /** Number and symbol, e.g. "15-KH/TU". */
      number: z.string().min(1),
      date: calendarDate,
      /** e.g. "Ban Thường vụ Tỉnh ủy". */
      issuer: z.string().min(1),
    }),
    /** The office that follows the campaign and compiles the synthesis, e.g. "Ban Dân vận Tỉnh ủy". */
    monitoringOffice: z.string().min(1),
    /** IANA time zone in which deadlines are calendar dates. */
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as "Asia/Ho_Chi_Minh"'),
    /** Whether a deadline's named day still counts as on time ("by" rather than "strictly before"). */
    deadlineDayCounts: z.boolean(),
    /** True for demonstration data, so every page can say so. */
    sample: z.boolean().default(false),
    /** Organisation kinds that may appear in the roster. */
    unitTypes: z.array(unitTypeSchema).min(1),
    /** Tiers from the top down; the first tier's units have no parent. */
    tiers: z.array(tierSchema).min(1),
    /** Themes for grouping the lessons learned on the lessons page and in the synthesis; none by default. */
    lessonThemes: z.array(lessonThemeSchema).default([]),
    /** Vietnamese names of the headline figures reports may give, by key (e.g. dialogueConferences: Hội nghị đối thoại). */
    figures: z.record(figureKey, z.string().min(1)).default({}),
    /** How units send their report from the page /gui-bao-cao/ (docs/sending.md); without it the page offers download only. */
    sending: sendingSchema.optional(),
  })
  .superRefine((campaign, ctx) => {
    const typeIds = new Set(campaign.unitTypes.map((t) => t.id));
    const seenTiers = new Set<string>();
    const typeOwner = new Map<string, string>();
    campaign.tiers.forEach((tier, i) => {
      if (seenTiers.has(tier.id)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'id'], message: `tier "${tier.id}" is listed twice` });
      seenTiers.add(tier.id);
      tier.unitTypes.forEach((type, j) => {
        if (!typeIds.has(type)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tiers', i, 'unitTypes', j],
            message: `unknown unit type "${type}"; the campaign's unitTypes are: ${[...typeIds].join(', ')}`,
          });
        } else if (typeOwner.has(type)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tiers', i, 'unitTypes', j],
            message: `unit type "${type}" already belongs to tier "${typeOwner.get(type)}"; a type belongs to one tier`,
          });
        } else typeOwner.set(type, tier.id);
      });
    });
    const themeIds = new Set<string>();
    campaign.lessonThemes.forEach((theme, i) => {
      if (themeIds.has(theme.id)) ctx.addIssue({ code: 'custom', path: ['lessonThemes', i, 'id'], message: `lesson theme "${theme.id}" is listed twice` });
      if (theme.id === OTHER_THEME_ID) ctx.addIssue({ code: 'custom', path: ['lessonThemes', i, 'id'], message: `lesson theme id "${OTHER_THEME_ID}" is reserved for the lessons no theme names` });
      themeIds.add(theme.id);
    });
  });

export type Campaign = z.output<typeof campaignSchema>;
export type Tier = Campaign['tiers'][number];
export type UnitType = Campaign['unitTypes'][number];
export type LessonTheme = Campaign['lessonThemes'][number];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
