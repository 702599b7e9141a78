// Reads the lessons learned out of a report's lessons section (docs/report-format.md, section 2).
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import type { Lesson } from '../model.ts';
import { sectionRanges, type ExtractOptions } from '../report/section-headings.ts';
import { trimEndOf } from '../text/trim.ts';

/** How a lesson is marked. The first kind a section uses marks its lessons; other kinds inside are sub-points. */
type Kind = 'ordinal' | 'numbered' | 'bullet' | 'lettered' | 'heading';

/** A piece of text with where it starts; `kind` is set when it opens with a marker (already stripped). */
interface Unit {
	text: string;
	line: number;
	kind: Kind | null;
	/** The ordinal words it opened with ("Thứ hai, "), put back when the unit turns out to be a sub-point. */
	ordinal: string;
	/** The paragraph or list item it came from, so unmarked prose gives one lesson per paragraph. */
	block: number;
}

const ORDINALS: Record<string, number> = {
	một: 1,
	nhất: 1,
	hai: 2,
	ba: 3,
	bốn: 4,
	tư: 4,
	năm: 5,
	sáu: 6,
	bảy: 7,
	tám: 8,
	chín: 9,
	mười: 10,
};
const ORDINAL_PROSE =
	'(?:(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s+là|thứ\\s+(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?:\\s+là)?)(?=[\\s,:.;]|$)';
const LEADING_ORDINAL = new RegExp(`^${ORDINAL_PROSE}[\\s,:.;–-]*`, 'iu');
// Mid-paragraph ordinals need punctuation before them: "Theo đó, thứ nhất…" splits, "lần thứ hai" does not.
const INNER_ORDINAL = new RegExp(`(?<=[,.;:!?])\\s+${ORDINAL_PROSE}`, 'giu');
const LINE_MARKERS: readonly (readonly [Kind, RegExp])[] = [
	['numbered', /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)\-–]|\(\d{1,2}\))(?=\s|\p{L})\s*/u], // a letter or space follows: not "5-6 lần"
	['lettered', /^(?:[a-zđ][.)]|\([a-zđ]\))\s+/u],
	['bullet', /^[-–—+•●▪◦*]\s*/u],
];

const ordinalValue = (m: RegExpExecArray) => ORDINALS[(m[1] ?? m[2] ?? '').toLocaleLowerCase('vi')] ?? 0;

/** Plain text of a node; hard line breaks become newlines so each source line can be read on its own. */
function plain(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	if (node.type === 'image') return node.alt ?? '';
	if (node.type === 'list') return node.children.map(plain).join('\n');
	if ('children' in node)
		return node.children.map(plain).join(node.type === 'listItem' || node.type === 'blockquote' ? '\n' : '');
	return '';
}

/** Splits the lessons text into units, stripping markers. Keeps the ordinal count across calls. */
class Splitter {
	units: Unit[] = [];
	private lastOrdinal = 0;
	private block = 0;

	/** A paragraph or heading: every line may start with a marker, and an ordinal may sit mid-line. */
	prose(text: string, line: number, heading: boolean): void {
		this.block++;
		text
			.normalize('NFC')
			.split('\n')
			.forEach((l, i) => this.line(l, line + i, heading ? 'heading' : null));
	}

	/** A top-level list item: one unit marked by the list; its nested lists and later paragraphs belong to it. */
	item(item: ListItem, list: List, line: number): void {
		this.block++;
		const [first = '', ...rest] = plain(item).normalize('NFC').split('\n');
		this.line(first, line, list.ordered ? 'numbered' : 'bullet');
		for (const l of rest) this.units.push({ text: l, line, kind: null, ordinal: '', block: this.block });
	}

