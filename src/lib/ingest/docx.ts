import mammoth from 'mammoth';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Options as StringifyOptions } from 'remark-stringify';
import { visit, SKIP } from 'unist-util-visit';
import { promoteBoldHeadings } from '../report/bold-headings.ts';

// Word's built-in heading styles are mapped by mammoth already; "Title" is not, and reports often use it.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

// In MDX, "{" starts an expression and "<" a JSX tag; "}" and ">" are escaped too so no brace or angle is ever bare.
const MDX_UNSAFE: NonNullable<StringifyOptions['unsafe']> = ['{', '}', '<', '>'].flatMap((character) => [
	{ character, inConstruct: 'phrasing' as const },
	{ character, atBreak: true },
]);

/** The bytes are not a Word document that can be read (not a .docx, damaged, or an old binary .doc). */
export class DocxReadError extends Error {
	constructor(reason: string) {
		super(
			`không đọc được tệp như một văn bản Word (.docx); hãy mở tệp bằng Word, chọn Lưu thành "Word Document (.docx)" rồi gửi lại (the file cannot be read as a Word document (.docx): ${reason.slice(0, 200)})`
		);
		this.name = 'DocxReadError';
	}
}

/** A Word document converted to Markdown that is safe to store as an MDX report body. */
export interface DocxConversion {
	markdown: string;
	/** What was dropped or could not be converted, in plain English. */
	warnings: string[];
}

/** Converts a .docx file to GFM Markdown: headings, bold, lists and tables kept; images dropped with a warning. */
export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxConversion> {
	const warnings: string[] = [];
	const result = await mammoth
		.convertToHtml(
			// Node's mammoth reads `buffer`, its browser build `arrayBuffer`; both hand the bytes to the same unzip.
			{ buffer: bytes as Buffer, arrayBuffer: bytes as unknown as ArrayBuffer },
			{
				styleMap: STYLE_MAP,
				externalFileAccess: false,
				// Never read image bytes: reports carry no embedded images (no data: URIs).
				convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
			}
		)
		.catch((error: unknown) => {
			throw new DocxReadError(error instanceof Error ? error.message : String(error));
		});
	for (const message of result.messages)
		warnings.push(
			`khi chuyển từ Word: ${message.message.slice(0, 200)}; hãy xem lại đoạn đó trong bản xem trước (Word conversion)`
		);

	const processor = unified()
		.use(rehypeParse, { fragment: true })
		.use(dropImages, warnings)
		.use(firstRowAsHeader)
		.use(flattenCells)
		.use(rehypeRemark)
		.use(remarkGfm)
		.use(remarkStringify, {
			bullet: '-',
			listItemIndent: 'one',
			emphasis: '_',
			strong: '*',
			fences: true,
			resourceLink: true, // "<https://…>" autolinks are JSX in MDX
			unsafe: MDX_UNSAFE,
		});
	const tree = (await processor.run(processor.parse(result.value))) as MdastRoot;
	// Word writes most headings as bold paragraphs; the stored report gets real headings, not "**…**" lines.
	promoteBoldHeadings(tree);
	const markdown = escapeEsmLines(processor.stringify(tree)).normalize('NFC');
	return { markdown, warnings };
}

function dropImages(warnings: string[]) {
	return (tree: HastRoot) => {
		let count = 0;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'img' || !parent || index === undefined) return;
			parent.children.splice(index, 1);
			count++;
			return [SKIP, index];
		});
		if (count > 0)
			warnings.push(
				`đã bỏ ${count} ảnh: báo cáo chỉ đăng phần chữ; ảnh hãy gửi riêng (dropped ${count} image${count === 1 ? '' : 's'}: reports carry text only)`
			);
	};
}

// Word tables rarely mark a header row; GFM needs one, and the first row of a report's table is its header.
function firstRowAsHeader() {
	return (tree: HastRoot) => {
		visit(tree, 'element', (table: Element) => {
			if (table.tagName !== 'table') return;
			let hasHeader = false;
			visit(table, 'element', (node: Element) => {
				if (node.tagName === 'th' || node.tagName === 'thead') hasHeader = true;
			});
			if (hasHeader) return;
			let firstRow: Element | undefined;
			visit(table, 'element', (node: Element) => {
				if (node.tagName !== 'tr' || firstRow) return;
				firstRow = node;
				return SKIP;
			});
			for (const cell of firstRow?.children ?? [])
				if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
		});
	};
}

// A GFM table cell is one line: paragraphs, list items and line breaks inside a Word cell become spaces.
const BLOCKS = new Set([
	'p',
	'div',
	'ul',
	'ol',
	'li',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'table',
	'tr',
	'td',
	'th',
]);
function flattenCells() {
	const flatten = (nodes: ElementContent[]): ElementContent[] =>
		nodes.flatMap((node): ElementContent[] => {
			if (node.type !== 'element') return [node];
			if (node.tagName === 'br') return [{ type: 'text', value: ' ' }];
			if (BLOCKS.has(node.tagName)) return [...flatten(node.children), { type: 'text', value: ' ' }];
			return [{ ...node, children: flatten(node.children) }];
		});
	return (tree: HastRoot) => {
		visit(tree, 'element', (cell: Element) => {
			if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
			cell.children = flatten(cell.children);
			return SKIP;
		});
	};
}

// A line starting with "import " or "export " is JavaScript in MDX; a character reference keeps the word as text.
const escapeEsmLines = (markdown: string) =>
	markdown.replace(
		/^( {0,3})([ie])(mport|xport)\b/gm,
		(_, indent: string, first: string, rest: string) => `${indent}&#x${first.charCodeAt(0).toString(16)};${rest}`
	);
