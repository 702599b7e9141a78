import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { extractLessons } from '../../src/lib/lessons/extract.ts';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);
const texts = (md: string) => extractLessons(parse(md)).map((l) => l.text);
const H = '## III. BÀI HỌC KINH NGHIỆM\n\n';
const NEXT = '\n\n## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n\nKhông phải bài học.\n';

describe('extractLessons: one lesson per marker', () => {
	test.each<[string, string, string[]]>([
		[
			'a numbered list',
			'1. Phải nắm vững quan điểm.\n2. Coi trọng tuyên truyền.\n3. Kiểm tra, giám sát.',
			['Phải nắm vững quan điểm.', 'Coi trọng tuyên truyền.', 'Kiểm tra, giám sát.'],
		],
		[
			'a list numbered with ")"',
			'1) phải nắm vững;\n2) coi trọng tuyên truyền;',
			['Phải nắm vững', 'Coi trọng tuyên truyền'],
		],
		['a dash list', '- Phải nắm vững.\n- Coi trọng tuyên truyền.', ['Phải nắm vững.', 'Coi trọng tuyên truyền.']],
		['a "+" list', '+ Phải nắm vững.\n+ Coi trọng tuyên truyền.', ['Phải nắm vững.', 'Coi trọng tuyên truyền.']],
		[
			'"•" lines in one paragraph',
			'• Phải nắm vững.\n• Coi trọng tuyên truyền.',
			['Phải nắm vững.', 'Coi trọng tuyên truyền.'],
		],
		['"•" paragraphs', '• Phải nắm vững.\n\n• Coi trọng tuyên truyền.', ['Phải nắm vững.', 'Coi trọng tuyên truyền.']],
		[
			'"1-" paragraphs (not Markdown lists)',
			'1- Phải nắm vững.\n\n2- Coi trọng tuyên truyền.',
			['Phải nắm vững.', 'Coi trọng tuyên truyền.'],
		],
		[
			'"(1)" paragraphs',
			'(1) Phải nắm vững.\n\n(2) Coi trọng tuyên truyền.',
			['Phải nắm vững.', 'Coi trọng tuyên truyền.'],
		],
		[
			'escaped "1\\." lines from Word',
			'1\\. Phải nắm vững.\n\n2\\. Coi trọng tuyên truyền.',
			['Phải nắm vững.', 'Coi trọng tuyên truyền.'],
		],
		[
			'"Một là / Hai là" prose',
			'Một là, phải nắm vững quan điểm.\n\nHai là, coi trọng tuyên truyền.\n\nBa là: kiểm tra.\n\nBốn là phát huy.',
			['Phải nắm vững quan điểm.', 'Coi trọng tuyên truyền.', 'Kiểm tra.', 'Phát huy.'],
		],
		[
			'"Thứ nhất / Thứ hai" prose',
			'Thứ nhất, phải nắm vững.\n\nThứ hai là coi trọng tuyên truyền.\n\nThứ ba: kiểm tra.\n\nThứ tư, phát huy.',
			['Phải nắm vững.', 'Coi trọng tuyên truyền.', 'Kiểm tra.', 'Phát huy.'],
		],
		['ordinals in capitals', 'MỘT LÀ, PHẢI NẮM VỮNG.\n\nHAI LÀ, COI TRỌNG.', ['PHẢI NẮM VỮNG.', 'COI TRỌNG.']],
		[
			'ordinals up to mười',
			['năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'].map((o) => `Thứ ${o}, bài học ${o}.`).join('\n\n'),
			['Bài học năm.', 'Bài học sáu.', 'Bài học bảy.', 'Bài học tám.', 'Bài học chín.', 'Bài học mười.'],
		],
		[
			'ordinals mid-paragraph',
			'Theo đó, thứ nhất cần nắm vững quan điểm; thứ hai, coi trọng tuyên truyền; thứ ba là kiểm tra.',
			['Cần nắm vững quan điểm', 'Coi trọng tuyên truyền', 'Kiểm tra.'],
		],
		[
			'"một là / hai là" mid-paragraph',
			'Qua 5 năm, rút ra: một là, phải sát cơ sở; hai là, phải kiên trì.',
			['Phải sát cơ sở', 'Phải kiên trì.'],
		],
		[
			'a lower-case lesson, capitalised the Vietnamese way',
			'- đổi mới phương thức.\n- ủy ban phối hợp.',
			['Đổi mới phương thức.', 'Ủy ban phối hợp.'],
		],
	])('%s', (_, body, expected) => expect(texts(H + body + NEXT)).toEqual(expected));
});

