import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { CampaignRecord, Unit } from '../model.ts';
import { problem, type Problem } from '../content/problem.ts';
import { parseBody } from '../report/parse.ts';
import { foldDiacritics } from '../text/diacritics.ts';
import { excerpt } from '../text/printable.ts';
import { DETAIL_ROWS, DETAILS_TITLE, SECTION_HINTS } from '../template/details.ts';
import type { GivenField, MetadataSource } from './compose.ts';

/** A report with the template's details table taken out of its text and read as details. */
export interface DetailsTable {
	/** The text without the table (and the blank line after it). */
	text: string;
	source: MetadataSource;
	problems: Problem[];
}

const folded = (s: string) => foldDiacritics(s).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
// A hint left in a cell (the template's grey example) is not a value.
const isHint = (value: string) => DETAIL_ROWS.some((row) => folded(row.hint) === folded(value));
const HINTS = new Set(Object.values(SECTION_HINTS).map(folded));
const isSectionHint = (line: string) => line.startsWith('_') && HINTS.has(folded(line.replace(/[_*\\]/g, '')));

/**
 * Finds the Word template's details table (its first header cell is "Thông tin báo cáo") in text converted from Word
 * and reads its rows as report details: the campaign by its title or id, the unit by its roster name or id (on that
 * campaign's roster when the table names one), the rest as written. Null when there is none.
 */
export function readDetailsTable(
	file: string,
	text: string,
	units: readonly Unit[],
	campaigns: readonly CampaignRecord[] = []
): DetailsTable | null {
	const parsed = parseBody(text);
	if ('error' in parsed) return null;
	const table = parsed.tree.children.find(
		(node): node is Table =>
			node.type === 'table' && folded(toString(node.children[0]?.children[0] ?? '')) === folded(DETAILS_TITLE)
	);
	if (!table?.position) return null;
	const fields: Record<string, GivenField> = {};
	const problems: Problem[] = [];
	const rows = table.children.slice(1).flatMap((row) => {
		const [labelCell, valueCell] = row.children;
		const label = folded(toString(labelCell ?? ''));
		const detail = DETAIL_ROWS.find((d) => label.startsWith(folded(d.label)));
		const value = toString(valueCell ?? '')
			.replace(/\s+/g, ' ')
			.trim();
		const line = row.position?.start.line ?? table.position!.start.line;
		return !detail || value === '' || isHint(value) ? [] : [{ detail, value, line }];
	});
	// The campaign is read first, since it says whose roster the unit is on; it stays last in the details, where
	// the campaign given by a flag or by the only campaign file goes, so a report reads the same however it came.
	const campaignRow = rows.find((r) => r.detail.key === 'campaign');
	const campaign =
		campaignRow && campaigns.find((c) => c.id === campaignRow.value || folded(c.title) === folded(campaignRow.value));
	if (campaignRow && !campaign)
		problems.push(
			problem(
				file,
				`"${excerpt(campaignRow.value)}" không phải tên một đợt sơ kết; hãy để nguyên tên đợt đã điền sẵn trong mẫu (${campaigns.map((c) => c.title).join('; ')}) (not the title of a campaign; write it exactly as in the template)`,
				{ line: campaignRow.line, column: 1, field: 'campaign' }
			)
		);
	const roster = campaign ? units.filter((u) => u.campaign === campaign.id) : units;
	for (const { detail, value, line } of rows) {
		const given = (v: unknown) => (fields[detail.key] = { value: v, line, column: 1 });
		if (detail.key === 'campaign') continue;
		if (detail.key === 'unit') {
			const found = [
				...new Set(roster.filter((u) => folded(u.name) === folded(value) || u.id === value).map((u) => u.id)),
			];
			if (found.length === 1) given(found[0]);
			else
				problems.push(
					problem(
						file,
						found.length
							? `"${excerpt(value)}" trùng tên nhiều đơn vị trong danh sách; hãy ghi mã đơn vị (names more than one unit on the rosters; write the unit's id instead)`
							: `"${excerpt(value)}" không có trong danh sách đơn vị; hãy ghi đúng tên đơn vị như trong danh sách (not the name of a unit on the roster; write the unit's name exactly as in the list)`,
						{ line, column: 1, field: 'unit' }
					)
				);
		} else if (detail.key === 'attendance') {
			const total = Number(value.replace(/[.\s]/g, ''));
			if (Number.isInteger(total)) given({ total });
			else
				problems.push(
					problem(
						file,
						`"${excerpt(value)}" không phải số đại biểu; hãy ghi một số, ví dụ 85 (not a number of delegates; write a whole number such as 85)`,
						{ line, column: 1, field: 'attendance' }
					)
				);
		} else given(value);
	}
	if (campaign) fields['campaign'] = { value: campaign.id, line: campaignRow!.line, column: 1 };
	const lines = text.split('\n');
	// What comes before the template's table is its header block (Party name, number, date, "BÁO CÁO"), unless a heading is there.
	const before = lines.slice(0, table.position.start.line - 1);
	const kept = before.some((l) => /^#{1,6} /.test(l)) ? before : [];
	let end: number = table.position.end.line;
	while (end < lines.length && lines[end]?.trim() === '') end++;
	const after = lines.slice(end);
	// A hint line left under a heading is dropped with the blank line after it, so an unwritten section stays empty.
	const rest = after.filter((l, i) => !isSectionHint(l) && !(l.trim() === '' && isSectionHint(after[i - 1] ?? '')));
	return { text: [...kept, ...rest].join('\n'), source: { file, fields }, problems };
}
