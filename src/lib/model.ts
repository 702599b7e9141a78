// The resolved domain model that pages, checks and reports share. Schemas (src/lib/schema/) define the
// file formats; these types are what the content becomes once loaded and cross-checked.
import type { Campaign, Tier, UnitType } from './schema/campaign.ts';
import type { CalendarDate } from './schema/calendar-date.ts';
import type { UnitInput } from './schema/unit.ts';
import type { Commendation, ReviewForm } from './schema/review.ts';

export type { Campaign, Tier, UnitType, CalendarDate, Commendation, ReviewForm };

/** A campaign with its id (the file name). */
export interface CampaignRecord extends Campaign {
  id: string;
}

/** A unit on one campaign's roster. */
export interface Unit extends UnitInput {
  campaign: string;
}

/** Which step of the review a deadline is for. */
export type DeadlineKind = 'review' | 'report';

/** A deadline resolved from the campaign file: campaign defaults applied. */
export interface Deadline {
  kind: DeadlineKind;
  date: CalendarDate;
  /** Whether `date` itself is still on time. */
  dayCounts: boolean;
  /** Planned ("dự kiến"): shown, never makes a unit late. */
  tentative: boolean;
  wording?: string | undefined;
  /** Receiver of the report (report deadlines only). */
  to?: string | undefined;
}

/** Section keys of a review report, in canonical order. */
export const SECTION_KEYS = [
  'context',
  'leadership',
  'results',
  'results.commune',
  'results.stateAgency',
  'results.publicService',
  'results.enterprise',
  'assessment',
  'achievements',
  'limitations',
  'causes',
  'lessons',
  'directions',
  'proposals',
  'appendix',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A recognised heading in a report body. */
export interface Section {
  key: SectionKey;
  /** The heading as the unit wrote it (NFC). */
  heading: string;
  /** Heading depth 1-6. */
  depth: number;
  /** 1-based line in the file. */
  line: number;
  /** Anchor id of the heading in the rendered HTML. */
  anchor: string;
  /** Set when the heading only matched once diacritics were ignored. */
  warning?: string | undefined;
}

/** One lesson learned, read from the report's lessons section. */
export interface Lesson {
  /** 1-based position within the report. */
  index: number;
  /** Plain text of the lesson (NFC), markers such as "Một là," or "1." removed. */
  text: string;
  /** 1-based line where the lesson starts. */
  line: number;
}

/** One unit's review once loaded: frontmatter resolved, body analysed. */
export interface Review {
  campaign: string;
  unit: string;
  /** Path of the source file relative to the project root. */
  file: string;
  /** The issuing body as printed in the header, e.g. "ĐẢNG ỦY XÃ AN BÌNH". */
  issuingBody?: string | undefined;
  documentNumber?: string | undefined;
  issuedOn?: CalendarDate | undefined;
  form: ReviewForm;
  heldOn: CalendarDate;
  /** Calendar date in the campaign's time zone. */
  sentOn: CalendarDate;
  attendance?: { total: number; online?: number | undefined } | undefined;
  signer?: string | undefined;
  combinedWith?: string | undefined;
  commendations: Commendation[];
  figures: Record<string, number>;
  sections: Section[];
  lessons: Lesson[];
}
