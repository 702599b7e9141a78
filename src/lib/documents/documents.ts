// The office's documents of one campaign, from the figures the pages show: the urging letters and the synthesis report.
import { Packer, type Document } from 'docx';
import type { CampaignRecord, Review, Unit } from '../model.ts';
import type { CalendarDate } from '../schema/calendar-date.ts';
import { unitCompliance, type ComplianceRow } from '../compliance/compliance.ts';
import { urgingList, type UrgingGroup } from '../compliance/urging.ts';
import { synthesize, type Synthesis } from '../synthesis/synthesis.ts';
import { urgingLetterDocument, urgingLetters } from './urging-letters.ts';
import { SYNTHESIS_REPORT, synthesisReportDocument } from './synthesis-report.ts';

/** What the pages of a campaign are built from (the site's CampaignView has all of it). */
export interface CampaignFigures {
  campaign: CampaignRecord;
  units: readonly Unit[];
  rows: readonly ComplianceRow[];
  urging: readonly UrgingGroup[];
  synthesis: Synthesis;
}

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
export const docxBytes = (document: Document): Promise<Uint8Array> => Packer.pack(document, 'uint8array');

/** The figures of one campaign as of a day, computed as the site's pages compute them (src/site/data.ts). */
export function campaignFigures(campaign: CampaignRecord, units: readonly Unit[], reviews: readonly Review[], asOf: CalendarDate): CampaignFigures {
  const own = units.filter((u) => u.campaign === campaign.id);
  const rows = unitCompliance(campaign, own, reviews.filter((r) => r.campaign === campaign.id), asOf);
  return { campaign, units: own, rows, urging: urgingList(rows, own), synthesis: synthesize(campaign, own, rows, asOf) };
}
