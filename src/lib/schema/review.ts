import { z } from 'astro/zod';
import { calendarDate, dateOrInstant } from './calendar-date.ts';
import { slug } from './slug.ts';
import { figureKey } from './campaign.ts';
import { SECTION_KEYS } from '../report/section-catalog.ts';

// Clerks write the Vietnamese word; code keeps one English value.
const aliases = (map: Record<string, string>) => (value: unknown) =>
	typeof value === 'string' ? (map[value.normalize('NFC').trim().toLocaleLowerCase('vi')] ?? value) : value;

/** How the unit held its review (hình thức sơ kết). */
export const reviewForm = z.preprocess(
	aliases({
		'hội nghị': 'conference',
		'hội nghị trực tuyến': 'conference',
		'bằng văn bản': 'written',
		'văn bản': 'written',
	}),
	z.enum(['conference', 'written'])
);
export type ReviewForm = z.output<typeof reviewForm>;

/** One line of commendations: "khen thưởng 5 tập thể, Giấy khen của Ban Thường vụ Huyện ủy". */
export const commendationSchema = z.object({
	recipientKind: z.preprocess(
		aliases({ 'tập thể': 'collective', 'cá nhân': 'individual' }),
		z.enum(['collective', 'individual'])
	),
	/** e.g. "Bằng khen", "Giấy khen". */
	award: z.string().min(1),
	/** Who grants it, e.g. "Ban Thường vụ Tỉnh ủy". */
	issuer: z.string().min(1),
	count: z.number().int().min(1),
	names: z.array(z.string().min(1)).optional(),
});
export type Commendation = z.output<typeof commendationSchema>;

const sectionHeading = z.string().trim().min(1).max(300);

/** Frontmatter of one unit's review report. The body carries the sections. */
export const reviewSchema = z
	.object({
		/** Id of the campaign (its file name in content/campaigns/). */
		campaign: slug,
		/** Id of the unit on that campaign's roster. */
		unit: slug,
		/** The issuing body as printed in the document's header, e.g. "ĐẢNG ỦY XÃ AN BÌNH" (read from a Word file's header). */
		issuingBody: z.string().trim().min(1).max(200).optional(),
		/** Number and symbol, e.g. "45-BC/HU"; grassroots reports are sometimes unnumbered. */
		documentNumber: z.string().min(1).optional(),
		/** Date printed on the document. */
		issuedOn: calendarDate.optional(),
		form: reviewForm,
		/** Date the review was held (conference) or finished (written). */
		heldOn: calendarDate,
		/** Date the report was sent or received; an instant with offset is read in the campaign's time zone. */
		sentOn: dateOrInstant,
		/** Delegates at a conference (conference only). */
		attendance: z
			.object({ total: z.number().int().min(0), online: z.number().int().min(0).optional() })
			.refine((a) => a.online === undefined || a.online <= a.total, {
				message:
					'số đại biểu trực tuyến không được nhiều hơn tổng số đại biểu; hãy kiểm tra hai số (online attendance cannot exceed the total)',
				path: ['online'],
			})
			.optional(),
		/** Who signed, e.g. "T/M BAN THƯỜNG VỤ, BÍ THƯ Nguyễn Văn A". */
		signer: z.string().optional(),
		/** Another review held together with this one. */
		combinedWith: z.string().optional(),
		commendations: z.array(commendationSchema).default([]),
		/** Headline figures: named non-negative counts (e.g. dialogueConferences: 42). */
		figures: z.record(figureKey, z.number().min(0)).default({}),
		/**
		 * The report's own heading for a section no rule recognises, e.g. `lessons: "Những điều rút ra"`; numbering,
		 * capitals and punctuation do not matter. A list gives several headings for one section.
		 */
		sections: z
			.partialRecord(z.enum(SECTION_KEYS), z.union([sectionHeading, z.array(sectionHeading).min(1).max(10)]))
			.optional(),
	})
	.strict()
	.superRefine((review, ctx) => {
		if (review.form === 'written' && review.attendance)
			ctx.addIssue({
				code: 'custom',
				path: ['attendance'],
				message:
					'số đại biểu chỉ ghi khi sơ kết bằng hội nghị; báo cáo này sơ kết bằng văn bản: bỏ số đại biểu hoặc sửa hình thức (attendance is for a conference; this review is written (form: written))',
			});
	});

export type ReviewFrontmatter = z.output<typeof reviewSchema>;
