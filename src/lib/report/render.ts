import type { Heading, Root } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { isPlain, renderPlain } from './fast/render.ts';
import { holdsNoHeading } from './section-headings.ts';

// Heading anchors are the project's own and stable, so they are kept without the "user-content-" prefix.
// tel: links (an office's phone number) pass the safe subset, so the page keeps them too instead of dropping the href.
const schema = {
	...defaultSchema,
	clobberPrefix: '',
	clobber: [] as string[],
	protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.['href'] ?? []), 'tel'] },
};

/** A wide table scrolls in its own focusable box instead of widening the page. */
const wrapTables = () => (tree: HastRoot) => {
	visit(tree, 'element', (node: Element, index, parent) => {
		// No table sits inside a paragraph or a heading: their text is not walked.
		if (PHRASING_ONLY.has(node.tagName)) return SKIP;
		if (node.tagName !== 'table' || !parent || index === undefined) return;
		parent.children[index] = {
			type: 'element',
			tagName: 'div',
			properties: { className: ['table-scroll'], tabIndex: 0 },
			children: [node],
		};
		return SKIP;
	});
};
const PHRASING_ONLY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const toHast = unified().use(remarkRehype).use(rehypeSanitize, schema).use(wrapTables);
const toHtml = unified().use(rehypeStringify);

export interface RenderOptions {
	/** Always take the general path (mdast → hast → sanitised HTML), even for a plain tree; for tests that compare. */
	general?: boolean;
}

/**
 * Renders a checked report body to HTML. `anchors[i]` is the id of the i-th heading in document order.
 * Headings shift so the report's top level is h2: the page's only h1 is the unit's name. A tree of plain Markdown
 * only (fast/render.ts) is written directly; anything else goes through hast and the sanitiser.
 */
export function renderReport(tree: Root, anchors: readonly string[], options: RenderOptions = {}): string {
	// Every heading in document order.
	const headings: Heading[] = [];
	visit(tree, (node) => {
		if (node.type === 'heading') headings.push(node);
		return holdsNoHeading(node) ? SKIP : CONTINUE;
	});
	const minDepth = Math.min(6, ...headings.map((h) => h.depth));
	const shift = Math.max(0, 2 - minDepth);
	headings.forEach((h, i) => {
		h.depth = Math.min(6, h.depth + shift) as typeof h.depth;
		const id = anchors[i];
		if (id) h.data = { ...h.data, hProperties: { ...h.data?.hProperties, id } };
	});
	if (!options.general && isPlain(tree)) return renderPlain(tree);
	return toHtml.stringify(toHast.runSync(tree) as HastRoot);
}
