// Recognises the sections of a report body (docs/report-format.md, section 2) and finds the nodes under each one.
import type { Heading, Nodes, Paragraph, Parents, Root, RootContent } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import { SECTION_KEYS, type Section, type SectionKey } from '../model.ts';
import { foldDiacritics, normalizeVietnamese, vietnameseLower } from '../text/diacritics.ts';
import { SECTION_CATALOG, canonicalHeading } from './section-catalog.ts';
import { excerpt } from '../text/printable.ts';
import { trimEndOf } from '../text/trim.ts';
import { RESERVED_IDS } from './page-ids.ts';

// ---------------------------------------------------------------------------------------------------------------
// Heading text: numbering and matching

/** At most this many characters of a heading are read: a heading is a line, and longer ones are prose. */
export const HEADING_READ_LIMIT = 300;

type Numbering = 'part' | 'roman' | 'number' | 'subnumber' | 'paren' | 'letter';

const ORDINAL = '(?:nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)';
const SEP = '[.:)\\-–—]';
// Order matters: "1.1." before "1.", "(1)" before "1". Roman numerals are taken in capitals only ("I." not "i.").
const NUMBERINGS: readonly (readonly [Numbering, RegExp])[] = [
	['part', new RegExp(`^phần\\s+(?:thứ\\s+)?(?:${ORDINAL}|[ivxl]+|\\d+)(?![\\p{L}\\d])\\s*${SEP}?`, 'iu')],
	['paren', /^\((?:\d{1,2}|[a-zđ]|[IVXL]+)\)/u],
	['subnumber', /^\d{1,2}(?:\.\d{1,2})+\.?(?!\d)/u],
	['number', new RegExp(`^\\d{1,2}\\s*${SEP}?(?=\\s|\\p{L}|$)`, 'u')],
	['roman', new RegExp(`^[IVXL]+\\s*${SEP}`, 'u')],
	['letter', /^[a-zđA-ZĐ]\s*[.)\-–—](?=\s|\p{L})/u],
];

/** A heading with its leading numbering removed: "III. BÀI HỌC KINH NGHIỆM:" → core "BÀI HỌC KINH NGHIỆM", numbering roman. */
function splitNumbering(text: string): { core: string; numbering: Numbering | null } {
	// A heading is a line: only its start is read, which also bounds the work on a hostile one.
	let rest = normalizeVietnamese(text.slice(0, HEADING_READ_LIMIT)).replace(/\s+/g, ' ').trim();
	let numbering: Numbering | null = null;
	// Up to three rounds for compound numbering such as "Phần II - 1." or "II.1.".
	for (let round = 0; round < 3; round++) {
		const hit = NUMBERINGS.map(([kind, re]) => [kind, re.exec(rest)] as const).find(([, m]) => m);
		if (!hit?.[1]) break;
		numbering = hit[0];
		rest = rest.slice(hit[1][0].length).replace(/^[\s.:)\-–—•*+]+/u, '');
	}
	return { core: trimEndOf(rest, ':.;,'), numbering };
}

type Form = (text: string) => string;
// Case, punctuation and spacing never matter: "Đặc điểm, tình hình" = "ĐẶC ĐIỂM - TÌNH HÌNH".
const exact: Form = (s) =>
	vietnameseLower(normalizeVietnamese(s))
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
const folded: Form = (s) => exact(foldDiacritics(s));

interface Phrase {
	key: SectionKey;
	phrase: string;
}

interface Matcher {
	prefixes: Phrase[];
	/** Key phrases, longest first, tried at the head of a heading once its filler words are gone. */
	heads: Phrase[];
	/** Distinctive phrases, tried anywhere in a top-level heading. */
	anywhere: Phrase[];
	places: { key: SectionKey; re: RegExp }[];
	leading: RegExp;
	fillers: RegExp;
	causes: string;
	title: RegExp;
}

const longestFirst = (a: Phrase, b: Phrase) => b.phrase.length - a.phrase.length;

