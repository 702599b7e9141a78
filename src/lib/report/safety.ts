import type { Root, Nodes } from 'mdast';

/** A construct a contributed report may not contain, with where it is. */
export interface Refusal {
  line: number;
  column: number;
  construct: string;
  message: string;
}

/** Project components a report may use. None yet: a report is Markdown and GFM only. */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/** Finds every construct outside the allowed subset: MDX code, JSX, raw HTML, script-capable URLs. */
export function findRefusals(tree: Root, lineOffset = 0): Refusal[] {
  const refusals: Refusal[] = [];
  const refuse = (node: Nodes, construct: string, message: string) =>
    refusals.push({ line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1, construct, message });
  // Every node, parents before children, in document order (as unist-util-visit goes), with a stack instead of
  // recursion: three times faster on a report, and no depth limit.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, 'import/export', 'reports may not contain "import" or "export" statements: a report is text, not code. Remove the line.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuse(node, 'expression', 'curly braces {…} are code in MDX and are not allowed. To show a brace as text, write \\{ and \\}.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!node.name || !ALLOWED_COMPONENTS.has(node.name))
          refuse(node, `<${node.name ?? ''}>`, `HTML tags and components such as <${node.name ?? ''}> are not allowed in a report. Use Markdown (headings, lists, tables); to show "<" as text, write \\<.`);
        break;
      case 'html':
        refuse(node, 'html', 'raw HTML is not allowed in a report; use Markdown instead.');
        break;
      case 'link':
      case 'definition':
        if (!isSafeUrl(node.url)) refuse(node, 'url', `the link "${node.url}" is not allowed; links must start with https://, http:// or mailto:.`);
        break;
      case 'image':
        if (!/^https:\/\//i.test(node.url)) refuse(node, 'image', `the image "${node.url}" is not allowed; only images at https:// addresses can be shown.`);
        break;
    }
  }
  return refusals;
}

// Control characters and whitespace can hide "javascript:" from a naive prefix check.
export const isSafeUrl = (url: string) => SAFE_LINK.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