describe('extractLessons: text that is not a new lesson', () => {
	test('an unmarked paragraph continues the previous lesson', () =>
		expect(
			texts(
				`${H}Một là, phải nắm vững quan điểm.\n\nĐây là điều kiện tiên quyết.\n\nHai là, coi trọng tuyên truyền.${NEXT}`
			)
		).toEqual(['Phải nắm vững quan điểm. Đây là điều kiện tiên quyết.', 'Coi trọng tuyên truyền.']));

	test('a paragraph after a list item continues that item', () =>
		expect(
			texts(`${H}1. Phải nắm vững.\n\n   Thêm ý trong mục.\n\nĐoạn sau danh sách.\n\n2. Coi trọng.${NEXT}`)
		).toEqual(['Phải nắm vững. Thêm ý trong mục. Đoạn sau danh sách.', 'Coi trọng.']));

	test('nested list items belong to their parent item', () =>
		expect(
			texts(
				`${H}1. Phải nắm vững:\n   - ý thứ nhất;\n   - ý thứ hai.\n2. Coi trọng tuyên truyền:\n   1. ở thôn;\n   2. ở xã.${NEXT}`
			)
		).toEqual(['Phải nắm vững: ý thứ nhất; ý thứ hai.', 'Coi trọng tuyên truyền: ở thôn; ở xã.']));

	test('bullets under an ordinal lesson are its sub-points', () =>
		expect(
			texts(
				`${H}Một là, phải nắm vững, cụ thể:\n\n- nắm vững chủ trương;\n- nắm vững tình hình.\n\nHai là, coi trọng.${NEXT}`
			)
		).toEqual(['Phải nắm vững, cụ thể: nắm vững chủ trương; nắm vững tình hình.', 'Coi trọng.']));

	test('an ordinal inside a numbered item does not split it', () =>
		expect(texts(`${H}1. Về lãnh đạo: thứ nhất, sát sao; thứ hai, kịp thời.\n2. Về kiểm tra.${NEXT}`)).toEqual([
			'Về lãnh đạo: thứ nhất, sát sao; thứ hai, kịp thời.',
			'Về kiểm tra.',
		]));

	test('an introduction before the first marker is left out', () =>
		expect(
			texts(`${H}Qua 5 năm thực hiện, rút ra một số bài học kinh nghiệm sau:\n\n- Phải nắm vững.\n- Coi trọng.${NEXT}`)
		).toEqual(['Phải nắm vững.', 'Coi trọng.']));

	test.each([
		['"lần thứ hai" without punctuation', 'Một là, tổ chức lần thứ hai thành công.'],
		['an ordinal out of sequence', 'Một là, tổ chức tốt, thứ ba cũng tốt.'],
	])('%s does not split a lesson', (_, body) => expect(texts(H + body + NEXT)).toHaveLength(1));

	test('a paragraph starting with a range of numbers ("5-6 lần") is not numbered', () =>
		expect(texts(`${H}Phải kiểm tra thường xuyên.\n\n5-6 lần mỗi năm là đủ.${NEXT}`)).toEqual([
			'Phải kiểm tra thường xuyên.',
			'5-6 lần mỗi năm là đủ.',
		]));

	test('prose without any marker gives one lesson per paragraph', () =>
		expect(texts(`${H}Phải nắm vững quan điểm\ncủa Đảng.\n\nCoi trọng tuyên truyền.${NEXT}`)).toEqual([
			'Phải nắm vững quan điểm của Đảng.',
			'Coi trọng tuyên truyền.',
		]));
});

