// The parts every Party document shares (docs/party-documents.md): header block, type and summary, body paragraphs,
// tables, signature block with "Nơi nhận:", A4 page with the page number from page 2. Measures live in layout.ts.
import {
	AlignmentType,
	Document,
	Header,
	HighlightColor,
	PageNumber,
	Paragraph,
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlignTable,
	WidthType,
	type ISectionOptions,
} from 'docx';
import type { Office } from '../schema/campaign.ts';
import type { CalendarDate } from '../schema/calendar-date.ts';
import { placeAndDate } from './dates.ts';
import { FONT, HEADER_COLUMNS, INDENT, MARGIN, PAGE, PT, TEXT_WIDTH, halfPoints, twip } from './layout.ts';

export interface RunStyle {
	size?: number;
	bold?: boolean;
	italics?: boolean;
	underline?: boolean;
	/** Text the office must replace, marked so it cannot be missed. */
	placeholder?: boolean;
}

export const run = (text: string, style: RunStyle = {}) =>
	new TextRun({
		text,
		font: FONT,
		size: halfPoints(style.size ?? PT.body),
		...(style.bold && { bold: true }),
		...(style.italics && { italics: true }),
		...(style.underline && { underline: {} }),
		...(style.placeholder && { highlight: HighlightColor.YELLOW }),
	});

const upper = (text: string) => text.toLocaleUpperCase('vi');

interface LineOptions extends RunStyle {
	align?: 'center' | 'left' | 'right' | 'justify';
	/** Space before, in points. */
	before?: number;
	after?: number;
	indent?: boolean;
	keepNext?: boolean;
	pageBreakBefore?: boolean;
}

const ALIGN = {
	center: AlignmentType.CENTER,
	left: AlignmentType.LEFT,
	right: AlignmentType.RIGHT,
	justify: AlignmentType.JUSTIFIED,
} as const;

/** One paragraph of runs (or one run of text in the paragraph's style). */
export function line(content: string | TextRun[], options: LineOptions = {}) {
	return new Paragraph({
		children: typeof content === 'string' ? [run(content, options)] : content,
		alignment: ALIGN[options.align ?? 'left'],
		spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 0) * 20 },
		...(options.indent && { indent: { firstLine: twip(INDENT) } }),
		...(options.keepNext && { keepNext: true }),
		keepLines: true,
		...(options.pageBreakBefore && { pageBreakBefore: true }),
	});
}

/** A body paragraph: 14 pt, justified, first-line indent; `keepNext` for the last one, so the signature never stands alone. */
export const paragraph = (content: string | TextRun[], options: { keepNext?: boolean } = {}) =>
	line(content, { align: 'justify', indent: true, before: 6, ...options });

/** The heading of a part ("I. TÌNH HÌNH …") or of a point ("1. …"), kept with what follows it. */
export const heading = (text: string) =>
	line(text, { bold: true, align: 'justify', indent: true, before: 6, keepNext: true });

/** Words the office writes itself, shown as a marked placeholder: "[Ban Dân vận bổ sung: …]". */
export const placeholder = (text: string) => paragraph([run(`[${text}]`, { italics: true, placeholder: true })]);

/** Number and symbol, Party style: "Số 45-CV/BDVTU"; the number a blank to fill in by hand when not given. */
export const documentNumber = (office: Office, typeCode: string, number: string | undefined) =>
	`Số ${number ?? '      '}-${typeCode}/${office.code}`;

const cell = (children: Paragraph[], widthMm: number, options: { borders?: boolean; shade?: boolean } = {}) =>
	new TableCell({
		children,
		width: { size: twip(widthMm), type: WidthType.DXA },
		...(options.borders === false && { borders: TableBorders.NONE }),
		verticalAlign: VerticalAlignTable.TOP,
		...(options.shade && { shading: { fill: 'EDEDED' } }),
	});

/** Two borderless columns side by side, as the header and the signature block are laid out. */
function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number]) {
	return new Table({
		rows: [
			new TableRow({
				children: [cell(left, widths[0], { borders: false }), cell(right, widths[1], { borders: false })],
				cantSplit: true,
			}),
		],
		width: { size: twip(widths[0] + widths[1]), type: WidthType.DXA },
		columnWidths: widths.map(twip),
		layout: TableLayoutType.FIXED,
		borders: TableBorders.NONE,
	});
}

export interface HeaderOptions {
	/** Type code of the number: "CV" for a letter, "BC" for a report. */
	typeCode: string;
	number: string | undefined;
	date: CalendarDate;
	/** A letter's one-line summary ("V/v …"), printed under its number. */
	letterSummary?: string;
}

/** The words of a header block, as printed: filled in from the office, or blanks on the clerks' Word template. */
export interface HeaderWords {
	superior: string;
	body: string;
	/** "Số 45-CV/BDVTU". */
	number: string;
	/** "Thanh Hóa, ngày 20 tháng 5 năm 2021". */
	dateLine: string;
	/** A letter's one-line summary ("V/v …"), printed under its number. */
	letterSummary?: string | undefined;
}

/**
 * The header block of every Party document (the office's and the clerks' template alike): superior and issuing body,
 * "*", number and symbol on the left; the motto and date line on the right.
 */
