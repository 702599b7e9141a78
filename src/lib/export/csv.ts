/** A spreadsheet cell: text or a number; absent values become empty cells. */
export type Cell = string | number | undefined | null;

// Excel opens a UTF-8 file as Vietnamese text only when it starts with a byte order mark.
const BOM = '\uFEFF';

/** Quotes a cell when it holds a comma, a quote, a line break or leading/trailing spaces (RFC 4180). */
export function csvCell(value: Cell): string {
	if (value === undefined || value === null) return '';
	const text = typeof value === 'number' ? String(value) : value.normalize('NFC');
	// A cell starting with = + - @ would run as a formula in a spreadsheet; a leading apostrophe keeps it text.
	const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: header row, data rows, CRLF line ends, UTF-8 byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
