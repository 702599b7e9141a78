import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Lesson, Section } from '../model.ts';
import { problem, type Problem } from '../content/problem.ts';
import { parseYamlWithPositions, schemaProblems } from '../content/yaml.ts';
import { reviewSchema, type ReviewFrontmatter } from '../schema/review.ts';
import { vietnameseErrorMap } from '../schema/messages.ts';
import { cleanSource } from '../text/clean.ts';
import { countWords } from '../text/word-count.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseBody } from './parse.ts';
import { canParseFast } from './fast/eligible.ts';
import { MAX_NESTING, deepestNesting } from './nesting.ts';
import { parseBodyFast } from './fast/parse.ts';
import { findRefusals } from './safety.ts';
import {
	extractSections,
	foundHeadings,
	markSections,
	reportAnchors,
	sectionName,
	sectionRanges,
	type SectionMarks,
} from './section-headings.ts';
import { missingSectionMessage } from './section-messages.ts';
import { extractLessons } from '../lessons/extract.ts';
import { REQUIRED_SECTIONS, canonicalHeading } from './section-catalog.ts';
import { renderReport } from './render.ts';
import { promoteBoldHeadings } from './bold-headings.ts';

/**
 * Bump when processing changes, so reports cached by an older pipeline are processed again. The cached HTML's name
 * comes from it too, and unit pages are copied between builds while that name is unchanged (src/site/page-keys.ts).
 */
export const PIPELINE_VERSION = 3;

/** Everything the site needs from one report file, computed once per distinct source text. */
export interface ProcessedReport {
	frontmatter?: ReviewFrontmatter;
	sections: Section[];
	lessons: Lesson[];
	/** Rendered, sanitised body; empty when the report has errors. */
	html: string;
	/** Words in the body, for reading-time and synthesis figures. */
	words: number;
	/** File line of each top-level frontmatter field, so later checks can point at it. */
	fieldLines: Record<string, number>;
	problems: Problem[];
}

export interface ProcessOptions {
	/** 'full' always uses the MDX parser; 'auto' (default) reads bodies that cannot hold MDX with the fast parser. */
	parser?: 'auto' | 'full';
	/** 'general' always renders through hast and the sanitiser; 'auto' (default) writes plain Markdown directly. */
	renderer?: 'auto' | 'general';
}

/**
 * Reads, checks and renders one report. Never executes anything in it. Nesting too deep for the parsers' or the
 * walks' recursion (e.g. thousands of nested "*") is refused with a message naming the file, not a stack overflow.
 */
export function processReport(rawSource: string, file: string, options: ProcessOptions = {}): ProcessedReport {
	try {
		return processUnguarded(rawSource, file, options);
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		const message = `nội dung lồng nhau quá sâu (dấu *, _, >, [ … lồng vào nhau) nên không đọc được; hãy viết đơn giản lại (the body nests too deeply to be read: ${error.message.slice(0, 100)})`;
		return {
			sections: [],
			lessons: [],
			html: '',
			words: 0,
			fieldLines: {},
			problems: [problem(file, message, { field: 'body' })],
		};
	}
}

