import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Unit } from '../model.ts';
import { problem, type Problem } from '../content/problem.ts';
import { parseBody } from '../report/parse.ts';
import { foldDiacritics } from '../text/diacritics.ts';
import { DETAILS_TITLE } from '../template/details.ts';
import type { GivenField, MetadataSource } from './compose.ts';

/** The Party header block of a Word report (see docs/ingest.md), read and taken out of its text. */
export interface HeaderBlock {
	/** The text without the header block, the "BÁO CÁO" title and separator lines. */
	text: string;
	/** issuingBody, documentNumber and issuedOn as printed; a fallback: details given elsewhere win. */
	source: MetadataSource;
	/** Every line of the header as written, for the roster check: the issuing body is among them. */
	lines: string[];
	/** Line of the header in the converted text (1-based). */
	line: number;
	/** How many lines of the converted text were taken out before `text` (line n of `text` is line n + removed). */
	removed: number;
}

const folded = (s: string) =>
	foldDiacritics(s)
		.toLocaleLowerCase('vi')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
const NUMBER = /(?:^|\s)Số\s*:?\s*(\d[\p{L}\d.]*\s*[-–]\s*[\p{Lu}\d]+(?:\s*\/\s*[\p{Lu}\d-]+)+)/u;
const DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const PARTY = 'dang cong san viet nam';
const SEPARATOR = /^[\s*\-_–—=.~·•]*$/u;
// A header line is short; a sentence of report text is not taken for one.
const MAX_HEADER_LINE = 160;
const MAX_HEADER_TABLE = 1000;
// The names Party bodies are called by; the issuing body is written last, under its superior ("ĐẢNG BỘ HUYỆN …" above "ĐẢNG ỦY XÃ …").
const BODY_START =
	/(?:ĐẢNG\s+(?:ỦY|UỶ|BỘ)|CHI\s+BỘ|(?:HUYỆN|QUẬN|THỊ|THÀNH|TỈNH)\s+(?:ỦY|UỶ)|BAN\s+(?:THƯỜNG\s+VỤ|CHẤP\s+HÀNH|TỔ\s+CHỨC|TUYÊN\s+GIÁO|DÂN\s+VẬN|KIỂM\s+TRA)|ỦY\s+BAN\s+KIỂM\s+TRA|ĐẢNG\s+ĐOÀN|BAN\s+CÁN\s+SỰ)/gu;
const MAX_BODY_NAME = 120;
const ORGAN_END = /(?:THƯỜNG VỤ|CHẤP HÀNH|KIỂM TRA|TỔ CHỨC|TUYÊN GIÁO|DÂN VẬN|ĐOÀN|CÁN SỰ)\s*$/u;

/**
 * The issuing body printed in the header ("ĐẢNG ỦY XÃ AN BÌNH"), or null: the last Party body named in capitals before
 * the number, the "*" or the Party line, in one pass over a header already bounded to a few short lines.
 */
export function issuingBodyOf(lines: readonly string[]): string | null {
	let found: string | null = null;
	for (const line of lines) {
		const cut = line.search(/\*|(?:^|\s)Số\b|ĐẢNG CỘNG SẢN|ngày\s+\d/u);
		const before = (cut < 0 ? line : line.slice(0, cut)).replace(/\s+/g, ' ').trim();
		if (before === '' || hasLowercase(before)) continue;
		let start = -1;
		let keyword = 0;
		// "BAN THƯỜNG VỤ HUYỆN ỦY" is one body: a name right after an organ's words continues it.
		for (const match of before.matchAll(BODY_START))
			if (start < 0 || !ORGAN_END.test(before.slice(Math.max(0, match.index - 20), match.index)))
				((start = match.index), (keyword = match[0].length));
		if (start < 0) continue;
		// The template's "ĐẢNG ỦY ……" left unfilled names no body.
		const name = before.slice(start).replace(/[\s\-–—_.,;:…]+$/u, '');
		if (name.length > keyword && name.length <= MAX_BODY_NAME && !/…|\.\./u.test(name)) found = name;
	}
	return found;
}

const isTitle = (text: string) => /^bao cao\b/.test(folded(text)) && text.length <= MAX_HEADER_LINE;
const hasLowercase = (text: string) => /\p{Ll}/u.test(text.replace(NUMBER, '').replace(DATE, ''));

type Kind = 'party' | 'number' | 'date' | 'separator' | 'caps' | 'title';

// What one leading node of a Word report is, if it belongs to the header block; null for report text.
function kindOf(node: RootContent): Kind | null {
	if (node.type === 'thematicBreak') return 'separator';
	if (node.type === 'table') {
		// The Word template's details table is read by details-table.ts, never taken for a header.
		if (folded(toString(node.children[0]?.children[0] ?? '')) === folded(DETAILS_TITLE)) return null;
		// A header table is one or two rows of two columns; a table of figures is report text, whatever dates it holds.
		if (node.children.length > 2 || node.children.some((row) => row.children.length > 2)) return null;
		const text = toString(node);
		// A header is a few short lines: a long table is report text, and the patterns below never scan more than this.
		if (text.length > MAX_HEADER_TABLE) return null;
		return folded(text).includes(PARTY) || NUMBER.test(text) || DATE.test(text) ? 'party' : null;
	}
	if (node.type !== 'paragraph' && node.type !== 'heading') return null;
	const text = toString(node).replace(/\s+/g, ' ').trim();
	if (SEPARATOR.test(text)) return 'separator';
	if (text.length > MAX_HEADER_LINE) return null;
	if (isTitle(text)) return 'title';
	if (folded(text).includes(PARTY)) return 'party';
	if (NUMBER.test(text) && text.length <= 60) return 'number';
	if (DATE.test(text) && text.length <= 80) return 'date';
	if (node.type === 'paragraph' && !hasLowercase(text)) return 'caps';
	return null;
}

