// The office's documents of one campaign, from the figures the pages show: the urging letters and the synthesis report.
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
	/** The .docx file, the same bytes for the same figures on every build. */
	bytes: () => Promise<Uint8Array<ArrayBuffer>>;
}

/** The synthesis report first, then the letters in the urging list's order; none when the campaign has no `office:`. */
export function officeDocuments(
	figures: CampaignFigures,
	options: { replyBy?: CalendarDate | undefined } = {}
): OfficeDocument[] {
	const { campaign, units, rows, urging, synthesis } = figures;
	const office = campaign.office;
	if (!office) return [];
	const letters = urgingLetters(office, urging, synthesis.asOf, options.replyBy);
	const entry = (doc: Omit<OfficeDocument, 'bytes'>): OfficeDocument => ({
		...doc,
		bytes: () => docxBytes(doc.build(), synthesis.asOf),
	});
	return [
		entry({
			name: SYNTHESIS_REPORT,
			title: 'Dự thảo báo cáo tổng hợp kết quả sơ kết',
			kind: 'synthesis',
			build: () => synthesisReportDocument({ campaign, office, units, rows, synthesis }),
		}),
		...letters.map((letter) =>
			entry({
				name: letter.name,
				title: letter.followUp
					? `Công văn đôn đốc gửi ${letter.followUp.name}`
					: `Công văn đôn đốc gửi ${letter.to.length} đơn vị trực thuộc`,
				kind: 'urging',
				build: () => urgingLetterDocument(campaign, office, letter),
			})
		),
	];
}

/**
 * The .docx file's bytes, dated `date`: docx stamps the document's properties and every file of the archive with the
 * moment it runs, so the same figures would give different files on every build (and a kept output folder would
 * never match a fresh one). The archive is written again with the document's own date instead.
 */
export async function docxBytes(document: Document, date: CalendarDate): Promise<Uint8Array<ArrayBuffer>> {
	const files = unzipSync(new Uint8Array(await Packer.pack(document, 'arraybuffer')));
	const stamp = `${date}T00:00:00Z`;
	const core = files['docProps/core.xml'];
	if (core)
		files['docProps/core.xml'] = strToU8(
			strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`)
		);
	return zipSync(files, { mtime: new Date(stamp) }) as Uint8Array<ArrayBuffer>;
}
