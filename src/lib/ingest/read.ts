import { problem, type Problem } from '../content/problem.ts';
import { DocxReadError, docxToMarkdown } from './docx.ts';
import { promoteBoldHeadingLines } from '../report/bold-headings.ts';
import { parseBody } from '../report/parse.ts';
import { convertLegacy, detectLegacyEncoding, latin1View, type LegacyEncoding } from './legacy-encoding.ts';
import { InvalidUtf8Error, normalizeText } from './text.ts';
import { suspiciousCharacters } from './suspicious-characters.ts';
import { MAX_DOCX_UNPACKED_BYTES, ZipTooLargeError, unpackedSize } from './zip-size.ts';

export const REPORT_EXTENSIONS = ['.md', '.mdx', '.docx'] as const;

/** Why a file cannot be read as a report at all, before its contents are checked. */
export type ReadRefusal = { kind: 'unsupported' | 'unreadable' | 'legacy-encoding' | 'too-large'; problems: Problem[] };

export interface ReadReport {
	/** Clean text: UTF-8, NFC, LF. For a Word file, the Markdown made from it. */
	text: string;
	/** True when the text was made from a Word file (its lines are lines of the converted text). */
	converted: boolean;
	/** What was changed on the way, in plain English. */
	notes: string[];
	warnings: Problem[];
}

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
	tcvn3: 'TCVN3 (ABC)',
	vni: 'VNI',
	'windows-1258': 'Windows-1258',
};

const OTHER_FORMATS: Record<string, string> = {
	'.doc':
		'đây là tệp Word kiểu cũ (.doc); mở bằng Word, chọn Lưu thành "Word Document (.docx)" rồi gửi tệp .docx (this is an old Word file (.doc); save it as .docx)',
	'.pdf':
		'tệp PDF không chuyển lại thành báo cáo chính xác được; hãy gửi tệp Word (.docx) của báo cáo (a PDF cannot be turned back into a report reliably; send the .docx)',
	'.odt': 'mở tệp bằng LibreOffice, chọn Lưu thành "Word 2007-365 (.docx)" rồi gửi tệp .docx (save it as .docx)',
	'.rtf': 'mở tệp bằng Word, chọn Lưu thành "Word Document (.docx)" rồi gửi tệp .docx (save it as .docx)',
	'.txt':
		'đổi đuôi tệp văn bản thành .md sau khi kiểm tra tệp bắt đầu bằng phần thông tin giữa hai dòng "---" (rename a plain-text report to .md)',
};

const MAX_WARNED_CHARACTERS = 5;

// path.extname's rule without node:path, so the browser reads files with the same code: ".docx", and "" for ".hidden".
const extname = (name: string) => /[^/\\]\.[^./\\]*$/.exec(name)?.[0].slice(1) ?? '';