export function partyHeader(words: HeaderWords) {
	const centred = (text: string, style: RunStyle = {}) => line(text, { align: 'center', size: PT.header, ...style });
	const left = [
		centred(words.superior),
		centred(words.body, { bold: true }),
		centred('*'),
		centred(words.number),
		...(words.letterSummary
			? [line(words.letterSummary, { align: 'center', size: PT.letterSummary, italics: true, before: 3 })]
			: []),
	];
	const right = [
		// The rule under the motto is an underline: exactly as long as the words.
		line('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', size: PT.motto, bold: true, underline: true }),
		line(words.dateLine, { align: 'center', size: PT.header, italics: true, before: 18 }),
	];
	return twoColumns(left, right, [HEADER_COLUMNS.left, HEADER_COLUMNS.right]);
}

/** The office's header block, filled in from the campaign file. */
export const headerBlock = (office: Office, options: HeaderOptions) =>
	partyHeader({
		superior: upper(office.superior),
		body: upper(office.name),
		number: documentNumber(office, options.typeCode, options.number),
		dateLine: placeAndDate(office.place, options.date),
		letterSummary: options.letterSummary,
	});

/** The type of document and its summary, centred under the header ("BÁO CÁO" / "kết quả sơ kết …"). */
export const titleBlock = (type: string, summary: string) => [
	line(upper(type), { align: 'center', size: PT.type, bold: true, before: 18 }),
	line(summary, { align: 'center', size: PT.summary, bold: true, after: 12 }),
];

/** The signature block on the right, "Nơi nhận:" on the left at the same height. */
export function signatureBlock(office: Office, recipients: readonly string[]) {
	const lines = [...recipients, office.archive];
	const left = [
		line('Nơi nhận:', { size: PT.recipientsHeading, bold: true, italics: true }),
		...lines.map((r, i) => line(`- ${r}${i === lines.length - 1 ? '.' : ','}`, { size: PT.recipients })),
	];
	const right = [
		...office.signer.authority.map((a) => line(upper(a), { align: 'center', size: PT.signature, bold: true })),
		// Room for the signature and the seal.
		...[0, 1, 2, 3].map(() => line('', { size: PT.signature })),
		line(office.signer.name, { align: 'center', size: PT.signature, bold: true }),
	];
	return [line('', { before: 6, keepNext: true }), twoColumns(left, right, [TEXT_WIDTH / 2, TEXT_WIDTH / 2])];
}

export interface Column {
	head: string;
	/** Width in millimetres; the widths of a table add up to the text width. */
	width: number;
	numeric?: boolean;
}

/** A bordered table of figures or units, its head row repeated on every page and no row split across pages. */
export function dataTable(
	columns: readonly Column[],
	rows: readonly (readonly string[])[],
	options: { foot?: readonly string[] } = {}
) {
	const row = (cells: readonly string[], style: { head?: boolean; bold?: boolean }) =>
		new TableRow({
			...(style.head && { tableHeader: true }),
			cantSplit: true,
			// A line break in a cell's text starts a new paragraph of the cell.
			children: columns.map((c, i) =>
				cell(
					(cells[i] ?? '').split('\n').map((text) =>
						line(text, {
							size: PT.table,
							bold: !!(style.head || style.bold),
							align: style.head ? 'center' : c.numeric ? 'right' : 'left',
						})
					),
					c.width,
					{ shade: !!style.head }
				)
			),
		});
	return new Table({
		rows: [
			row(
				columns.map((c) => c.head),
				{ head: true }
			),
			...rows.map((r) => row(r, {})),
			...(options.foot ? [row(options.foot, { bold: true })] : []),
		],
		width: { size: twip(columns.reduce((w, c) => w + c.width, 0)), type: WidthType.DXA },
		columnWidths: columns.map((c) => twip(c.width)),
		layout: TableLayoutType.FIXED,
	});
}

/** The page: A4, the format's margins, the page number centred at the top from page 2 on. */
export function partySection(children: ISectionOptions['children']): ISectionOptions {
	return {
		properties: {
			titlePage: true,
			page: {
				size: { width: twip(PAGE.width), height: twip(PAGE.height) },
				margin: {
					top: twip(MARGIN.top),
					bottom: twip(MARGIN.bottom),
					left: twip(MARGIN.left),
					right: twip(MARGIN.right),
					header: twip(MARGIN.pageNumber),
					footer: twip(MARGIN.pageNumber),
				},
			},
		},
		headers: {
			default: new Header({
				children: [
					new Paragraph({
						alignment: AlignmentType.CENTER,
						children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(PT.pageNumber) })],
					}),
				],
			}),
			first: new Header({ children: [new Paragraph({ children: [] })] }),
		},
		children,
	};
}

/** A Word document in the format: Times New Roman, Vietnamese, metadata naming the office rather than a program. */
export function partyDocument(office: Office, title: string, section: ISectionOptions) {
	const author = `${office.name} ${office.superior}`;
	return new Document({
		creator: author,
		lastModifiedBy: author,
		title,
		description: title,
		styles: { default: { document: { run: { font: FONT, size: halfPoints(PT.body), language: { value: 'vi-VN' } } } } },
		sections: [section],
	});
}