/**
 * Finds the Party header block at the top of a report converted from Word (issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM",
 * "Số 12-BC/ĐU", "Hòa Bình, ngày 28 tháng 4 năm 2021", "BÁO CÁO" with its summary line, separator lines), reads its
 * number and date as details and takes it out of the text. Null when the top of the file is no such block: a block
 * counts only when it has the Party line, a number or a date, so a report that starts with its text loses nothing.
 */
export function readHeaderBlock(file: string, text: string): HeaderBlock | null {
	const parsed = parseBody(text);
	if ('error' in parsed) return null;
	const nodes = parsed.tree.children;
	const kinds: Kind[] = [];
	let count = 0;
	while (count < nodes.length) {
		const kind = kindOf(nodes[count]!);
		if (kind === null) break;
		kinds.push(kind);
		count++;
		// The summary under "BÁO CÁO" ("kết quả sơ kết …") is part of the title unless it reads as a sentence.
		const next = nodes[count];
		if (kind === 'title' && next && (next.type === 'paragraph' || next.type === 'heading')) {
			const summary = toString(next).replace(/\s+/g, ' ').trim();
			if (kindOf(next) === null && summary.length <= MAX_HEADER_LINE && !/[.:;]$/.test(summary)) {
				kinds.push('title');
				count++;
			}
		}
	}
	const block = nodes.slice(0, count);
	if (!kinds.some((k) => k === 'party' || k === 'number' || k === 'date')) return null;
	const last = block.at(-1)?.position;
	if (!last) return null;

	const lines = block
		.flatMap((node) =>
			node.type === 'table'
				? node.children.flatMap((row) => row.children.map((cell) => toString(cell)))
				: [toString(node)]
		)
		.map((l) => l.replace(/\s+/g, ' ').trim())
		.filter((l) => l !== '');
	const fields: Record<string, GivenField> = {};
	const lineOf = (pattern: RegExp) => block.find((node) => pattern.test(toString(node)))?.position?.start.line ?? 1;
	const whole = lines.join(' ');
	const number = NUMBER.exec(whole);
	if (number?.[1])
		fields.documentNumber = { value: number[1].replace(/\s+/g, '').replace('–', '-'), line: lineOf(NUMBER), column: 1 };
	const date = DATE.exec(whole);
	if (date) {
		const [, day, month, year] = date;
		const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
		// A date that is no day of the calendar ("ngày 31 tháng 02") is left out rather than refusing the report for its header.
		if (new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso))
			fields.issuedOn = { value: iso, line: lineOf(DATE), column: 1 };
	}
	const body = issuingBodyOf(
		block.flatMap((node) =>
			node.type === 'table'
				? node.children.flatMap((row) => row.children.map((cell) => toString(cell)))
				: [toString(node)]
		)
	);
	if (body) fields.issuingBody = { value: body, line: block[0]?.position?.start.line ?? 1, column: 1 };
	const all = text.split('\n');
	let end: number = last.end.line;
	while (end < all.length && all[end]?.trim() === '') end++;
	return {
		text: all.slice(end).join('\n'),
		source: { file, fields, fallback: true },
		lines,
		line: block[0]?.position?.start.line ?? 1,
		removed: end,
	};
}

// Whole words of a roster name inside the header, diacritics and case ignored: "ĐẢNG UỶ XÃ AN BÌNH" names "Đảng ủy xã An Bình".
const names = (header: string, unit: Unit) => {
	const name = folded(unit.name);
	return name !== '' && ` ${header} `.includes(` ${name} `);
};

/**
 * A Word file whose header names another unit of the roster than the one it is filed for was most likely sent by
 * mistake: refused with both names. The units it reports to may be named too (the superior body); a header that
 * names no unit of the roster, or words the unit's name differently, is never refused.
 */
export function headerUnitProblem(
	file: string,
	header: HeaderBlock,
	unit: Unit,
	roster: readonly Unit[]
): Problem | null {
	const whole = folded(header.lines.join(' '));
	const byId = new Map(roster.filter((u) => u.campaign === unit.campaign).map((u) => [u.id, u]));
	const above = new Set<string>();
	for (let u = byId.get(unit.parent ?? ''); u && !above.has(u.id); u = byId.get(u.parent ?? '')) above.add(u.id);
	const others = [...byId.values()].filter((u) => u.id !== unit.id && !above.has(u.id) && names(whole, u));
	if (others.length === 0) return null;
	// "xã An Bình Tây" does not name "xã An Bình": a longer roster name found in the header is taken out first.
	const own = folded(unit.name);
	const longer = others
		.map((u) => folded(u.name))
		.filter((n) => n.length > own.length && ` ${n} `.includes(` ${own} `));
	const text = longer.reduce((t, n) => ` ${t} `.split(` ${n} `).join(' | ').trim(), whole);
	if (names(text, unit)) return null;
	// The issuing body is written under its superior: the name found last in the header is the one that issued it.
	const named = others.sort(
		(a, b) => ` ${whole} `.lastIndexOf(` ${folded(b.name)} `) - ` ${whole} `.lastIndexOf(` ${folded(a.name)} `)
	)[0]!;
	return problem(
		file,
		`phần đầu tệp Word ghi đơn vị "${named.name}", nhưng tệp được gửi cho "${unit.name}"; hãy kiểm tra đã chọn đúng tệp chưa, hoặc sửa đơn vị cho đúng (the Word file's header names "${named.name}" but it is filed for "${unit.name}")`,
		{ line: header.line, column: 1, field: 'unit' }
	);
}