/** Reads one report file: Word converted to Markdown, text decoded strictly; legacy Vietnamese encodings converted only when certain. */
export async function readReport(label: string, bytes: Uint8Array): Promise<ReadReport | ReadRefusal> {
	const whole = (kind: ReadRefusal['kind'], message: string, line = 0): ReadRefusal => ({
		kind,
		problems: [problem(label, message, { line, column: line ? 1 : 0 })],
	});
	const extension = extname(label).toLowerCase();
	if (!(REPORT_EXTENSIONS as readonly string[]).includes(extension))
		return whole(
			'unsupported',
			`${OTHER_FORMATS[extension] ?? 'chỉ nhận tệp Word (.docx) hoặc Markdown (.md, .mdx); hãy lưu báo cáo thành tệp Word .docx rồi gửi lại (only Word (.docx) and Markdown (.md, .mdx) files can be ingested)'}`
		);

	const notes: string[] = [];
	let text: string;
	if (extension === '.docx') {
		try {
			unpackedSize(bytes);
		} catch (error) {
			if (!(error instanceof ZipTooLargeError)) throw error;
			return whole(
				'too-large',
				`tệp Word giải nén ra quá ${MAX_DOCX_UNPACKED_BYTES / 1_000_000} MB (${error.message}); mở tệp trong Word, xóa ảnh và đối tượng nhúng, lưu lại rồi gửi lại (the Word file unpacks to more than ${MAX_DOCX_UNPACKED_BYTES} bytes; it was not converted)`
			);
		}
		try {
			const conversion = await docxToMarkdown(bytes);
			text = conversion.markdown;
			notes.push('đã chuyển từ Word sang văn bản Markdown (converted from Word to Markdown)', ...conversion.warnings);
		} catch (error) {
			if (error instanceof DocxReadError) return whole('unreadable', error.message);
			throw error;
		}
	} else {
		try {
			const normalized = normalizeText(bytes);
			text = normalized.text;
			notes.push(...normalized.changes);
		} catch (error) {
			if (!(error instanceof InvalidUtf8Error)) throw error;
			const legacy = detectLegacyEncoding(bytes);
			if (!legacy) return whole('unreadable', error.message, error.line);
			if (legacy.confidence !== 'certain') return legacyRefusal(label, legacy.encoding, latin1View(bytes));
			text = normalizeText(convertLegacy(bytes, legacy.encoding)).text;
			notes.push(
				`đã chuyển từ bảng mã cũ ${ENCODING_NAMES[legacy.encoding]} sang Unicode; hãy đọc lại văn bản (converted from the old ${ENCODING_NAMES[legacy.encoding]} encoding to Unicode; check the text)`
			);
		}
	}
	// Text typed in a legacy font is valid Unicode of the wrong letters (".VnTime" in Word): same check, on characters.
	const legacy = detectLegacyEncoding(text);
	if (legacy && legacy.confidence !== 'certain') return legacyRefusal(label, legacy.encoding, text);
	if (legacy) {
		text = convertLegacy(text, legacy.encoding);
		notes.push(
			`đã chuyển chữ gõ bằng phông cũ ${ENCODING_NAMES[legacy.encoding]} sang Unicode; hãy đọc lại văn bản (converted text typed in an old ${ENCODING_NAMES[legacy.encoding]} font to Unicode; check the text)`
		);
		// Its bold headings could not be recognised before the conversion: they are promoted now.
		const parsed = extension === '.docx' ? parseBody(text) : null;
		if (parsed && !('error' in parsed)) text = promoteBoldHeadingLines(text, parsed.tree);
	}
	const odd = suspiciousCharacters(text);
	const warnings: Problem[] = odd
		.slice(0, MAX_WARNED_CHARACTERS)
		.map((c) =>
			problem(
				label,
				`ký tự lạ "${c.char}" (U+${(c.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}): có thể do bảng mã cũ hoặc chép từ PDF; hãy xem lại chữ này (unusual character: damage from an old encoding or a PDF copy? Check the word)`,
				{ line: c.line, column: c.column, field: 'body', severity: 'warning' }
			)
		);
	if (odd.length > MAX_WARNED_CHARACTERS)
		warnings.push(
			problem(
				label,
				`còn ${odd.length - MAX_WARNED_CHARACTERS} ký tự lạ khác; hãy đọc lại văn bản (${odd.length - MAX_WARNED_CHARACTERS} more unusual characters)`,
				{ field: 'body', severity: 'warning' }
			)
		);
	return { text, converted: extension === '.docx', notes, warnings };
}

// Points at the first damaged-looking line, quoting it as written and as it would read, so a person can recognise it.
function legacyRefusal(label: string, guess: LegacyEncoding, view: string): ReadRefusal {
	const line = suspiciousCharacters(view)[0]?.line ?? 0;
	const cut = (s: string) => (Array.from(s).length > 60 ? `${Array.from(s).slice(0, 60).join('')}…` : s);
	const written = line ? (view.split(/\r\n?|\n/)[line - 1] ?? '').trim() : '';
	// Correct Unicode words elsewhere in the file blur the guess; the damaged line alone tells its encoding better.
	const encoding = (written && detectLegacyEncoding(written)?.encoding) || guess;
	const name = ENCODING_NAMES[encoding];
	const quote = written ? `: "${cut(written)}" would read "${cut(convertLegacy(written, encoding).trim())}"` : '';
	const quoteOf = () => `${cut(written)}" sẽ đọc là "${cut(convertLegacy(written, encoding).trim())}`;
	return {
		kind: 'legacy-encoding',
		problems: [
			problem(
				label,
				`văn bản có vẻ gõ bằng bảng mã cũ ${name}${quote ? `: "${quoteOf()}"` : ''}. Hãy chuyển sang Unicode (Unikey: "Công cụ chuyển mã", từ ${name} sang Unicode) hoặc gõ lại bằng phông Unicode như Times New Roman, rồi gửi lại ` +
					`(the text seems to be typed in the old ${name} encoding${quote}; convert it to Unicode)`,
				{ line, column: line ? 1 : 0 }
			),
		],
	};
}

/** Whether a read ended in a refusal. */
export const isRefusal = (read: ReadReport | ReadRefusal): read is ReadRefusal => 'kind' in read;
