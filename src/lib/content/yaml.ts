import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { problem, type Problem } from './problem.ts';
import { excerpt } from '../text/printable.ts';
import { yamlErrorMessage } from './yaml-messages.ts';

export interface PositionedYaml {
  data: unknown;
  /** Line and column (1-based, in the file) of the value at a field path, or of its closest existing ancestor. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  problems: Problem[];
}

// A handful of aliases is normal YAML; thousands is an alias bomb.
const MAX_ALIASES = 50;
/** Characters aliases may add to a file's text once expanded: a few repeated values, never a page grown from a small file. */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * The characters of every key and scalar once each alias is replaced by what it names; linear in the nodes, as a
 * node is measured once however often it is named (a few aliases of a long value grow a page a thousand times).
 */
export function expandedSize(doc: Document): number {
  const sizes = new Map<unknown, number>();
  const measure = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 0); // a value that names itself (recursive YAML) adds nothing more
    let size = 0;
    if (isAlias(node)) size = measure(node.resolve(doc));
    else if (isScalar(node)) size = String(node.value ?? '').length;
    else if (isPair(node)) size = measure(node.key) + measure(node.value);
    else if (isMap(node) || isSeq(node)) for (const item of node.items) size += measure(item);
    sizes.set(node, size);
    return size;
  };
  return measure(doc.contents);
}

/** Parses YAML keeping positions, so schema errors can name the line. `lineOffset` counts lines before the text in its file. */
export function parseYamlWithPositions(text: string, file: string, lineOffset = 0): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) =>
    problem(file, yamlErrorMessage(e.code, e.message), { ...at(e.pos[0]), severity: doc.errors.includes(e as never) ? 'error' : 'warning' }),
  );
  let data: unknown = null;
  const expanded = doc.errors.length === 0 ? expandedSize(doc) : 0;
  if (expanded > text.length + MAX_ALIAS_EXPANSION)
    problems.push(problem(
      file,
      `YAML bị từ chối: các bí danh (alias "*tên") nhân nội dung lên ${expanded.toLocaleString('vi-VN')} ký tự; hãy viết thẳng giá trị thay cho bí danh (thêm tối đa ${MAX_ALIAS_EXPANSION.toLocaleString('vi-VN')} ký tự) / YAML refused: aliases expand the text to ${expanded.toLocaleString('en-US')} characters; write the values out`,
      { line: 1 + lineOffset, column: 1 },
    ));
  else if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      problems.push(problem(file, `YAML bị từ chối: có quá nhiều bí danh (alias "*tên", tối đa ${MAX_ALIASES}); hãy viết thẳng các giá trị thay cho bí danh (YAML refused: ${excerpt((error as Error).message, 200)}; aliases are limited to ${MAX_ALIASES})`, { line: 1 + lineOffset, column: 1 }));
    }
  }
  const locate = (path: readonly PropertyKey[]) => {
    let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
    let found = node?.range ? node.range[0] : 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        const value = pair.value as YamlNode | null;
        found = (value?.range ?? (pair.key as YamlNode).range ?? [found])[0]!;
        node = value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        found = item.range?.[0] ?? found;
        node = item;
      } else break;
    }
    return at(found);
  };
  return { data, locate, problems };
}

/** Turns zod issues into located problems. */
export function schemaProblems(error: z.ZodError, yaml: PositionedYaml, file: string, pathPrefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    return problem(file, friendlyMessage(issue), { ...yaml.locate(path), field: issue.path.map(String).join('.') });
  });
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  // A record key that fails its own rule ("valueOf" as a figure name): say why, not just "invalid key".
  if (issue.code === 'invalid_key') return issue.issues[0]?.message ?? issue.message;
  return issue.message;
}
