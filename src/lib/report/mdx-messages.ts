// The MDX parser's errors in Vietnamese first, by the rule that failed (its `source` and `ruleId`), saying what to write.

/** What the MDX parser (micromark, mdast-util-mdx-jsx) throws: a vfile message. */
export interface MdxParseFailure {
	reason?: string;
	message: string;
	source?: string;
	ruleId?: string;
}

const BY_SOURCE: Readonly<Record<string, string>> = {
	'micromark-extension-mdx-jsx':
		'dấu “<” ở đây được hiểu là mở một thẻ mã (HTML/JSX) nhưng không đọc được; báo cáo không dùng thẻ mã. Nếu “<” là chữ thường (như “< 5”), hãy viết \\<; nếu là thẻ, hãy xóa thẻ',
	'mdast-util-mdx-jsx':
		'có thẻ mã (HTML/JSX) mở mà không đóng đúng chỗ; báo cáo không dùng thẻ mã: hãy xóa thẻ, hoặc viết \\< nếu dấu “<” là chữ thường',
	'micromark-extension-mdx-expression':
		'dấu ngoặc nhọn “{” ở đây được hiểu là mở một đoạn mã nhưng không đọc được; báo cáo không chứa mã. Nếu “{” là chữ thường, hãy viết \\{ và \\}',
	'micromark-extension-mdxjs-esm':
		'dòng bắt đầu bằng “import” hoặc “export” được hiểu là mã; báo cáo không chứa mã. Hãy viết lại đầu dòng (thêm một chữ khác phía trước)',
};
const GENERIC =
	'văn bản có chỗ không đọc được theo cú pháp Markdown; dấu “<” hoặc “{” trong chữ thường phải viết \\< hoặc \\{';

/** Positions inside the parser's own words ("(4:1-4:6)") are lines of the body: moved to lines of the file. */
const shiftPositions = (text: string, lineOffset: number) =>
	text.replace(/\b(\d+):(\d+)\b/g, (_, line: string, column: string) => `${Number(line) + lineOffset}:${column}`);

/** "What is wrong and what to do (the parser's words, with file positions)". */
export function mdxErrorMessage(error: MdxParseFailure, lineOffset: number): string {
	const source = error.source?.split(':')[0] ?? '';
	const english = shiftPositions((error.reason ?? error.message).split('\n')[0]!.slice(0, 300), lineOffset);
	return `${BY_SOURCE[source] ?? GENERIC} (the text cannot be read as Markdown/MDX: ${english})`;
}

/** An error without a place of its own (an unclosed tag at the end) is placed at the opening position its words name. */
export function namedPosition(error: MdxParseFailure): { line: number; column: number } | null {
	const match = /\((\d+):(\d+)/.exec(error.reason ?? error.message);
	return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}
