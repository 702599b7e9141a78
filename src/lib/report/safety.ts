import type { Root, Nodes } from 'mdast';

/** A construct a contributed report may not contain, with where it is. */
export interface Refusal {
	line: number;
	column: number;
	construct: string;
	message: string;
}

// A link to the site itself (a path, "#anchor", "./x", "?q") or a https/http/mailto/tel address; "//host" is another
// site without saying so, and is refused like any unknown scheme.
const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\?|\/(?!\/)|\.{1,2}(?:\/|$)|[^:/?#]+(?:[/?#]|$))/i;

/** Finds every construct outside the allowed subset: MDX code, JSX, raw HTML, script-capable URLs. */
export function findRefusals(tree: Root, lineOffset = 0): Refusal[] {
	const refusals: Refusal[] = [];
	const refuse = (node: Nodes, construct: string, message: string) =>
		refusals.push({
			line: (node.position?.start.line ?? 1) + lineOffset,
			column: node.position?.start.column ?? 1,
			construct,
			message,
		});
	// Every node, parents before children, in document order (as unist-util-visit goes), with a stack instead of
	// recursion: three times faster on a report, and no depth limit.
	// An image written by reference (![x][ref]) takes its address from the definition, wherever that is in the report.
	const definitions = new Map<string, string>();
	const imageReferences: Nodes[] = [];
	const stack: Nodes[] = [tree];
	while (stack.length) {
		const node = stack.pop()!;
		if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
		switch (node.type) {
			case 'mdxjsEsm':
				refuse(
					node,
					'import/export',
					'báo cáo không được chứa lệnh "import"/"export": báo cáo là văn bản, không phải mã; hãy xóa dòng này hoặc viết lại đầu dòng (reports may not contain "import" or "export" statements: a report is text, not code. Remove the line.)'
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				refuse(
					node,
					'expression',
					'dấu ngoặc nhọn {…} là mã, không dùng trong báo cáo; muốn giữ dấu ngoặc như chữ thường, hãy viết \\{ và \\} (curly braces {…} are code in MDX and are not allowed. To show a brace as text, write \\{ and \\}.)'
				);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				// A report is Markdown and GFM only: no component or tag is allowed.
				refuse(
					node,
					`<${node.name ?? ''}>`,
					`thẻ mã <${node.name ?? ''}> không được dùng trong báo cáo; hãy xóa thẻ và trình bày bằng đề mục, danh sách, bảng; muốn giữ dấu "<" như chữ thường, hãy viết \\< (HTML tags and components such as <${node.name ?? ''}> are not allowed in a report. Use Markdown (headings, lists, tables); to show "<" as text, write \\<.)`
				);
				break;
			case 'html':
				refuse(
					node,
					'html',
					'mã HTML không được dùng trong báo cáo; hãy xóa và trình bày bằng đề mục, danh sách, bảng (raw HTML is not allowed in a report; use Markdown instead.)'
				);
				break;
			case 'definition':
				if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url); // the first definition wins, as in CommonMark
				if (!isSafeUrl(node.url)) refuse(node, 'url', linkMessage(node.url));
				break;
			case 'link':
				if (!isSafeUrl(node.url)) refuse(node, 'url', linkMessage(node.url));
				break;
			case 'image':
				if (!isSafeImage(node.url)) refuse(node, 'image', imageMessage(node.url));
				break;
			case 'imageReference':
				imageReferences.push(node);
				break;
		}
	}
	for (const node of imageReferences) {
		const url = node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
		if (url !== undefined && !isSafeImage(url)) refuse(node, 'image', imageMessage(url));
	}
	return refusals.sort((a, b) => a.line - b.line || a.column - b.column);
}

const linkMessage = (url: string) =>
	`liên kết "${url}" không được phép: chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc xóa liên kết và giữ chữ / the link "${url}" is not allowed; links must start with https://, http://, mailto: or tel:.`;
const imageMessage = (url: string) =>
	`ảnh "${url}" không được phép: chỉ hiện ảnh ở địa chỉ bắt đầu bằng https://, hãy xóa ảnh hoặc đổi địa chỉ / the image "${url}" is not allowed; only images at https:// addresses can be shown.`;

// Control characters and whitespace can hide "javascript:" from a naive prefix check; browsers read "\" as "/" in a
// path, so "/\\host" is "//host".
const browserReads = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').replace(/\\/g, '/');
export const isSafeUrl = (url: string) => SAFE_LINK.test(browserReads(url));
const isSafeImage = (url: string) => /^https:\/\/(?!\/)/i.test(browserReads(url));
