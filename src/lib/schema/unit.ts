import { z } from 'astro/zod';
import { slug } from './slug.ts';

/** One unit on a campaign's roster: every unit expected to report. Rosters are per campaign. */
export const unitSchema = z.object({
	/** URL-safe id, unique within the campaign, e.g. "xa-an-binh". */
	id: slug,
	/** Official Vietnamese name, e.g. "Đảng ủy xã An Bình". */
	name: z.string().min(1),
	/** Id of one of the campaign's tiers. */
	tier: slug,
	/** Id of one of the campaign's unit types. */
	type: slug,
	/** Id of the unit this one reports to; absent only for the top tier. */
	parent: slug.optional(),
	/** Office to contact when urging the unit, e.g. "Văn phòng Huyện ủy, 0233 3850 123". */
	contact: z.string().optional(),
	/**
	 * Ids, on an earlier campaign's roster, of the units this one continues under another id: units merged into it,
	 * its old id when it was renamed or moved. A unit with the same id in an earlier campaign continues it without
	 * being listed here. E.g. `formerly: [phuong-bac-son, phuong-nam-ha]` for a ward formed by merging two wards.
	 * Comparisons between campaigns follow these ids; no change of units is special-cased in code.
	 */
	formerly: z.array(slug).min(1).optional(),
});

export type UnitInput = z.output<typeof unitSchema>;
export const rosterSchema = z.array(unitSchema).min(1);
