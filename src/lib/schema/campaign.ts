import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { slug } from './slug.ts';

/**
 * One deadline a tier must meet. The plan's wording is kept for display; the date is what is compared.
 * @see docs/vocabulary.md for how the site reads a plan's "trước ngày X".
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

/** One line of "Nơi nhận:", written without the leading "- " and the closing punctuation, e.g. "Thường trực Tỉnh ủy (để báo cáo)". */
const recipientLine = z.string().trim().min(1);

/**
 * The monitoring office as it signs its own Party documents (urging letters, the synthesis report), in the format of
 * Guidance 36-HD/VPTW (see docs/party-documents.md). Every word of a document's header, date line, signature block and
 * recipients comes from here, never from code.
 */
export const officeSchema = z.object({
	/** The superior body, with its proper capitals; the header prints it in capitals, e.g. "Tỉnh ủy Sơn Hà". */
	superior: z.string().trim().min(1),
	/** The issuing body as the header's second line names it, e.g. "Ban Dân vận". */
	name: z.string().trim().min(1),
	/** The body's code after the slash of a document number, e.g. "BDVTU" for "Số 45-CV/BDVTU". */
	code: z.string().trim().min(1).regex(/^\S+$/, 'a body code is one word, e.g. "BDVTU"'),
	/** Place on the date line, e.g. "Sơn Hà" for "Sơn Hà, ngày 21 tháng 5 năm 2021". */
	place: z.string().trim().min(1),
	/**
	 * Document numbers already given by the office's registry, e.g. { urging: "45" }. Left out, the number is a blank
	 * for the office to fill in by hand: "Số      -CV/BDVTU".
	 */
	numbers: z
		.object({
			/** Number of the urging letters (công văn đôn đốc). */
			urging: z.string().trim().min(1).optional(),
			/** Number of the synthesis report (báo cáo tổng hợp). */
			synthesis: z.string().trim().min(1).optional(),
		})
		.default({}),
	/** Who signs. */
	signer: z.object({
		/** Authority lines above the signature, in capitals, e.g. ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"] or ["T/M BAN THƯỜNG VỤ"]. */
		authority: z.array(z.string().trim().min(1)).min(1),
		/** The signer's full name with its proper capitals, e.g. "Nguyễn Thị Minh Hòa". */
		name: z.string().trim().min(1),
	}),
	/** "Nơi nhận:" of each document, before the archive line. */
	recipients: z.object({
		/** Of an urging letter, after the units it is addressed to, e.g. "Như trên", "Thường trực Tỉnh ủy (để báo cáo)". */
		urging: z.array(recipientLine).default([]),
		/** Of the synthesis report, e.g. "Thường trực Tỉnh ủy (để báo cáo)". */
		synthesis: z.array(recipientLine).min(1),
	}),
	/** The last line of "Nơi nhận:", where the office files its copy, e.g. "Lưu Văn phòng". */
	archive: recipientLine.default('Lưu Văn phòng'),
	/** Whom a late unit calls about an urging letter, e.g. "đồng chí Lê Văn Tâm, Phòng Dân vận, ĐT 0239 3852 217". */
	contact: z.string().trim().min(1),
	/** Days an urging letter gives late units to send their report, counted from the letter's date. */
	replyWithinDays: z.number().int().min(1).max(60).default(5),
});
export type Office = z.output<typeof officeSchema>;

