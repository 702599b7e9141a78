import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { mdxErrorMessage, namedPosition, type MdxParseFailure } from './mdx-messages.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type BodyParse = { tree: Root } | { error: { line: number; column: number; message: string } };

/**
 * Parses a report body as MDX syntax (never compiles or runs it), so MDX code and JSX are seen and can be refused.
 * Line numbers, also those inside the parser's words, are shifted by `lineOffset` to be lines of the whole file.
 */
export function parseBody(body: string, lineOffset = 0): BodyParse {
	try {
		return { tree: parser.runSync(parser.parse(body)) as Root };
	} catch (error) {
		const e = error as MdxParseFailure & { line?: number; column?: number };
		const place = e.line ? { line: e.line, column: e.column ?? 1 } : (namedPosition(e) ?? { line: 1, column: 1 });
		return { error: { line: place.line + lineOffset, column: place.column, message: mdxErrorMessage(e, lineOffset) } };
	}
}