function buildMatcher(form: Form): Matcher {
	const phrases = (pick: (s: (typeof SECTION_CATALOG)[number]) => readonly string[]) =>
		SECTION_CATALOG.flatMap((s) => pick(s).map((v) => ({ key: s.key, phrase: form(v) }))).sort(longestFirst);
	const prefixes = phrases((s) => [s.heading, ...s.variants]); // longest first: "kết quả nổi bật" beats "kết quả"
	const alt = (words: string[]) => words.map(form).join('|');
	const preposition = `(?:^|\\s)(?:${alt(['ở', 'trong', 'tại', 'đối với', 'khối'])})\\s`;
	const places = SECTION_CATALOG.flatMap((s) =>
		(s.places ?? []).map((p) => ({
			key: s.key,
			re: new RegExp(`(?:^|${preposition})(?:(?:${alt(['các', 'những', 'loại hình'])})\\s)*${form(p)}(?:\\s|$)`, 'u'),
		}))
	);
	// Words that open a heading without carrying its meaning: "Những mặt hạn chế", "Việc lãnh đạo", "Sự chỉ đạo".
	const fillers = ['về', 'những', 'các', 'một số', 'việc', 'sự', 'mặt', 'phần', 'công tác', 'đối với'];
	return {
		prefixes,
		heads: phrases((s) => s.phrases ?? []),
		anywhere: phrases((s) => s.anywhere ?? []),
		places,
		leading: new RegExp(`^(?:${alt(['về', 'những', 'các', 'một số'])})\\s`, 'u'),
		fillers: new RegExp(`^(?:(?:${alt(fillers)})(?:\\s|$))+`, 'u'),
		causes: form('nguyên nhân'),
		title: new RegExp(`^(?:${alt(['báo cáo', 'tờ trình', 'sơ kết', 'kế hoạch', 'chương trình'])})(?:\\s|$)`, 'u'),
	};
}

const matchers = { exact: buildMatcher(exact), folded: buildMatcher(folded) };

const startsWith = (text: string, phrase: string) => text === phrase || text.startsWith(`${phrase} `);

/** The earliest of `phrases` standing as whole words in `text` (the longest at the same place), or null. */
function earliest(text: string, phrases: readonly Phrase[]): Phrase | null {
	let best: { at: number; p: Phrase } | null = null;
	const padded = ` ${text} `;
	for (const p of phrases) {
		const at = padded.indexOf(` ${p.phrase} `);
		if (at >= 0 && (best === null || at < best.at)) best = { at, p };
	}
	return best?.p ?? null;
}

/** How a heading was recognised: a catalog variant, a key phrase opening it, or a key phrase inside a top-level one. */
type Via = 'variant' | 'head' | 'anywhere';

function matchCore(core: string, m: Matcher, top: boolean): { key: SectionKey; via: Via } | null {
	let hit: { key: SectionKey; via: Via } | null = null;
	for (const candidate of [core, core.replace(m.leading, '')]) {
		const key = m.prefixes.find((p) => startsWith(candidate, p.phrase))?.key;
		if (key) {
			hit = { key, via: 'variant' };
			break;
		}
	}
	if (!hit) {
		const heads = [core, core.replace(m.fillers, '')];
		const key = m.heads.find((p) => heads.some((h) => startsWith(h, p.phrase)))?.key;
		if (key) hit = { key, via: 'head' };
	}
	// A document title ("Báo cáo sơ kết … kết quả thực hiện …") names the whole report, not one section.
	if (!hit && top && !m.title.test(core)) {
		const key = earliest(core, m.anywhere)?.key;
		if (key) hit = { key, via: 'anywhere' };
	}
	if (hit !== null && hit.key !== 'results') return hit;
	// A results heading that names a unit type is that type's subsection; the earliest named type wins.
	const place = m.places
		.map((p) => ({ key: p.key, at: p.re.exec(core)?.index ?? -1 }))
		.filter((p) => p.at >= 0)
		.sort((a, b) => a.at - b.at)[0];
	return place ? { key: place.key, via: hit?.via ?? 'variant' } : hit;
}

export interface HeadingMatch {
	key: SectionKey;
	/** English; set when the heading matched only once diacritics were ignored. */
	warning?: string;
	/** Further sections the heading also stands for: "Hạn chế, khuyết điểm và nguyên nhân" covers `causes`. */
	covers?: SectionKey[];
}

/**
 * Headings and paragraphs hold only phrasing content, and a table only cells of it: nothing inside them can be a
 * heading, so walks for headings do not go in (most of a report's nodes are there).
 */
export const holdsNoHeading = (node: Nodes) =>
	node.type === 'heading' || node.type === 'paragraph' || node.type === 'table';

export interface HeadingContext {
	/** Keys of the recognised headings this one is nested under, outermost first. */
	within?: readonly SectionKey[];
	/** Markdown heading level (1–6); `#` and `##` headings outside any recognised section count as top-level. */
	depth?: number;
}