/** The key of a headline figure, shared by the campaign file and the reports. */
export const figureKey = z
	.string()
	.regex(
		/^[a-zA-Z][a-zA-Z0-9]*$/,
		'tên số liệu chỉ gồm chữ không dấu và chữ số, bắt đầu bằng chữ, viết liền (ví dụ dialogueConferences) (figure names are camelCase ASCII)'
	)
	// "valueOf", "constructor", "toString"… are names every JavaScript object already has: as keys they break pages.
	.refine((key) => !(key in Object.prototype), {
		message:
			'tên số liệu này là tên dành riêng (như valueOf, constructor, toString); hãy đặt tên khác (this figure name is reserved in JavaScript; choose another)',
	});

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
		/**
		 * The day the campaign closed (the monitoring office's final synthesis). Built after it, the site shows the
		 * campaign as it stood that day, says it is closed and urges nobody; `AS_OF` still overrides. Unset: still open.
		 */
		closedOn: calendarDate.optional(),
		/** Vietnamese names of the headline figures reports may give, by key (e.g. dialogueConferences: Hội nghị đối thoại). */
		figures: z.record(figureKey, z.string().min(1)).default({}),
		/** The monitoring office's details for the Party documents it issues; without them, no document is made. */
		office: officeSchema.optional(),
		/** How units send their report from the page /gui-bao-cao/ (docs/sending.md); without it the page offers download only. */
		sending: sendingSchema.optional(),
	})
	.superRefine((campaign, ctx) => {
		// Ids are addresses and keys (each type and tier has pages of its own): one id, one thing.
		refuseRepeats(ctx, campaign.unitTypes, 'unitTypes', 'loại hình', 'unit type');
		refuseRepeats(ctx, campaign.tiers, 'tiers', 'cấp', 'tier');
		refuseRepeats(ctx, campaign.lessonThemes, 'lessonThemes', 'chủ đề bài học', 'lesson theme');
		const typeIds = new Set(campaign.unitTypes.map((t) => t.id));
		const typeOwner = new Map<string, string>();
		campaign.tiers.forEach((tier, i) => {
			tier.unitTypes.forEach((type, j) => {
				if (!typeIds.has(type)) {
					ctx.addIssue({
						code: 'custom',
						path: ['tiers', i, 'unitTypes', j],
						message: `không có loại hình "${type}" trong unitTypes; hãy ghi một trong: ${[...typeIds].join(', ')} (unknown unit type "${type}"; the campaign's unitTypes are: ${[...typeIds].join(', ')})`,
					});
				} else if (typeOwner.has(type)) {
					ctx.addIssue({
						code: 'custom',
						path: ['tiers', i, 'unitTypes', j],
						message: `loại hình "${type}" đã thuộc cấp "${typeOwner.get(type)}"; mỗi loại hình thuộc một cấp (unit type "${type}" already belongs to tier "${typeOwner.get(type)}"; a type belongs to one tier)`,
					});
				} else typeOwner.set(type, tier.id);
			});
		});
		campaign.lessonThemes.forEach((theme, i) => {
			if (theme.id === OTHER_THEME_ID)
				ctx.addIssue({
					code: 'custom',
					path: ['lessonThemes', i, 'id'],
					message: `mã chủ đề "${OTHER_THEME_ID}" dành cho các bài học không thuộc chủ đề nào; hãy đặt mã khác (lesson theme id "${OTHER_THEME_ID}" is reserved for the lessons no theme names)`,
				});
		});
	});

/** Refuses, in Vietnamese first, each item of `items` whose id an earlier one has. */
function refuseRepeats(
	ctx: z.RefinementCtx,
	items: readonly { id: string }[],
	field: string,
	vietnamese: string,
	english: string
): void {
	const seen = new Set<string>();
	items.forEach(({ id }, i) => {
		if (seen.has(id))
			ctx.addIssue({
				code: 'custom',
				path: [field, i, 'id'],
				message: `${vietnamese} "${id}" được ghi hai lần; giữ một (${english} "${id}" is listed twice)`,
			});
		seen.add(id);
	});
}

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

/** A campaign's tier by id: the one lookup pages, deadlines, search facets and skeletons use. */
export const tierOf = (campaign: Pick<Campaign, 'tiers'>, id: string): Tier | undefined =>
	campaign.tiers.find((t) => t.id === id);
/** A campaign's unit type by id. */
export const unitTypeOf = (campaign: Pick<Campaign, 'unitTypes'>, id: string): UnitType | undefined =>
	campaign.unitTypes.find((t) => t.id === id);