	private line(raw: string, line: number, given: Kind | null): void {
		let text = raw.trim();
		let kind = given;
		if (given === null || given === 'heading') {
			const marker = LINE_MARKERS.map(([k, re]) => [k, re.exec(text)] as const).find(([, m]) => m);
			if (marker?.[1]) [kind, text] = [given ?? marker[0], text.slice(marker[1][0].length)];
		}
		const lead = LEADING_ORDINAL.exec(text);
		let ordinal = lead?.[0] ?? '';
		if (lead) {
			this.lastOrdinal = ordinalValue(lead);
			text = text.slice(ordinal.length);
			kind ??= 'ordinal';
		}
		// Split at "…, thứ hai …" only when it continues the count (or starts one), so a stray "thứ ba" stays text.
		let start = 0;
		for (const m of text.matchAll(INNER_ORDINAL)) {
			const n = ordinalValue(m);
			if (n !== 1 && n !== this.lastOrdinal + 1) continue;
			this.push(text.slice(start, m.index), line, kind, ordinal);
			const from = m.index + m[0].length - m[0].trimStart().length;
			start = m.index + m[0].length;
			start += /^[\s,:.;–-]*/u.exec(text.slice(start))?.[0].length ?? 0;
			[kind, ordinal, this.lastOrdinal] = ['ordinal', text.slice(from, start), n];
		}
		this.push(text.slice(start), line, kind, ordinal);
	}

	private push(text: string, line: number, kind: Kind | null, ordinal: string): void {
		if (text.trim() || kind) this.units.push({ text, line, kind, ordinal, block: this.block });
	}
}

const tidy = (text: string) => {
	const t = trimEndOf(
		text
			.normalize('NFC')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^[,:.;–-]+\s*/u, ''),
		';,'
	);
	return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
};

function lessonsOf(units: Unit[]): { text: string; line: number }[] {
	const groups: Unit[][] = [];
	const primary = units.find((u) => u.kind)?.kind;
	if (!primary) {
		for (const u of units) {
			const last = groups.at(-1);
			if (last?.[0]?.block === u.block) last.push(u);
			else groups.push([u]);
		}
	} else {
		// Text before the first lesson marker is an introduction ("… rút ra một số bài học sau:") and is left out.
		for (const u of units) {
			if (u.kind === primary || (primary === 'ordinal' && u.ordinal)) groups.push([u]);
			else groups.at(-1)?.push(u);
		}
	}
	return groups
		.map((g) => ({ text: tidy(g.map((u, i) => (i > 0 ? u.ordinal : '') + u.text).join(' ')), line: g[0]?.line ?? 0 }))
		.filter((l) => l.text !== '');
}

/**
 * The lessons learned of a report, from every lessons section (a heading at any level, e.g. inside "Đánh giá chung").
 * A lesson is a top-level list item, a line starting with a marker (-, +, •, 1., 1)) or an ordinal ("Một là",
 * "Thứ hai", also mid-paragraph); an unmarked paragraph continues the previous lesson. Prose with no marker at all
 * gives one lesson per paragraph.
 */
export function extractLessons(tree: Root, options: ExtractOptions = {}): Lesson[] {
	const offset = options.lineOffset ?? 0;
	const ranges = sectionRanges(tree, { ...(options.marks && { marks: options.marks }) });
	const headings = new Map(ranges.map((r) => [r.heading as Nodes, r.section.key]));
	const seen = new Set<RootContent>();
	const lessons: { text: string; line: number }[] = [];
	for (const range of ranges.filter((r) => r.section.key === 'lessons')) {
		if (seen.has(range.heading as RootContent)) continue; // a lessons heading nested in another lessons section
		const splitter = new Splitter();
		for (const node of range.nodes) {
			const key = headings.get(node);
			if (key !== undefined && key !== 'lessons') break; // e.g. "Nguyên nhân" nested deeper than the lessons heading
			seen.add(node);
			if (key === 'lessons') continue;
			read(node, splitter, offset);
		}
		lessons.push(...lessonsOf(splitter.units));
	}
	return lessons.map((l, i) => ({ index: i + 1, ...l }));
}

function read(node: RootContent, splitter: Splitter, offset: number): void {
	const line = (node.position?.start.line ?? 1) + offset;
	if (node.type === 'paragraph' || node.type === 'heading') splitter.prose(plain(node), line, node.type === 'heading');
	else if (node.type === 'list')
		for (const item of node.children) splitter.item(item, node, (item.position?.start.line ?? 1) + offset);
	else if (node.type === 'blockquote') for (const child of node.children) read(child, splitter, offset);
}
