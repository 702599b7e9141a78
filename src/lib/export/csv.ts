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

/** Reads CSV produced by toCsv (and RFC 4180 CSV generally) back into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}