/**
 * Recognises a report heading by its meaning (docs/report-format.md, section 2), or returns null: "III. BÀI HỌC KINH NGHIỆM" →
 * lessons, "Những mặt làm được" → achievements, "Sự lãnh đạo, chỉ đạo của cấp ủy" → leadership, "Thời gian tới" → null.
 * A catalog variant is read first, then a key phrase opening the heading, then (only in a top-level heading: "I.",
 * "PHẦN", `#`, `##`) a distinctive phrase anywhere in it. A key-phrase match nested inside a recognised section must
 * be a section that comes after it: "Trách nhiệm lãnh đạo…" under "Kết quả" is text, not the leadership section.
 */
export function recognizeHeading(text: string, context: HeadingContext = {}): HeadingMatch | null {
	// Reports repeat the same headings: each distinct heading is recognised once per thread and context; answers are
	// frozen, being shared.
	const cacheKey = `${context.within?.join(',') ?? ''}|${context.depth ?? ''}|${text}`;
	if (recognised.has(cacheKey)) return recognised.get(cacheKey)!;
	const match = recognize(text, context);
	if (recognised.size >= 10_000) recognised.clear();
	recognised.set(
		cacheKey,
		match && Object.freeze({ ...match, ...(match.covers && { covers: Object.freeze(match.covers) as SectionKey[] }) })
	);
	return recognised.get(cacheKey)!;
}

const recognised = new Map<string, HeadingMatch | null>();

function recognize(text: string, context: HeadingContext): HeadingMatch | null {
	const { core, numbering } = splitNumbering(text);
	if (!core) return null;
	const within = context.within ?? [];
	const top =
		within.length === 0 &&
		(numbering === 'part' || numbering === 'roman' || (context.depth !== undefined && context.depth <= 2));
	let mode: keyof typeof matchers = 'exact';
	let hit = matchCore(exact(core), matchers.exact, top);
	if (hit === null) {
		mode = 'folded';
		hit = matchCore(folded(core), matchers.folded, top);
	}
	if (hit === null) return null;
	let { key } = hit;
	// Inside "Đánh giá chung", "Kết quả (đạt được)" lists what went well: that is achievements, not results.
	if (key === 'results' && within.includes('assessment')) key = 'achievements';
	const inner = within.at(-1);
	if (hit.via !== 'variant' && inner !== undefined && SECTION_KEYS.indexOf(key) <= SECTION_KEYS.indexOf(inner))
		return null;
	const match: HeadingMatch = { key };
	const m = matchers[mode];
	if (key === 'limitations' && ` ${(mode === 'exact' ? exact : folded)(core)} `.includes(` ${m.causes} `))
		match.covers = ['causes'];
	if (mode === 'folded')
		match.warning = `đề mục "${excerpt(text)}" chỉ được nhận là phần "${canonicalHeading(key)}" khi bỏ qua dấu; hãy viết đề mục có dấu tiếng Việt (the heading was recognised as ${key} only when diacritics were ignored; write it with Vietnamese diacritics)`;
	return match;
}

// ---------------------------------------------------------------------------------------------------------------
// Headings in a tree

/** Depth given to a bold-paragraph heading, from its numbering: PHẦN 1, I. 2, 1. 3, 1.1./(1) 4, a) 5; unnumbered 6, or 2 in capitals. */
const PSEUDO_DEPTH: Record<Numbering, number> = { part: 1, roman: 2, number: 3, subnumber: 4, paren: 4, letter: 5 };

/** A Word conversion writes headings as a top-level paragraph of bold text only: `**II. KẾT QUẢ THỰC HIỆN**`. */
function boldOnlyText(p: Paragraph): string | null {
	const isBold = (n: Nodes): boolean =>
		n.type === 'strong' || (n.type === 'emphasis' && n.children.length > 0 && n.children.every(isBold));
	const meaningful = p.children.filter((n) => !(n.type === 'text' && /^[\s:.]*$/u.test(n.value)));
	if (meaningful.length === 0 || !meaningful.every(isBold)) return null;
	return toString(p);
}

interface Mark {
	node: Heading | Paragraph;
	parent: Parents;
	index: number;
	depth: number;
	pseudo: boolean;
	match: HeadingMatch | null;
	anchor: string;
}

/** Heading id: a GitHub slug of the heading's text, unique within one report thanks to the shared slugger. */
export function headingAnchor(text: string, slugger: GithubSlugger): string {
	return slugger.slug(text);
}

/** A report's own names for its sections (frontmatter `sections`): section key → the heading text it uses. */
export type SectionNames = Partial<Record<SectionKey, string | readonly string[]>>;

/** The form a heading is compared in against a named one: numbering, case, punctuation and spacing ignored. */
export const sectionName = (text: string) => exact(splitNumbering(text).core);

