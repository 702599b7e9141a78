import type { Heading, Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { reportAnchors, type SectionMarks } from './sections.ts';

/**
 * Turns each bold-only paragraph that stands as a section heading (Word's usual "**II. KẾT QUẢ**") into a real heading
 * of the level its numbering implies. The renderer does it for the page and Word ingest for the stored file, so both
 * promote the same paragraphs to the same levels; a bold paragraph that is no section heading (a bold lesson) stays.
 * `onHeading` sees every heading in document order, with the paragraph it was made from when it was promoted.
 */
export function promoteBoldHeadings(tree: Root, marks?: SectionMarks, onHeading?: (heading: Heading, from?: Paragraph) => void): number {
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