describe('extractLessons: where the section is', () => {
	test('reads a lessons heading nested in the assessment and stops at the next heading of its level', () => {
		const md = `## III. ĐÁNH GIÁ CHUNG\n\n### 1. Kết quả đạt được\n\n- Không phải bài học.\n\n### 3. Bài học kinh nghiệm\n\n- Phải nắm vững.\n- Coi trọng.\n\n### 4. Nguyên nhân\n\n- Không phải bài học.\n`;
		expect(texts(md)).toEqual(['Phải nắm vững.', 'Coi trọng.']);
	});

	test('sub-headings in the lessons section are its lessons, their lists sub-points', () => {
		const md = `## Bài học kinh nghiệm\n\n### 3.1. Phải nắm vững\n\nGiải thích.\n\n- ý một;\n- ý hai.\n\n### Coi trọng tuyên truyền\n\n## Phương hướng\n`;
		expect(texts(md)).toEqual(['Phải nắm vững Giải thích. ý một; ý hai.', 'Coi trọng tuyên truyền']);
	});

	test('reads Word-style bold headings; bold lessons stay lessons', () => {
		const md = `**III. ĐÁNH GIÁ CHUNG**\n\n**3. Bài học kinh nghiệm**\n\n**1. Công tác lãnh đạo, chỉ đạo phải sát.**\n\n**2. Kết quả phải đo được.**\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\n- Không phải bài học.\n`;
		expect(texts(md)).toEqual(['Công tác lãnh đạo, chỉ đạo phải sát.', 'Kết quả phải đo được.']);
	});

	test('a nested lessons heading is not read twice', () =>
		expect(texts(`## Bài học kinh nghiệm\n\n### Một số kinh nghiệm\n\n- Phải nắm vững.\n- Coi trọng.${NEXT}`)).toEqual([
			'Phải nắm vững.',
			'Coi trọng.',
		]));

	test('a report without a lessons section has no lessons', () =>
		expect(extractLessons(parse('## Hạn chế\n\n1. Chưa tốt.\n'))).toEqual([]));

	test('a heading matched without diacritics still gives its lessons', () =>
		expect(texts('## BAI HOC KINH NGHIEM\n\n- Phải nắm vững.\n')).toEqual(['Phải nắm vững.']));
});

describe('extractLessons: positions and text', () => {
	const md = `${H}Một là, phải nắm vững.\n\nTiếp tục.\nHai là, coi trọng.\n\n- Ba là kiểm tra.${NEXT}`;

	test('numbers lessons from 1 and gives each its starting line plus lineOffset', () =>
		expect(extractLessons(parse(md), { lineOffset: 7 })).toEqual([
			{ index: 1, text: 'Phải nắm vững. Tiếp tục.', line: 3 + 7 },
			{ index: 2, text: 'Coi trọng.', line: 6 + 7 },
			{ index: 3, text: 'Kiểm tra.', line: 8 + 7 },
		]));

	test('mid-paragraph lessons start on the line of their ordinal', () =>
		expect(
			extractLessons(parse(`${H}Theo đó,\nthứ nhất cần nắm vững; thứ hai, coi trọng.`)).map((l) => l.line)
		).toEqual([4, 4]));

	test('text is NFC and whitespace-collapsed, tone placement kept as written', () => {
		const [lesson] = extractLessons(
			parse(`${H}Một là,   phải   phát huy vai trò của Huyện uỷ\tvà   nhân dân.`.normalize('NFD'))
		);
		expect(lesson?.text).toBe('Phải phát huy vai trò của Huyện uỷ và nhân dân.');
		expect(lesson?.text.normalize('NFC')).toBe(lesson?.text);
	});

	test('hard line breaks separate words', () =>
		expect(texts(`${H}Phải nắm vững\\\nquan điểm.`)).toEqual(['Phải nắm vững quan điểm.']));
});