function namedMatches(names: SectionNames | undefined): Map<string, HeadingMatch> | undefined {
	if (!names) return undefined;
	const map = new Map<string, HeadingMatch>();
	for (const key of SECTION_KEYS) {
		const given = names[key];
		for (const text of typeof given === 'string' ? [given] : (given ?? []))
			map.set(sectionName(text), Object.freeze({ key }));
	}
	return map;
}

function collectMarks(tree: Root, names?: SectionNames): Mark[] {
	const named = namedMatches(names);
	const marks: Mark[] = [];
	const open: Mark[] = [];
	let lessonsDepth: number | null = null;
	const consider = (node: Nodes, index: number | undefined, parent: Parents | undefined) => {
		if (!parent || index === undefined) return;
		let depth: number;
		let text: string;
		let pseudo = false;
		let numbering: Numbering | null = null;
		if (node.type === 'heading') {
			depth = node.depth;
			text = toString(node);
		} else if (node.type === 'paragraph' && parent === tree) {
			const bold = boldOnlyText(node);
			if (bold === null) return;
			const split = splitNumbering(bold);
			({ numbering } = split);
			depth = numbering ? PSEUDO_DEPTH[numbering] : split.core === split.core.toLocaleUpperCase('vi') ? 2 : 6;
			text = bold;
			pseudo = true;
		} else return;
		const ancestors = open.filter((m) => m.depth < depth); // `open` keeps strictly increasing depths
		const within = ancestors.flatMap((m) => (m.match ? [m.match.key] : []));
		let match = named?.get(sectionName(text)) ?? recognizeHeading(text, { within, depth });
		const topPart = numbering === 'part' || numbering === 'roman';
		// Under a lessons heading, "Công tác lãnh đạo phải…" is a lesson, not the leadership section: no section that
		// comes before lessons can sit inside it. A bold paragraph cannot show nesting, so it counts as inside until
		// a heading at the lessons level or above, unless numbered like a top part.
		const inLessons = within.includes('lessons') || (pseudo && lessonsDepth !== null && !topPart);
		if (match && inLessons && SECTION_KEYS.indexOf(match.key) < SECTION_KEYS.indexOf('lessons')) match = null;
		// An unrecognised bold paragraph only counts as structure when numbered like a top part ("**IV. …**"):
		// a bold numbered lesson ("**1. Phải…**") must not end the lessons section.
		if (pseudo && !match && !topPart) return;
		if (match?.key === 'lessons') lessonsDepth ??= depth;
		else if (match || depth <= (lessonsDepth ?? 0)) lessonsDepth = null;
		const mark: Mark = { node, parent, index, depth, pseudo, match, anchor: '' };
		marks.push(mark);
		open.splice(ancestors.length, Infinity, mark);
	};
	visit(tree, (node, index, parent) => {
		consider(node, index, parent);
		return holdsNoHeading(node) ? SKIP : CONTINUE;
	});
	// Real headings take slugs first, in document order, exactly like the renderer; bold-paragraph headings after them.
	const slugger = new GithubSlugger();
	for (const id of RESERVED_IDS) slugger.slug(id); // taken by the page: a heading of the same words gets "-1"
	for (const m of marks) if (!m.pseudo) m.anchor = headingAnchor(toString(m.node), slugger);
	for (const m of marks) if (m.pseudo && m.match) m.anchor = headingAnchor(toString(m.node), slugger);
	return marks;
}

function toSections(mark: Mark, lineOffset: number): Section[] {
	if (!mark.match) return [];
	const { key, warning, covers = [] } = mark.match;
	const base = {
		heading: toString(mark.node).normalize('NFC').replace(/\s+/g, ' ').trim(),
		depth: mark.depth,
		line: (mark.node.position?.start.line ?? 1) + lineOffset,
		anchor: mark.anchor,
	};
	return [key, ...covers].map((k) => ({ key: k, ...base, ...(warning !== undefined && { warning }) }));
}

/** The section headings of one tree, found once and shared by every reader of that tree (see `markSections`). */
export interface SectionMarks {
	readonly tree: Root;
	readonly marks: readonly Mark[];
}

/** Finds a tree's section headings once; pass the result as `marks` so each reader does not walk the tree again. */
export const markSections = (tree: Root, names?: SectionNames): SectionMarks => ({
	tree,
	marks: collectMarks(tree, names),
});

// Marks found for another tree are never used: the tree is walked instead.
const marksOf = (tree: Root, given?: SectionMarks) => (given?.tree === tree ? given.marks : collectMarks(tree));

