import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type BodyParse = { tree: Root } | { error: { line: number; column: number; message: string } };

/**
 * Parses a report body as MDX syntax (never compiles or runs it), so MDX code and JSX are seen and can be refused.
 * Line numbers are shifted by `lineOffset` to be lines of the whole file.
 */
export function parseBody(body: string, lineOffset = 0): BodyParse {
  try {
    return { tree: parser.runSync(parser.parse(body)) as Root };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      error: {
        line: (e.line ?? 1) + lineOffset,
        column: e.column ?? 1,
        message: `the text cannot be read as Markdown/MDX: ${e.reason ?? e.message}. A "<" or "{" in ordinary text must be written as \\< or \\{`,
      },
    };
  }
}
