import type { Heading, Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { reportAnchors, type SectionMarks } from './section-headings.ts';

/**
 * Turns each bold-only paragraph that stands as a section heading (Word's usual "**II. KẾT QUẢ**") into a real heading
 * of the level its numbering implies. The renderer does it for the page and Word ingest for the stored file, so both
 * promote the same paragraphs to the same levels; a bold paragraph that is no section heading (a bold lesson) stays.
 * `onHeading` sees every heading in document order, with the paragraph it was made from when it was promoted.
 */
export function promoteBoldHeadings(
	tree: Root,
	marks?: SectionMarks,
	onHeading?: (heading: Heading, from?: Paragraph) => void
): number {
	const { paragraphs, depths } = reportAnchors(tree, marks);
	let promoted = 0;
	visit(tree, (node, index, parent) => {
		if (node.type === 'heading') onHeading?.(node);
		// Nothing inside a heading, a paragraph or a table is a heading or a top-level paragraph: not walked.
		if (node.type === 'heading' || node.type === 'table') return SKIP;
		if (node.type !== 'paragraph') return;
		if (!parent || index === undefined || !paragraphs.has(node)) return SKIP;
		const depth = Math.min(6, Math.max(1, depths.get(node) ?? 2)) as Heading['depth'];
		const children = node.children.flatMap((c) => (c.type === 'strong' || c.type === 'emphasis' ? c.children : [c]));
		const heading: Heading = { type: 'heading', depth, children, ...(node.position && { position: node.position }) };
		parent.children[index] = heading;
		onHeading?.(heading, node);
		promoted++;
		return SKIP;
	});
	return promoted;
}

/**
 * The same promotion on Markdown text, line by line, for text that only reads right after the Word conversion (typed
 * in an old font and converted afterwards): each promoted one-line paragraph becomes "## …", every other line is kept.
 */
export function promoteBoldHeadingLines(text: string, tree: Root): string {
	const lines = text.split('\n');
	promoteBoldHeadings(tree, undefined, (heading, from) => {
		const line = from?.position?.start.line;
		if (line === undefined || from?.position?.end.line !== line) return;
		// The line as written without its bold markers, so escapes ("\\{", "\\*") stay escaped.
		let written = lines[line - 1]!;
		for (const child of [...from.children].reverse()) {
			const width = child.type === 'strong' ? 2 : child.type === 'emphasis' ? 1 : 0;
			const start = child.position?.start.column;
			const end = child.position?.end.column;
			if (!width || start === undefined || end === undefined) continue;
			written =
				written.slice(0, start - 1) + written.slice(start - 1 + width, end - 1 - width) + written.slice(end - 1);
		}
		lines[line - 1] = `${'#'.repeat(heading.depth)} ${written.trim()}`;
	});
	return lines.join('\n');
}
