/** A report split into its YAML frontmatter and its Markdown body. */
export interface SplitReport {
	yaml: string;
	body: string;
	/** Lines before the YAML text (the opening fence), so YAML line N is file line N + yamlLineOffset. */
	yamlLineOffset: number;
	/** Lines before the body, so body line N is file line N + bodyLineOffset. */
	bodyLineOffset: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---\nyaml\n---\nbody`; returns null when the file does not open with a frontmatter fence. */
export function splitFrontmatter(source: string): SplitReport | null {
	const lines = source.split('\n');
	if (!FENCE.test(lines[0] ?? '')) return null;
	const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
	if (close === -1) return null;
	return {
		yaml: lines.slice(1, close).join('\n'),
		body: lines.slice(close + 1).join('\n'),
		yamlLineOffset: 1,
		bodyLineOffset: close + 1,
	};
}
