import { problem, type Problem } from '../content/problem.ts';
import { parseYamlWithPositions } from '../content/yaml.ts';
import { splitFrontmatter } from '../report/frontmatter.ts';
import { fieldName } from '../schema/messages.ts';

/** Where a line of a composed report came from; line 0 stands for the whole file (or a command-line flag). */
export interface Origin {
	file: string;
	line: number;
	column?: number;
	/** For a line added from a sidecar or flag: the field it holds. */
	field?: string;
}

/** One field given outside the report, with where it was written. */
export interface GivenField {
	value: unknown;
	line: number;
	column: number;
}

/** Details given outside the report: a sidecar file's fields, or command-line flags. */
export interface MetadataSource {
	/** How it is named in messages: the sidecar's path, or the flag ("--unit"). */
	file: string;
	fields: Record<string, GivenField>;
	/** Only fills fields nothing else gave, and never conflicts (e.g. the only campaign there is). */
	fallback?: boolean;
}

export interface ComposedReport {
	/** The report as it would be stored: the input's text with the missing details added to its frontmatter. */
	text: string;
	/** origins[i] is where line i + 1 of `text` came from. */
	origins: Origin[];
	problems: Problem[];
}

const FENCE = /^---[ \t]*$/;
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

// JSON is YAML 1.2 and always fits on one line, so every added field is exactly one line with one origin.
const yamlLine = (key: string, value: unknown) =>
	`${PLAIN_KEY.test(key) ? key : JSON.stringify(key)}: ${JSON.stringify(value)}`;
const comparable = (value: unknown) =>
	JSON.stringify(typeof value === 'string' ? value.normalize('NFC').trim() : value);
const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * Adds details given in a sidecar or by flags to a report's frontmatter, keeping every line the person wrote where it
 * was: added fields go just before the closing fence (or into a new frontmatter for a file that has none). A field
 * given twice with different values is a problem, never silently overridden.
 */
export function composeReport(file: string, text: string, sources: readonly MetadataSource[]): ComposedReport {
	const lines = text.split('\n');
	const identity = (): Origin[] => lines.map((_, i) => ({ file, line: i + 1 }));
	const split = splitFrontmatter(text);
	if (!split && FENCE.test(lines[0] ?? ''))
		return {
			text,
			origins: identity(),
			problems: [
				problem(
					file,
					'phần thông tin mở bằng "---" ở dòng 1 không có dòng đóng; thêm một dòng chỉ có "---" sau mục thông tin cuối cùng (the details opened by "---" on line 1 are never closed)',
					{ line: 1, column: 1, field: 'frontmatter' }
				),
			],
		};

	const present = new Map<string, { value: unknown; where: string }>();
	if (split) {
		const yaml = parseYamlWithPositions(split.yaml, file, split.yamlLineOffset);
		if (yaml.problems.some((p) => p.severity === 'error'))
			return { text, origins: identity(), problems: yaml.problems };
		if (yaml.data && typeof yaml.data === 'object' && !Array.isArray(yaml.data))
			for (const [key, value] of Object.entries(yaml.data))
				present.set(key, { value, where: `${file} dòng ${yaml.locate([key]).line}` });
	}

	const problems: Problem[] = [];
	const added: { line: string; origin: Origin }[] = [];
	for (const source of sources)
		for (const [key, given] of Object.entries(source.fields)) {
			const earlier = present.get(key);
			if (earlier) {
				if (!source.fallback && comparable(earlier.value) !== comparable(given.value))
					problems.push(
						problem(
							source.file,
							`${fieldName([key])} ở đây là ${shown(given.value)} nhưng ở ${earlier.where} là ${shown(earlier.value)}; hãy sửa cho giống nhau hoặc bỏ một chỗ (${key} is ${shown(given.value)} here but ${shown(earlier.value)} in ${earlier.where}; make them agree or remove one)`,
							{ line: given.line, column: given.column, field: key }
						)
					);
				continue;
			}
			const where = given.line > 0 ? `${source.file} dòng ${given.line}` : source.file;
			present.set(key, { value: given.value, where });
			added.push({
				line: yamlLine(key, given.value),
				origin: { file: source.file, line: given.line, column: given.column, field: key },
			});
		}
	if (problems.length || added.length === 0) return { text, origins: identity(), problems };

	const whole: Origin = { file, line: 0, column: 0 };
	const own = (from: number, to: number) =>
		lines.slice(from, to).map((line, i) => ({ line, origin: { file, line: from + i + 1 } }));
	const composed = split
		? [...own(0, split.bodyLineOffset - 1), ...added, ...own(split.bodyLineOffset - 1, lines.length)]
		: [
				{ line: '---', origin: whole },
				...added,
				{ line: '---', origin: whole },
				{ line: '', origin: whole },
				...own(0, lines.length),
			];
	return { text: composed.map((l) => l.line).join('\n'), origins: composed.map((l) => l.origin), problems };
}

/** Moves a problem found in the composed report to the line and file the person wrote it in. */
export function relocate(problem: Problem, origins: readonly Origin[], file: string): Problem {
	if (problem.line <= 0) return { ...problem, file, line: 0, column: 0 };
	const origin = origins[problem.line - 1] ?? { file, line: problem.line };
	// A missing field is placed at the start of the details, which may be a line added for another field.
	if (origin.field !== undefined && origin.field !== problem.field.split('.')[0])
		return { ...problem, file, line: 0, column: 0 };
	const column = origin.line === 0 ? 0 : (origin.column ?? problem.column);
	return { ...problem, file: origin.file, line: origin.line, column };
}
