// The body sections of a review report as data (docs/report-format.md, section 1). Recognition rules live in section-headings.ts.

interface SectionSpecOf<K extends string> {
	key: K;
	/** Canonical Vietnamese heading, used in skeletons and navigation. */
	heading: string;
	/** Other headings units write for it. Matched as prefixes, ignoring case, numbering and punctuation. */
	variants: readonly string[];
	/**
	 * Key phrases that mean this section when a heading opens with them, after filler words ("những", "việc", "sự",
	 * "mặt"…): "Những mặt làm được" → achievements. Tried only when no variant matched.
	 */
	phrases?: readonly string[];
	/** Distinctive phrases that mean this section anywhere in a top-level heading ("I.", "PHẦN", `#`/`##`). */
	anywhere?: readonly string[];
	/** Phrases that mark a results subsection anywhere in a heading after "ở", "trong", "tại", "đối với" or "khối". */
	places?: readonly string[];
	required: boolean;
}

const CATALOG = [
	{
		key: 'context',
		heading: 'Đặc điểm tình hình',
		variants: ['Đặc điểm, tình hình', 'Khái quát tình hình'],
		phrases: ['đặc điểm', 'khái quát', 'tình hình chung', 'bối cảnh'],
		anywhere: ['đặc điểm tình hình', 'khái quát'],
		required: false,
	},
	{
		key: 'leadership',
		heading: 'Công tác lãnh đạo, chỉ đạo',
		// "Lãnh đạo, chỉ đạo" is not in docs/report-format.md: the same heading without "Công tác".
		variants: [
			'Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện',
			'Công tác quán triệt, triển khai',
			'Việc tổ chức quán triệt, triển khai thực hiện',
			'Lãnh đạo, chỉ đạo',
		],
		phrases: [
			'lãnh đạo',
			'chỉ đạo',
			'quán triệt',
			'tuyên truyền, quán triệt',
			'tổ chức quán triệt',
			'tổ chức triển khai',
			'triển khai thực hiện',
			'cấp ủy lãnh đạo',
		],
		anywhere: ['lãnh đạo, chỉ đạo', 'quán triệt, triển khai'],
		required: true,
	},
	{
		key: 'results',
		heading: 'Kết quả thực hiện',
		// A bare "Kết quả" is not in docs/report-format.md; longer variants (e.g. achievements' "Kết quả nổi bật") still win.
		variants: ['Kết quả xây dựng và thực hiện quy chế dân chủ', 'Kết quả đạt được', 'Kết quả'],
		phrases: ['kết quả', 'tình hình thực hiện', 'tình hình và kết quả', 'tình hình, kết quả'],
		anywhere: ['kết quả thực hiện', 'kết quả đạt được'],
		required: true,
	},
	{
		key: 'results.commune',
		heading: 'Ở xã, phường, thị trấn',
		variants: ['Thực hiện dân chủ ở xã, phường, thị trấn'],
		// "xã, phường, đặc khu" is the 2025 wording; a bare "xã" is left out because of "xã hội" (society).
		places: ['xã, phường', 'xã, thị trấn', 'phường, xã', 'cấp xã'],
		required: false,
	},
	{
		key: 'results.stateAgency',
		heading: 'Trong cơ quan hành chính nhà nước',
		variants: ['Ở cơ quan hành chính nhà nước'],
		places: ['cơ quan hành chính', 'cơ quan nhà nước'],
		required: false,
	},
	{
		key: 'results.publicService',
		heading: 'Trong đơn vị sự nghiệp công lập',
		variants: ['Cơ quan, đơn vị sự nghiệp'],
		places: ['đơn vị sự nghiệp', 'cơ quan, đơn vị sự nghiệp'],
		required: false,
	},
	{
		key: 'results.enterprise',
		heading: 'Trong doanh nghiệp',
		variants: ['Ở các loại hình doanh nghiệp', 'Dân chủ ở cơ sở tại nơi làm việc'],
		places: ['doanh nghiệp', 'nơi làm việc'],
		required: false,
	},
	{
		key: 'assessment',
		heading: 'Đánh giá chung',
		variants: ['Đánh giá chung, nhận xét'],
		phrases: ['đánh giá', 'nhận xét chung', 'nhận xét, đánh giá'],
		anywhere: ['đánh giá chung'],
		required: false,
	},
	{
		key: 'achievements',
		heading: 'Ưu điểm',
		variants: ['Kết quả nổi bật', 'Những kết quả đạt được'],
		phrases: [
			'ưu điểm',
			'mặt làm được',
			'làm được',
			'đã làm được',
			'mặt đã làm được',
			'mặt được',
			'mặt mạnh',
			'thành tựu',
			'kết quả nổi bật',
			'điểm mạnh',
		],
		anywhere: ['ưu điểm', 'mặt làm được'],
		required: true,
	},
	{
		key: 'limitations',
		heading: 'Hạn chế',
		variants: ['Hạn chế, khuyết điểm', 'Tồn tại, hạn chế', 'Hạn chế, yếu kém', 'Khó khăn, vướng mắc'],
		phrases: [
			'hạn chế',
			'khuyết điểm',
			'tồn tại',
			'yếu kém',
			'bất cập',
			'thiếu sót',
			'chưa làm được',
			'mặt chưa được',
			'chưa được',
			'mặt yếu',
			'điểm yếu',
			'khó khăn, hạn chế',
			'khó khăn, vướng mắc',
		],
		anywhere: ['hạn chế', 'khuyết điểm', 'yếu kém', 'mặt chưa làm được'],
		required: true,
	},
	{
		key: 'causes',
		heading: 'Nguyên nhân',
		variants: ['Nguyên nhân của hạn chế', 'Nguyên nhân khách quan', 'Nguyên nhân chủ quan'],
		phrases: ['nguyên nhân'],
		anywhere: ['nguyên nhân'],
		required: true,
	},
	{
		key: 'lessons',
		heading: 'Bài học kinh nghiệm',
		variants: ['Một số bài học kinh nghiệm', 'Kinh nghiệm'],
		phrases: ['bài học', 'kinh nghiệm', 'rút kinh nghiệm'],
		anywhere: ['bài học'],
		required: true,
	},
	{
		key: 'directions',
		heading: 'Phương hướng, nhiệm vụ, giải pháp',
		// "Phương hướng" and "Nhiệm vụ, giải pháp" (not in docs/report-format.md) cover "Phương hướng, nhiệm vụ năm 2022" and the like.
		variants: [
			'Phương hướng, nhiệm vụ thời gian tới',
			'Nhiệm vụ, giải pháp trọng tâm',
			'Phương hướng',
			'Nhiệm vụ, giải pháp',
		],
		phrases: ['phương hướng', 'nhiệm vụ', 'giải pháp', 'định hướng', 'mục tiêu, nhiệm vụ', 'kế hoạch thời gian tới'],
		anywhere: ['phương hướng', 'nhiệm vụ, giải pháp', 'nhiệm vụ trọng tâm', 'thời gian tới', 'năm tiếp theo'],
		required: true,
	},
	{
		key: 'proposals',
		heading: 'Kiến nghị, đề xuất',
		variants: ['Kiến nghị', 'Đề xuất'],
		phrases: ['kiến nghị', 'đề xuất', 'đề nghị'],
		anywhere: ['kiến nghị', 'đề xuất'],
		required: false,
	},
	{
		key: 'appendix',
		heading: 'Phụ lục',
		variants: ['Biểu số liệu', 'Bảng tổng hợp'],
		phrases: ['phụ lục', 'biểu số liệu', 'biểu tổng hợp', 'bảng số liệu'],
		anywhere: ['phụ lục'],
		required: false,
	},
] as const satisfies readonly SectionSpecOf<string>[];

/** Section keys of a review report, in canonical order: the catalog's order. */
export type SectionKey = (typeof CATALOG)[number]['key'];
export type SectionSpec = SectionSpecOf<SectionKey>;
export const SECTION_CATALOG: readonly SectionSpec[] = CATALOG;
export const SECTION_KEYS = CATALOG.map((s) => s.key) as [SectionKey, ...SectionKey[]];

/** Sections every report must have. `causes` is also present when a limitations heading names "nguyên nhân". */
export const REQUIRED_SECTIONS: readonly SectionKey[] = SECTION_CATALOG.filter((s) => s.required).map((s) => s.key);

const byKey = new Map(SECTION_CATALOG.map((s) => [s.key, s]));

/** The canonical Vietnamese heading of a section, e.g. "Bài học kinh nghiệm". */
export function canonicalHeading(key: SectionKey): string {
	return byKey.get(key)?.heading ?? key;
}
