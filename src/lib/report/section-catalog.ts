// The body sections of a review report as data (domain.md §3.2). Recognition rules live in sections.ts.
import type { SectionKey } from '../model.ts';

export interface SectionSpec {
  key: SectionKey;
  /** Canonical Vietnamese heading, used in skeletons and navigation. */
  heading: string;
  /** Other headings units write for it. Matched as prefixes, ignoring case, numbering and punctuation. */
  variants: readonly string[];
  /** Phrases that mark a results subsection anywhere in a heading after "ở", "trong", "tại", "đối với" or "khối". */
  places?: readonly string[];
  required: boolean;
}

export const SECTION_CATALOG: readonly SectionSpec[] = [
  { key: 'context', heading: 'Đặc điểm tình hình', variants: ['Đặc điểm, tình hình', 'Khái quát tình hình'], required: false },
  {
    key: 'leadership',
    heading: 'Công tác lãnh đạo, chỉ đạo',
    // "Lãnh đạo, chỉ đạo" is not in domain.md: the same heading without "Công tác".
    variants: ['Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện', 'Công tác quán triệt, triển khai', 'Việc tổ chức quán triệt, triển khai thực hiện', 'Lãnh đạo, chỉ đạo'],
    required: true,
  },
  {
    key: 'results',
    heading: 'Kết quả thực hiện',
    // A bare "Kết quả" is not in domain.md; longer variants (e.g. achievements' "Kết quả nổi bật") still win.
    variants: ['Kết quả xây dựng và thực hiện quy chế dân chủ', 'Kết quả đạt được', 'Kết quả'],
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
  { key: 'assessment', heading: 'Đánh giá chung', variants: ['Đánh giá chung, nhận xét'], required: false },
  { key: 'achievements', heading: 'Ưu điểm', variants: ['Kết quả nổi bật', 'Những kết quả đạt được'], required: true },
  {
    key: 'limitations',
    heading: 'Hạn chế',
    variants: ['Hạn chế, khuyết điểm', 'Tồn tại, hạn chế', 'Hạn chế, yếu kém', 'Khó khăn, vướng mắc'],
    required: true,
  },
  {
    key: 'causes',
    heading: 'Nguyên nhân',
    variants: ['Nguyên nhân của hạn chế', 'Nguyên nhân khách quan', 'Nguyên nhân chủ quan'],
    required: true,
  },
  { key: 'lessons', heading: 'Bài học kinh nghiệm', variants: ['Một số bài học kinh nghiệm', 'Kinh nghiệm'], required: true },
  {
    key: 'directions',
    heading: 'Phương hướng, nhiệm vụ, giải pháp',
    // "Phương hướng" and "Nhiệm vụ, giải pháp" (not in domain.md) cover "Phương hướng, nhiệm vụ năm 2022" and the like.
    variants: ['Phương hướng, nhiệm vụ thời gian tới', 'Nhiệm vụ, giải pháp trọng tâm', 'Phương hướng', 'Nhiệm vụ, giải pháp'],
    required: true,
  },
  { key: 'proposals', heading: 'Kiến nghị, đề xuất', variants: ['Kiến nghị', 'Đề xuất'], required: false },
  { key: 'appendix', heading: 'Phụ lục', variants: ['Biểu số liệu', 'Bảng tổng hợp'], required: false },
];

/** Sections every report must have. `causes` is also present when a limitations heading names "nguyên nhân". */
export const REQUIRED_SECTIONS: readonly SectionKey[] = SECTION_CATALOG.filter((s) => s.required).map((s) => s.key);

const byKey = new Map(SECTION_CATALOG.map((s) => [s.key, s]));

/** The canonical Vietnamese heading of a section, e.g. "Bài học kinh nghiệm". */
export function canonicalHeading(key: SectionKey): string {
  return byKey.get(key)?.heading ?? key;
}