function processUnguarded(rawSource: string, file: string, options: ProcessOptions): ProcessedReport {
	const { text: source, changed } = cleanSource(rawSource);
	const problems: Problem[] = changed.map((what) =>
		problem(
			file,
			`tệp đã được làm sạch trước khi đọc (${what}); nhận lại tệp bằng lệnh ingest để lưu bản sạch (the file was cleaned before reading; run ingest to store it clean)`,
			{ severity: 'warning' }
		)
	);
	let fieldLines: Record<string, number> = {};
	const fail = (): ProcessedReport => ({ sections: [], lessons: [], html: '', words: 0, fieldLines, problems });
	const split = splitFrontmatter(source);
	if (!split) {
		problems.push(
			problem(
				file,
				'báo cáo phải bắt đầu bằng phần thông tin giữa hai dòng "---" (campaign, unit, form, heldOn, sentOn); chép khung mẫu ở trang hướng dẫn (/huong-dan/), hoặc gửi qua trang /gui-bao-cao/ (the report must begin with its details between two "---" lines; copy the skeleton in CONTRIBUTING.md or on /huong-dan/)',
				{ line: 1, column: 1, field: 'frontmatter' }
			)
		);
		return fail();
	}
	const yaml = parseYamlWithPositions(split.yaml, file, split.yamlLineOffset);
	problems.push(...yaml.problems);
	let frontmatter: ReviewFrontmatter | undefined;
	if (yaml.data && typeof yaml.data === 'object')
		fieldLines = Object.fromEntries(Object.keys(yaml.data).map((key) => [key, yaml.locate([key]).line]));
	if (!yaml.problems.some((p) => p.severity === 'error')) {
		const parsed = reviewSchema.safeParse(yaml.data ?? {}, { reportInput: true, error: vietnameseErrorMap });
		if (parsed.success) frontmatter = parsed.data;
		else problems.push(...schemaProblems(parsed.error, yaml, file));
	}

	if (split.body.trim() === '') {
		problems.push(
			problem(
				file,
				'báo cáo chưa có nội dung sau phần thông tin; hãy viết báo cáo dưới các đề mục (the report has no text after its details; write the report under the section headings)',
				{ line: split.bodyLineOffset + 1, column: 1, field: 'body' }
			)
		);
		return { ...fail(), ...(frontmatter && { frontmatter }) };
	}
	const nesting = deepestNesting(split.body);
	if (nesting.depth > MAX_NESTING) {
		problems.push(
			problem(
				file,
				`đoạn này lồng ${nesting.depth} cấp trích dẫn/danh sách, quá ${MAX_NESTING} cấp cho phép; hãy viết phẳng lại (bỏ bớt dấu ">", "-" hoặc thụt lề) (quotes and lists nested ${nesting.depth} deep; at most ${MAX_NESTING})`,
				{ line: split.bodyLineOffset + nesting.line, column: 1, field: 'body' }
			)
		);
		return { ...fail(), ...(frontmatter && { frontmatter }) };
	}
	let tree = options.parser !== 'full' && canParseFast(split.body) ? parseBodyFast(split.body) : null;
	let refusals = tree ? findRefusals(tree, split.bodyLineOffset) : [];
	// Refusals are worded and located by the full parser, which knows every column.
	if (!tree || refusals.length) {
		const body = parseBody(split.body, split.bodyLineOffset);
		if ('error' in body) {
			problems.push(
				problem(file, body.error.message, { line: body.error.line, column: body.error.column, field: 'body' })
			);
			return { ...fail(), ...(frontmatter && { frontmatter }) };
		}
		tree = body.tree;
		refusals = findRefusals(tree, split.bodyLineOffset);
	}
	for (const r of refusals) problems.push(problem(file, r.message, { line: r.line, column: r.column, field: 'body' }));

	// Headings are recognised once; sections, empty-section checks, lessons and anchors all read them.
	const marks = markSections(tree, frontmatter?.sections);
	const sections = extractSections(tree, { lineOffset: split.bodyLineOffset, marks });
	const headingNames = new Set(sections.map((s) => sectionName(s.heading)));
	for (const [key, given] of Object.entries(frontmatter?.sections ?? {}))
		for (const text of typeof given === 'string' ? [given] : given)
			if (!headingNames.has(sectionName(text)))
				problems.push(
					problem(
						file,
						`không có đề mục "${text.slice(0, 80)}" trong báo cáo; hãy chép đúng đề mục như trong bài (the heading named for ${key} is not in the report)`,
						{ line: fieldLines.sections ?? 1, column: 1, field: `sections.${key}`, severity: 'warning' }
					)
				);
	for (const s of sections)
		if (s.warning)
			problems.push(
				problem(file, s.warning, { line: s.line, column: 1, field: `section ${s.key}`, severity: 'warning' })
			);
	const present = new Set(sections.map((s) => s.key));
	const missing = REQUIRED_SECTIONS.filter((k) => !present.has(k));
	const found = missing.length ? foundHeadings(tree, marks, split.bodyLineOffset) : [];
	for (const key of missing)
		problems.push(
			problem(file, missingSectionMessage(key, found), {
				line: split.bodyLineOffset + 1,
				column: 1,
				field: `section ${key}`,
			})
		);

	// A required heading with nothing under it is a section not yet written, e.g. a skeleton from new-report.
	const empty = new Set<number>();
	for (const { section, nodes } of sectionRanges(tree, { lineOffset: split.bodyLineOffset, marks }))
		if (
			REQUIRED_SECTIONS.includes(section.key) &&
			!empty.has(section.line) &&
			toString({ type: 'root', children: nodes }).trim() === ''
		) {
			empty.add(section.line);
			problems.push(
				problem(
					file,
					`đề mục "${section.heading}" chưa có nội dung; hãy viết phần ${canonicalHeading(section.key).toLocaleLowerCase('vi')} dưới đề mục này (the section has no text under its heading)`,
					{ line: section.line, column: 1, field: `section ${section.key}` }
				)
			);
		}

	const lessons = extractLessons(tree, { lineOffset: split.bodyLineOffset, marks });
	const hasErrors = problems.some((p) => p.severity === 'error');
	return {
		...(frontmatter && { frontmatter }),
		sections,
		lessons,
		html: hasErrors ? '' : render(tree, marks, options.renderer === 'general'),
		words: wordsIn(tree),
		fieldLines,
		problems,
	};
}

/**
 * Renders with the anchors sections point at. A bold paragraph that stands as a section heading (as Word writes
 * them) becomes a real heading, so screen readers, the table of contents and search sub-results all see it.
 */
function render(tree: Root, marks: SectionMarks, general: boolean): string {
	const { headings, paragraphs } = reportAnchors(tree, marks);
	const anchors: string[] = [];
	let next = 0;
	promoteBoldHeadings(tree, marks, (_heading, from) =>
		anchors.push(from ? paragraphs.get(from)! : (headings[next++] ?? ''))
	);
	return renderReport(tree, anchors, { general });
}

const wordsIn = (tree: Root) => countWords(toString(tree));

/** Processes one report; an unexpected failure becomes a problem naming the file instead of a crash naming none. */
export function processSafely(
	process: (source: string, file: string) => ProcessedReport,
	source: string,
	file: string
): ProcessedReport {
	try {
		return process(source, file);
	} catch (error) {
		const message = `lỗi không lường trước khi đọc báo cáo; báo người quản trị kèm tệp này (unexpected error while reading the report: ${String((error as Error)?.message ?? error).slice(0, 200)})`;
		return { sections: [], lessons: [], html: '', words: 0, fieldLines: {}, problems: [problem(file, message)] };
	}
}
