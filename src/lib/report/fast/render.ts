// Renders the plain subset of Markdown straight to HTML: paragraphs, headings, lists, quotes, rules, tables, bold,
// italics and line breaks, the whole of what the fast parser reads. Such a tree holds no link, image, code or HTML, so
// there is nothing to sanitise: text is escaped and the only attributes are ids, alignment and a list's start. The
// general path (mdast → hast → sanitise → HTML) cost 0.45 ms of a report's 1 ms; test/report/fast/render.test.ts
// proves both give the same bytes on every sample and benchmark report.
import type { AlignType, ListItem, Nodes, Root, Table, TableRow } from 'mdast';
import { trimLines } from 'trim-lines';

const PLAIN = new Set([
	'root',
	'paragraph',
	'heading',
	'text',
	'strong',
	'emphasis',
	'break',
	'list',
	'listItem',
	'blockquote',
	'thematicBreak',
	'table',
	'tableRow',
	'tableCell',
]);

// mdast-util-to-hast's rule: an item is loose when it says so, or, when it does not say, when it has several children.
const itemLoose = (item: ListItem) => item.spread ?? item.children.length > 1;

/** True when every node of `tree` is one {@link renderPlain} writes. */
export function isPlain(tree: Root): boolean {
	const stack: Nodes[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (!PLAIN.has(node.type) || !plainData(node)) return false;
		// A task list item renders a checkbox.
		if (node.type === 'listItem' && typeof node.checked === 'boolean') return false;
		if ('children' in node) stack.push(...(node.children as Nodes[]));
	}
	return true;
}

// Data on a node can rename it or add attributes in hast; only a heading's id, set by renderReport, is written here.
function plainData(node: Nodes): boolean {
	if (!node.data) return true;
	const { hProperties, ...rest } = node.data as { hProperties?: Record<string, unknown> };
	return (
		node.type === 'heading' && Object.keys(rest).length === 0 && Object.keys(hProperties ?? {}).every((k) => k === 'id')
	);
}

// As hast-util-to-html writes them: "&" and "<" in text; "&" and '"' in attribute values.
const text = (value: string) => value.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
const attribute = (value: string) => value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');

/**
 * The HTML of a plain tree, byte for byte what the general path gives (mdast-util-to-hast, sanitised, serialised):
 * each heading with the id renderReport put on it, each table in its scrolling box.
 */
export function renderPlain(tree: Root): string {
	// Block children are separated by a line break, as mdast-util-to-hast joins them.
	const blocks = (nodes: readonly Nodes[]): string => nodes.map(node).join('\n');
	const phrasing = (nodes: readonly Nodes[]): string => nodes.map(node).join('');
	const node = (n: Nodes): string => {
		switch (n.type) {
			case 'text':
				return text(trimLines(n.value));
			case 'strong':
				return `<strong>${phrasing(n.children)}</strong>`;
			case 'emphasis':
				return `<em>${phrasing(n.children)}</em>`;
			case 'break':
				return '<br>\n';
			case 'paragraph':
				return `<p>${phrasing(n.children)}</p>`;
			case 'heading': {
				const id = n.data?.hProperties?.['id'];
				return `<h${n.depth}${id ? ` id="${attribute(String(id))}"` : ''}>${phrasing(n.children)}</h${n.depth}>`;
			}
			case 'thematicBreak':
				return '<hr>';
			case 'blockquote':
				return `<blockquote>\n${blocks(n.children)}\n</blockquote>`;
			case 'list': {
				const tag = n.ordered ? 'ol' : 'ul';
				const start = typeof n.start === 'number' && n.start !== 1 ? ` start="${n.start}"` : '';
				// Looseness belongs to the whole list: one loose item makes every item's paragraphs show.
				const loose = n.spread || n.children.some(itemLoose);
				return `<${tag}${start}>\n${n.children.map((item) => listItem(item, loose)).join('\n')}\n</${tag}>`;
			}
			case 'table':
				return table(n);
			case 'listItem':
				return listItem(n, itemLoose(n));
			default:
				throw new Error(`renderPlain: ${n.type} is not plain`);
		}
	};
	// A tight item's paragraphs are unwrapped; line breaks go before every other child and after a last non-paragraph.
	const listItem = (item: ListItem, loose: boolean): string => {
		let out = '';
		item.children.forEach((child, i) => {
			const paragraph = child.type === 'paragraph';
			if (loose || i !== 0 || !paragraph) out += '\n';
			out += paragraph && !loose ? phrasing(child.children) : node(child);
		});
		const tail = item.children.at(-1);
		if (tail && (loose || tail.type !== 'paragraph')) out += '\n';
		return `<li>${out}</li>`;
	};
	const table = (t: Table): string => {
		const align = t.align ?? [];
		// As many cells as the table has columns: a short row gets empty cells, a long one loses its extra cells.
		const row = (r: TableRow, cell: 'th' | 'td') => {
			const cells = Array.from({ length: t.align ? align.length : r.children.length }, (_, i) => {
				const a: AlignType | undefined = align[i];
				return `<${cell}${a ? ` align="${a}"` : ''}>${phrasing(r.children[i]?.children ?? [])}</${cell}>`;
			});
			return `<tr>\n${cells.join('\n')}\n</tr>`;
		};
		const [head, ...body] = t.children;
		const thead = head ? `<thead>\n${row(head, 'th')}\n</thead>` : '';
		const tbody = body.length ? `\n<tbody>\n${body.map((r) => row(r, 'td')).join('\n')}\n</tbody>` : '';
		return `<div class="table-scroll" tabindex="0"><table>\n${thead}${tbody}\n</table></div>`;
	};
	return blocks(tree.children);
}