export interface ExtractOptions {
	/** Added to body line numbers so they are lines of the whole file (the frontmatter is parsed separately). */
	lineOffset?: number;
	/** The tree's headings from `markSections`, when already found; the tree must not have changed since. */
	marks?: SectionMarks;
}

/**
 * Every recognised section heading, in document order: Markdown headings at any depth and top-level bold-only
 * paragraphs. A heading that covers two sections ("Hạn chế và nguyên nhân") yields one Section per key, same anchor.
 */
export function extractSections(tree: Root, options: ExtractOptions = {}): Section[] {
	return marksOf(tree, options.marks).flatMap((m) => toSections(m, options.lineOffset ?? 0));
}

export interface SectionRange {
	section: Section;
	/** The heading node (a bold-only paragraph for Word-style headings). */
	heading: Heading | Paragraph;
	/** The heading's following siblings up to the next heading of the same or a higher level. */
	nodes: RootContent[];
}

/** Each recognised section with the nodes it spans; lesson extraction reads the lessons section from here. */
export function sectionRanges(tree: Root, options: ExtractOptions = {}): SectionRange[] {
	const marks = marksOf(tree, options.marks);
	return marks.flatMap((mark) => {
		const siblings = mark.parent.children as RootContent[];
		const end =
			marks.find((m) => m.parent === mark.parent && m.index > mark.index && m.depth <= mark.depth)?.index ??
			siblings.length;
		const nodes = siblings.slice(mark.index + 1, end);
		return toSections(mark, options.lineOffset ?? 0).map((section) => ({ section, heading: mark.node, nodes }));
	});
}

/**
 * Anchor ids for the renderer. `headings[i]` is the id of the i-th `heading` node in document order (what
 * `renderReport` takes; identical to slugging `toString(heading)` of every heading with one GithubSlugger).
 * `paragraphs` gives the id of each bold-only paragraph recognised as a section heading; the renderer must set it
 * (e.g. `node.data.hProperties.id`) for links to those sections to work; `depths` the heading level it stands for.
 */
export function reportAnchors(
	tree: Root,
	given?: SectionMarks
): { headings: string[]; paragraphs: Map<Paragraph, string>; depths: Map<Paragraph, number> } {
	const marks = marksOf(tree, given);
	const headings: string[] = [];
	const paragraphs = new Map<Paragraph, string>();
	const depths = new Map<Paragraph, number>();
	for (const m of marks) {
		if (m.node.type === 'heading') headings.push(m.anchor);
		else if (m.match) {
			paragraphs.set(m.node, m.anchor);
			depths.set(m.node, m.depth);
		}
	}
	return { headings, paragraphs, depths };
}

/** What a heading could stand for, read loosely (any key phrase anywhere in it), for messages only. */
export function guessSection(text: string): SectionKey | null {
	const core = exact(splitNumbering(text).core);
	const m = matchers.exact;
	return (
		recognizeHeading(text, { depth: 1 })?.key ??
		earliest(core, [...m.prefixes, ...m.heads, ...m.anywhere].sort(longestFirst))?.key ??
		earliest(folded(core), [...matchers.folded.heads, ...matchers.folded.anywhere].sort(longestFirst))?.key ??
		null
	);
}

/** One heading of a report as the "section missing" message lists it. */
export interface FoundHeading {
	text: string;
	line: number;
	/** The section it was recognised as, or null. */
	key: SectionKey | null;
	/** For an unrecognised heading, the section its words suggest, or null. */
	guess: SectionKey | null;
}

/** The report's headings (Markdown headings and Word-style bold paragraphs), at most `limit`, for messages. */
export function foundHeadings(
	tree: Root,
	given: SectionMarks | undefined,
	lineOffset: number,
	limit = 30
): FoundHeading[] {
	const marks = marksOf(tree, given);
	const keyOf = new Map(marks.map((m) => [m.node as Nodes, m.match?.key ?? null]));
	const found: FoundHeading[] = [];
	visit(tree, (node, _index, parent) => {
		if (found.length >= limit) return EXIT;
		const isHeading =
			node.type === 'heading' || (node.type === 'paragraph' && parent === tree && boldOnlyText(node) !== null);
		if (isHeading) {
			const text = excerpt(toString(node));
			const key = keyOf.get(node) ?? null;
			found.push({
				text,
				line: (node.position?.start.line ?? 1) + lineOffset,
				key,
				guess: key ? null : guessSection(text),
			});
		}
		return holdsNoHeading(node) ? SKIP : CONTINUE;
	});
	return found;
}
