// Every measure of the Party document format (Guidance 36-HD/VPTW, Appendix 3) in one place; see docs/party-documents.md.
/** Type sizes in points. */
export const PT = {
	/** Superior and issuing body, number and symbol, date line. */
	header: 14,
	/** "ĐẢNG CỘNG SẢN VIỆT NAM". */
	motto: 15,
	/** "BÁO CÁO". */
	type: 15,
	/** The summary under the type line. */
	summary: 14,
	/** A letter's "V/v …" under its number. */
	letterSummary: 12,
	body: 14,
	/** Table cells: a size down from the body so a table of units fits the width. */
	table: 12,
	signature: 14,
	/** "Nơi nhận:" and its lines, 12 pt by common practice. */
	recipientsHeading: 12,
	recipients: 11,
	pageNumber: 14,
} as const;

export const FONT = 'Times New Roman';

/** A4 portrait, in millimetres. */
export const PAGE = { width: 210, height: 297 } as const;
/** Margins of the front side, and the page number's distance from the top edge. */
export const MARGIN = { top: 25, bottom: 25, left: 35, right: 15, pageNumber: 10 } as const;
/** Width of the text between the margins. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Header columns: the issuing body on the left, the motto and date line on the right. */
export const HEADER_COLUMNS = { left: 70, right: TEXT_WIDTH - 70 } as const;
/** First-line indent of a body paragraph. */
export const INDENT = 10;

/** Millimetres in twentieths of a point, rounded (docx's own helper rounds down, making A4 11905 × 16837 instead of 11906 × 16838). */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** docx sizes text in half-points. */
export const halfPoints = (pt: number) => pt * 2;
