// One synthetic review report: frontmatter and a ~1,600-word body with every section, lists and a GFM table.
import type { Random } from './random.ts';
import {
	ACHIEVEMENTS,
	CAUSES,
	DIRECTIONS,
	LEADERSHIP,
	LESSONS,
	LIMITATIONS,
	ORDINALS,
	PEOPLE,
	PLACE_SYLLABLES,
	PROPOSALS,
	RESULTS,
	TABLE_ROWS,
} from './vocabulary.ts';

export interface ReportUnit {
	campaign: string;
	id: string;
	name: string;
	/** Short name used in the text, e.g. "xã An Bình". */
	shortName: string;
	tier: 'tinh' | 'huyen' | 'co-so';
}

export interface ReportDates {
	heldOn: string;
	sentOn: string;
}

const fill = (random: Random, unit: ReportUnit, template: string) =>
	template
		.replaceAll('$U', unit.shortName)
		.replaceAll('$N', String(random.int(3, 240)))
		.replaceAll('$P', `${random.int(85, 99)},${random.int(0, 9)}`)
		.replaceAll('$Y', String(random.int(2017, 2020)));

function paragraph(random: Random, unit: ReportUnit, bank: readonly string[], sentences: number): string {
	const text = random.sample(bank, Math.min(sentences, bank.length)).map((s) => fill(random, unit, s));
	if (random.chance(0.3)) text[0] = `**${text[0]}**`;
	else if (random.chance(0.2)) text[text.length - 1] = `*${text[text.length - 1]}*`;
	return text.join(' ');
}

/** Headings as Markdown headings or, as in reports converted from Word, as bold paragraphs. */
function headingWriter(boldParagraphs: boolean) {
	return (level: 2 | 3, text: string) => (boldParagraphs ? `**${text}**` : `${'#'.repeat(level)} ${text}`);
}

function table(random: Random): string {
	const rows = random.sample(TABLE_ROWS, random.int(3, TABLE_ROWS.length)).map((label) => {
		const before = random.int(2, 60);
		const after = before + random.int(0, 40);
		return `| ${label} | ${before} | ${after} | ${after - before >= 0 ? '+' : ''}${after - before} |`;
	});
	return ['| Chỉ tiêu | Năm 2016 | Năm 2020 | Tăng, giảm |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

function lessons(random: Random, unit: ReportUnit): string {
	const items = random.sample(LESSONS, random.int(3, 5)).map((s) => fill(random, unit, s));
	const style = random.next();
	if (style < 0.6) return items.map((s, i) => `${i + 1}. ${s}`).join('\n');
	if (style < 0.8)
		return items.map((s, i) => `${ORDINALS[i]}, ${s.charAt(0).toLocaleLowerCase('vi')}${s.slice(1)}`).join('\n\n');
	return ['Qua năm năm thực hiện, có thể rút ra một số bài học sau:', '', ...items.map((s) => `- ${s}`)].join('\n');
}

/** The report body. A few reports carry an escaped "<" or a link, as real ones sometimes do. */
export function reportBody(random: Random, unit: ReportUnit): string {
	const h = headingWriter(random.chance(0.15));
	const p = (bank: readonly string[], n: number) => paragraph(random, unit, bank, n);
	const out: string[] = [];
	out.push(h(2, 'I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'), p(LEADERSHIP, 3), p(LEADERSHIP, 3));
	out.push(
		random
			.sample(LEADERSHIP, 3)
			.map((s) => `- ${fill(random, unit, s)}`)
			.join('\n')
	);
	out.push(h(2, 'II. KẾT QUẢ THỰC HIỆN'));
	out.push(h(3, '1. Việc thực hiện các nội dung công khai để nhân dân biết'), p(RESULTS, 3), p(RESULTS, 2));
	out.push(h(3, '2. Việc nhân dân bàn và quyết định trực tiếp'), p(RESULTS, 3));
	out.push(h(3, '3. Việc nhân dân kiểm tra, giám sát'), p(RESULTS, 3), table(random), p(RESULTS, 2));
	out.push(h(3, '4. Dân chủ trong cơ quan, đơn vị và doanh nghiệp'), p(RESULTS, 3));
	if (random.chance(0.02)) out.push(`Tỷ lệ hộ chưa đồng thuận giảm còn \\< ${random.int(2, 5)}% so với đầu nhiệm kỳ.`);
	if (random.chance(0.01))
		out.push(
			'Toàn văn các kế hoạch được đăng trên [Cổng thông tin điện tử của tỉnh](https://sonha.gov.vn/dan-chu-co-so).'
		);
	out.push(h(2, 'III. ĐÁNH GIÁ CHUNG'));
	out.push(h(3, '1. Ưu điểm'), p(ACHIEVEMENTS, 3), p(ACHIEVEMENTS, 2));
	out.push(h(3, '2. Hạn chế'), p(LIMITATIONS, 3));
	out.push(h(3, '3. Nguyên nhân'), p(CAUSES, 2));
	out.push(h(2, 'IV. BÀI HỌC KINH NGHIỆM'), lessons(random, unit));
	out.push(h(2, 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP'), p(DIRECTIONS, 3));
	out.push(
		random
			.sample(DIRECTIONS, 4)
			.map((s) => `+ ${fill(random, unit, s)}`)
			.join('\n')
	);
	out.push(
		h(2, 'VI. KIẾN NGHỊ, ĐỀ XUẤT'),
		random
			.sample(PROPOSALS, 2)
			.map((s, i) => `${i + 1}) ${s}`)
			.join('\n')
	);
	return `${out.join('\n\n')}\n`;
}

/** The report file: frontmatter in the shape units send it, then the body. */
export function reportFile(random: Random, unit: ReportUnit, dates: ReportDates): string {
	const conference = random.chance(0.7);
	const total = random.int(40, 220);
	const lines = [
		'---',
		`campaign: ${unit.campaign}`,
		`unit: ${unit.id}`,
		`documentNumber: ${random.int(10, 199)}-BC/${unit.tier === 'co-so' ? 'ĐU' : 'HU'}`,
		`form: ${conference ? 'conference' : 'written'}`,
		`heldOn: ${dates.heldOn}`,
		`sentOn: ${dates.sentOn}`,
		...(conference
			? [`attendance: { total: ${total}${random.chance(0.3) ? `, online: ${random.int(0, total)}` : ''} }`]
			: []),
		`signer: T/M BAN THƯỜNG VỤ, BÍ THƯ ${random.pick(PEOPLE)} ${random.pick(PLACE_SYLLABLES)}`,
		...(random.chance(0.6)
			? [
					'commendations:',
					`  - { recipientKind: collective, award: Giấy khen, issuer: Ban Thường vụ ${unit.shortName}, count: ${random.int(1, 9)} }`,
					`  - { recipientKind: individual, award: Giấy khen, issuer: Ban Thường vụ ${unit.shortName}, count: ${random.int(1, 15)} }`,
				]
			: []),
		`figures: { dialogueConferences: ${random.int(1, 40)}, peopleInspections: ${random.int(0, 30)} }`,
		'---',
		'',
	];
	return `${lines.join('\n')}\n${reportBody(random, unit)}`;
}
