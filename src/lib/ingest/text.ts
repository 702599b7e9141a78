/** Thrown when a file's bytes are not valid UTF-8; says where, so a person can find the damage. */
export class InvalidUtf8Error extends Error {
	/** 0-based byte offset of the first byte that is not part of a valid UTF-8 sequence. */
	readonly offset: number;
	/** 1-based line of that byte. */
	readonly line: number;
	constructor(offset: number, line: number) {
		super(
			`tệp không phải văn bản Unicode (UTF-8), lỗi đầu tiên ở dòng ${line}; có thể gõ bằng bảng mã cũ (TCVN3/ABC, VNI, Windows-1258): hãy lưu lại dạng UTF-8 hoặc gửi tệp Word ` +
				`(the file is not valid UTF-8 (first bad byte at line ${line}, byte offset ${offset}); save it again as UTF-8, or as a Word document)`
		);
		this.name = 'InvalidUtf8Error';
		this.offset = offset;
		this.line = line;
	}
}

/** Decodes UTF-8 and refuses invalid bytes instead of silently turning them into U+FFFD. */
export function decodeUtf8Strict(buf: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
	} catch {
		const offset = firstInvalidUtf8(buf);
		let line = 1;
		for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
		throw new InvalidUtf8Error(offset, line);
	}
}

// Byte-level scan (WHATWG UTF-8 rules) to name the first bad byte; only runs after the fast decoder failed.
function firstInvalidUtf8(b: Uint8Array): number {
	let i = 0;
	while (i < b.length) {
		const c = b[i] ?? 0;
		if (c < 0x80) {
			i++;
			continue;
		}
		const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
		if (n === 0) return i;
		const lower = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
		const upper = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
		for (let k = 1; k <= n; k++) {
			const next = b[i + k];
			if (next === undefined || next < (k === 1 ? lower : 0x80) || next > (k === 1 ? upper : 0xbf)) return i;
		}
		i += n + 1;
	}
	return b.length;
}

export interface NormalizedText {
	text: string;
	/** What was changed, in plain English, for the person who sent the file. */
	changes: string[];
}

/**
 * Turns a file's bytes (or text) into clean text: byte order marks (UTF-8, UTF-16 LE/BE) handled,
 * line endings LF, letters in NFC. Bytes without a UTF-16 BOM must be valid UTF-8 (else InvalidUtf8Error).
 */
export function normalizeText(input: Uint8Array | string): NormalizedText {
	const changes: string[] = [];
	let text: string;
	if (typeof input === 'string') {
		text = input;
	} else if (input[0] === 0xff && input[1] === 0xfe) {
		text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(input.subarray(2));
		changes.push(
			'đã bỏ dấu BOM (removed a byte order mark)',
			'đã đổi UTF-16 LE sang UTF-8 (decoded UTF-16 LE text to UTF-8)'
		);
	} else if (input[0] === 0xfe && input[1] === 0xff) {
		text = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }).decode(input.subarray(2));
		changes.push(
			'đã bỏ dấu BOM (removed a byte order mark)',
			'đã đổi UTF-16 BE sang UTF-8 (decoded UTF-16 BE text to UTF-8)'
		);
	} else {
		text = decodeUtf8Strict(input);
	}
	if (text.startsWith('\uFEFF')) {
		text = text.slice(1);
		changes.push('đã bỏ dấu BOM (removed a byte order mark)');
	}
	if (text.includes('\r\n')) changes.push('đã đổi kiểu xuống dòng CRLF sang LF (converted CRLF line endings to LF)');
	if (/\r(?!\n)/.test(text)) changes.push('đã đổi kiểu xuống dòng CR sang LF (converted CR line endings to LF)');
	text = text.replace(/\r\n?/g, '\n');
	const nfc = text.normalize('NFC');
	if (nfc !== text) changes.push('đã chuẩn hóa dấu tiếng Việt về dạng dựng sẵn NFC (normalised to NFC)');
	return { text: nfc, changes };
}
