import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { CampaignRecord } from '../model.ts';
import { skeletonOutline } from '../report/skeleton.ts';
import { partyHeader } from '../documents/party-format.ts';
import { DETAIL_ROWS, DETAILS_TITLE, DETAILS_VALUE_TITLE, SECTION_HINTS } from './details.ts';

// Party document layout (Guidance 36-HD/VPTW, see docs/sending.md): A4, margins 25/25/35/15 mm, Times New Roman.
const MM = 56.7; // twips per millimetre
const LAYOUT = {
	page: { width: 11906, height: 16838 },
	margin: {
		top: Math.round(25 * MM),
		bottom: Math.round(25 * MM),
		left: Math.round(35 * MM),
		right: Math.round(15 * MM),
	},
	font: 'Times New Roman',
	body: 28, // half-points: 14 pt
	title: 32,
	small: 24,
} as const;

const GREY = '666666';

const line = (
	text: string,
	options: { bold?: true; italics?: true; size?: number; color?: string } = {},
	alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER
) =>
	new Paragraph({
		alignment,
		children: [new TextRun({ text, ...options })],
	});

// The header block with blanks the clerk fills in, laid out as the office's own documents (documents/party-format.ts).
const blankPartyHeader = () =>
	partyHeader({
		superior: 'ĐẢNG BỘ …………………',
		body: 'ĐẢNG ỦY …………………',
		number: 'Số      -BC/……',
		dateLine: '……, ngày … tháng … năm 20…',
	});

function detailsTable(campaign: CampaignRecord): Table {
	const cell = (paragraph: Paragraph, width: number) =>
		new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [paragraph] });
	const left = (text: string, options: Parameters<typeof line>[1] = {}) => line(text, options, AlignmentType.LEFT);
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				children: [cell(left(DETAILS_TITLE, { bold: true }), 40), cell(left(DETAILS_VALUE_TITLE, { bold: true }), 60)],
			}),
			...DETAIL_ROWS.map(
				(row) =>
					new TableRow({
						children: [
							cell(left(row.label), 40),
							cell(
								row.key === 'campaign'
									? left(campaign.title) /* the template fills this row itself */
									: left(row.hint, { italics: true, color: GREY }),
								60
							),
						],
					})
			),
		],
	});
}

/**
 * The Word template a clerk fills in: the Party header block, the details table ingest and the send page read back
 * (its first row names the campaign, filled in here), and every required section as a Word heading (Heading 1/2) with a one-line hint under it.
 */
export async function reportTemplate(campaign: CampaignRecord): Promise<Uint8Array> {
	const summary = `kết quả ${campaign.title.charAt(0).toLocaleLowerCase('vi')}${campaign.title.slice(1)}`;
	const body = skeletonOutline().flatMap((heading) => [
		new Paragraph({
			text: heading.text,
			heading: heading.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
		}),
		...[SECTION_HINTS[heading.key]].flatMap((hint) =>
			hint ? [new Paragraph({ children: [new TextRun({ text: hint, italics: true, color: GREY })] })] : []
		),
	]);
	const doc = new Document({
		creator: campaign.monitoringOffice,
		title: `Mẫu báo cáo: ${campaign.title}`,
		styles: {
			default: {
				document: { run: { font: LAYOUT.font, size: LAYOUT.body } },
				heading1: {
					run: { font: LAYOUT.font, size: LAYOUT.body, bold: true, color: '000000' },
					paragraph: { spacing: { before: 240, after: 120 } },
				},
				heading2: {
					run: { font: LAYOUT.font, size: LAYOUT.body, bold: true, italics: true, color: '000000' },
					paragraph: { spacing: { before: 120, after: 60 } },
				},
			},
		},
		sections: [
			{
				properties: {
					titlePage: true,
					page: { size: LAYOUT.page, margin: LAYOUT.margin },
				},
				headers: {
					default: new Header({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [new TextRun({ children: [PageNumber.CURRENT] })],
							}),
						],
					}),
					first: new Header({ children: [] }),
				},
				footers: { first: new Footer({ children: [] }) },
				children: [
					blankPartyHeader(),
					line(''),
					line('BÁO CÁO', { bold: true, size: LAYOUT.title }),
					line(summary, { bold: true }),
					line(
						'Điền bảng dưới đây (thay các dòng chữ nghiêng màu xám), rồi viết báo cáo dưới từng đề mục. Không xóa bảng.',
						{ italics: true, size: LAYOUT.small, color: GREY }
					),
					detailsTable(campaign),
					line(''),
					...body,
				],
			},
		],
	});
	return fixedDates(new Uint8Array(await Packer.toArrayBuffer(doc)), `${campaign.plan.date}T00:00:00Z`);
}

// The same campaign file makes the same bytes (the build's output is compared between builds): docx stamps the
// document and each zip entry with the current time, so both are set to the plan's date.
async function fixedDates(bytes: Uint8Array, instant: string): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(bytes);
	const out = new JSZip();
	const date = new Date(instant);
	for (const [name, entry] of Object.entries(zip.files)) {
		if (entry.dir) continue;
		let content: string | Uint8Array = await entry.async('uint8array');
		if (name === 'docProps/core.xml')
			content = new TextDecoder()
				.decode(content)
				.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date.toISOString()}`);
		// Folder entries would be stamped with the current time: none are written (Word needs none).
		out.file(name, content, { date, createFolders: false });
	}
	return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
