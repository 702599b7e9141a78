// The office's documents of one campaign, from the figures the pages show: the urging letters and the synthesis report.
import { Packer, type Document } from 'docx';
import type { CalendarDate } from '../schema/calendar-date.ts';
import type { CampaignFigures } from '../synthesis/campaign-figures.ts';
import { urgingLetterDocument, urgingLetters } from './urging-letters.ts';
import { SYNTHESIS_REPORT, synthesisReportDocument } from './synthesis-report.ts';

export interface OfficeDocument {
  /** File name without ".docx". */
  name: string;
  /** What a reader sees in a list of links: "Công văn đôn đốc gửi Huyện ủy Thạch Lộc". */
  title: string;
  kind: 'urging' | 'synthesis';
  /** Builds the document; a page that only links to it never does. */
  build: () => Document;
}

/** The synthesis report first, then the letters in the urging list's order; none when the campaign has no `office:`. */
export function officeDocuments(figures: CampaignFigures, options: { replyBy?: CalendarDate | undefined } = {}): OfficeDocument[] {
  const { campaign, units, rows, urging, synthesis } = figures;
  const office = campaign.office;
  if (!office) return [];
  const letters = urgingLetters(office, urging, synthesis.asOf, options.replyBy);
  return [
    { name: SYNTHESIS_REPORT, title: 'Dự thảo báo cáo tổng hợp kết quả sơ kết', kind: 'synthesis', build: () => synthesisReportDocument({ campaign, office, units, rows, synthesis }) },
    ...letters.map((letter) => ({
      name: letter.name,
      title: letter.followUp ? `Công văn đôn đốc gửi ${letter.followUp.name}` : `Công văn đôn đốc gửi ${letter.to.length} đơn vị trực thuộc`,
      kind: 'urging' as const,
      build: () => urgingLetterDocument(campaign, office, letter),
    })),
  ];
}

/** The .docx file's bytes. */
export const docxBytes = async (document: Document): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await Packer.pack(document, 'arraybuffer'));

