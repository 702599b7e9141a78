// Reads the site's CSV downloads back in tests; the site itself only writes CSV (src/lib/export/csv.ts).

const BOM = '\uFEFF';

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
			if (ch === '"' && input[i + 1] === '"') ((cell += '"'), i++);
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(cell), (cell = ''));
		else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && input[i + 1] === '\n') i++;
			(row.push(cell), rows.push(row), (row = []), (cell = ''));
		} else cell += ch;
	}
	if (cell !== '' || row.length) (row.push(cell), rows.push(row));
	return rows;
}
