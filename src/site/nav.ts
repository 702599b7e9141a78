/** Site routes in one place, so pages and tests build the same URLs. */
import { lessonPagePath } from '../lib/lessons/pages.ts';

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const routes = {
  home: () => base(),
  campaign: (campaign: string) => `${base()}${campaign}/`,
  tier: (campaign: string, tier: string) => `${base()}${campaign}/cap/${tier}/`,
  unit: (campaign: string, unit: string) => `${base()}${campaign}/don-vi/${unit}/`,
  compliance: (campaign: string) => `${base()}${campaign}/tien-do/`,
  lessons: (campaign: string) => `${base()}${campaign}/bai-hoc/`,
  /** One page of the lessons of a tier under a theme (`themeKey`). */
  lessonPage: (campaign: string, tier: string, theme: string, page = 1) => `${base()}${campaign}/bai-hoc/${lessonPagePath(tier, theme, page)}`,
  search: () => `${base()}tim-kiem/`,
  urging: (campaign: string) => `${base()}${campaign}/don-doc/`,
  synthesis: (campaign: string) => `${base()}${campaign}/tong-hop/`,
  /** Downloads: the compliance table, the urging list and the synthesis figures. */
  file: (campaign: string, name: 'tien-do' | 'don-doc' | 'tong-hop', ext: 'csv' | 'json') => `${base()}${campaign}/${name}.${ext}`,
  guide: () => `${base()}huong-dan/`,
  /** The page where a unit checks and sends its report, and its data and Word template. */
  send: () => `${base()}gui-bao-cao/`,
  sendData: () => `${base()}gui-bao-cao/du-lieu.json`,
  template: (campaign: string) => `${base()}${campaign}/mau-bao-cao.docx`,
};

export function campaignNav(campaign: string) {
  return [
    { href: routes.campaign(campaign), label: 'Tổng quan' },
    { href: routes.compliance(campaign), label: 'Tiến độ nộp báo cáo' },
    { href: routes.lessons(campaign), label: 'Bài học kinh nghiệm' },
    { href: routes.urging(campaign), label: 'Đôn đốc' },
    { href: routes.synthesis(campaign), label: 'Tổng hợp' },
    { href: routes.send(), label: 'Gửi báo cáo' },
    { href: routes.guide(), label: 'Hướng dẫn' },
  ];
}
