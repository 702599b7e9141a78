/** Cleans what editors leave in a text file: a byte order mark, CRLF line endings, decomposed (NFD) letters. */
export function cleanSource(text: string): { text: string; changed: string[] } {
	const changed: string[] = [];
	let out = text;
	if (out.startsWith('\uFEFF')) {
		out = out.slice(1);
		changed.push('byte order mark');
	}
	if (out.includes('\r')) {
		out = out.replace(/\r\n?/g, '\n');
		changed.push('CRLF line endings');
	}
	const nfc = out.normalize('NFC');
	if (nfc !== out) changed.push('decomposed Unicode (saved as NFD)');
	return { text: nfc, changed };
}
