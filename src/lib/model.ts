// The resolved domain model that pages, checks and reports share. Schemas (src/lib/schema/) define the
// file formats; these types are what the content becomes once loaded and cross-checked.
import type { Campaign, Tier, UnitType } from './schema/campaign.ts';
import type { CalendarDate } from './schema/calendar-date.ts';
import type { UnitInput } from './schema/unit.ts';
import type { Commendation, ReviewForm, ReviewFrontmatter } from './schema/review.ts';
import type { SectionKey } from './report/section-catalog.ts';

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

// Section keys come from the section catalog, the one list of sections.
export { SECTION_KEYS, type SectionKey } from './report/section-catalog.ts';

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

/**
 * One unit's review once loaded: its details as the schema reads them (src/lib/schema/review.ts), the sending date
 * resolved in the campaign's time zone, and the body analysed. The details are not listed again here.
 */
export type Review = Omit<ReviewFrontmatter, 'sentOn' | 'sections'> & {
	/** Path of the source file relative to the project root. */
	file: string;
	/** Calendar date in the campaign's time zone. */
	sentOn: CalendarDate;
	sections: Section[];
	lessons: Lesson[];
};
