import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Paragraph, Root } from 'mdast';
import { SECTION_KEYS, type SectionKey } from '../../src/lib/model.ts';
import { REQUIRED_SECTIONS, SECTION_CATALOG, canonicalHeading } from '../../src/lib/report/section-catalog.ts';
import {
	extractSections,
	markSections,
	recognizeHeading,
	reportAnchors,
	sectionRanges,
} from '../../src/lib/report/section-headings.ts';
import { extractLessons } from '../../src/lib/lessons/extract.ts';
import GithubSlugger, { slug } from 'github-slugger';
import { RESERVED_IDS } from '../../src/lib/report/page-ids.ts';
import { processReport } from '../../src/lib/report/process.ts';
import { BODY, review } from '../helpers/content-dir.ts';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

// The renderer's contract, written out independently: one slugger per report, every heading in document order.
function headingAnchors(tree: Root): string[] {
	const slugger = new GithubSlugger();
	const anchors: string[] = [];
	visit(tree, 'heading', (h) => void anchors.push(slugger.slug(toString(h))));
	return anchors;
}

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);

describe('section catalog', () => {
	test('lists every section key once, in canonical order', () =>
		expect(SECTION_CATALOG.map((s) => s.key)).toEqual([...SECTION_KEYS]));
	test('requires the sections docs/report-format.md marks as required', () =>
		expect([...REQUIRED_SECTIONS]).toEqual([
			'leadership',
			'results',
			'achievements',
			'limitations',
			'causes',
			'lessons',
			'directions',
		]));
	test.each([
		['lessons', 'Bài học kinh nghiệm'],
		['directions', 'Phương hướng, nhiệm vụ, giải pháp'],
		['results.commune', 'Ở xã, phường, thị trấn'],
	] as const)('canonical heading of %s is %s', (key, heading) => expect(canonicalHeading(key)).toBe(heading));
	test.each(SECTION_CATALOG.flatMap((s) => [s.heading, ...s.variants].map((v) => [v, s.key] as const)))(
		'catalog entry "%s" is recognised as %s, also in capitals with numbering',
		(variant, key) => {
			expect(recognizeHeading(variant)).toEqual({ key });
			expect(recognizeHeading(`II. ${variant.toLocaleUpperCase('vi')}:`)?.key).toBe(key);
		}
	);
});

describe('recognizeHeading', () => {
	// Written out from docs/report-format.md rather than read from the catalog, so a catalog edit cannot hide a regression.
	test.each<[string, SectionKey]>([
		['Đặc điểm tình hình', 'context'],
		['Đặc điểm, tình hình', 'context'],
		['Khái quát tình hình', 'context'],
		['Công tác lãnh đạo, chỉ đạo', 'leadership'],
		['Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện', 'leadership'],
		['Công tác quán triệt, triển khai', 'leadership'],
		['Việc tổ chức quán triệt, triển khai thực hiện', 'leadership'],
		['Kết quả thực hiện', 'results'],
		['Kết quả xây dựng và thực hiện quy chế dân chủ (ở các loại hình)', 'results'],
		['Kết quả đạt được', 'results'],
		['Ở xã, phường, thị trấn', 'results.commune'],
		['Thực hiện dân chủ ở xã, phường, thị trấn (theo Pháp lệnh 34)', 'results.commune'],
		['1. Ở xã, thị trấn', 'results.commune'],
		['1. Ở phường, xã', 'results.commune'],
		['Trong cơ quan hành chính nhà nước', 'results.stateAgency'],
		['Ở cơ quan hành chính nhà nước', 'results.stateAgency'],
		['Trong đơn vị sự nghiệp công lập', 'results.publicService'],
		['Cơ quan, đơn vị sự nghiệp (theo Nghị định 04/2015)', 'results.publicService'],
		['Trong doanh nghiệp', 'results.enterprise'],
		['Ở các loại hình doanh nghiệp', 'results.enterprise'],
		['Dân chủ ở cơ sở tại nơi làm việc', 'results.enterprise'],
		['Đánh giá chung', 'assessment'],
		['Đánh giá chung, nhận xét', 'assessment'],
		['Ưu điểm', 'achievements'],
		['Kết quả nổi bật', 'achievements'],
		['Những kết quả đạt được', 'achievements'],
		['Hạn chế', 'limitations'],
		['Hạn chế, khuyết điểm', 'limitations'],
		['Tồn tại, hạn chế', 'limitations'],
		['Hạn chế, yếu kém', 'limitations'],
		['Khó khăn, vướng mắc', 'limitations'],
		['Nguyên nhân', 'causes'],
		['Nguyên nhân của hạn chế', 'causes'],
		['Nguyên nhân khách quan', 'causes'],
		['Nguyên nhân chủ quan', 'causes'],
		['Bài học kinh nghiệm', 'lessons'],
		['Một số bài học kinh nghiệm', 'lessons'],
		['Kinh nghiệm', 'lessons'],
		['Phương hướng, nhiệm vụ, giải pháp', 'directions'],
		['Phương hướng, nhiệm vụ thời gian tới', 'directions'],
		['Nhiệm vụ, giải pháp trọng tâm', 'directions'],
		['Kiến nghị, đề xuất', 'proposals'],
		['Kiến nghị', 'proposals'],
		['Đề xuất', 'proposals'],
		['Phụ lục', 'appendix'],
		['Biểu số liệu', 'appendix'],
		['Bảng tổng hợp', 'appendix'],
	])('documented variant "%s" → %s', (heading, key) => expect(recognizeHeading(heading)).toEqual({ key }));

	test.each<[string, SectionKey]>([
		['III. BÀI HỌC KINH NGHIỆM', 'lessons'],
		['3- Bài học kinh nghiệm:', 'lessons'],
		['(3) Bài học kinh nghiệm', 'lessons'],
		['3) Bài học kinh nghiệm', 'lessons'],
		['3.2. Bài học kinh nghiệm', 'lessons'],
		['3.2 Bài học kinh nghiệm', 'lessons'],
		['II- KẾT QUẢ THỰC HIỆN', 'results'],
		['IV – PHƯƠNG HƯỚNG, NHIỆM VỤ', 'directions'],
		['PHẦN THỨ HAI: PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', 'directions'],
		['PHẦN THỨ NHẤT - KẾT QUẢ THỰC HIỆN', 'results'],
		['Phần I. Đặc điểm tình hình', 'context'],
		['Phần 2: Phương hướng, nhiệm vụ, giải pháp', 'directions'],
		['c) Nguyên nhân', 'causes'],
		['b. Hạn chế, yếu kém', 'limitations'],
		['đ) Kiến nghị', 'proposals'],
		['II.1. Ở xã, phường, thị trấn', 'results.commune'],
		['  1.   Ưu   điểm  ', 'achievements'],
	])('strips the numbering of "%s" → %s', (heading, key) => expect(recognizeHeading(heading)?.key).toBe(key));

	test.each<[string, SectionKey]>([
		['Kết quả thực hiện quy chế dân chủ ở cơ sở giai đoạn 2016-2021', 'results'],
		['Kết quả thực hiện dân chủ ở xã, phường, thị trấn', 'results.commune'],
		['Kết quả thực hiện ở cấp xã', 'results.commune'],
		['Các cơ quan hành chính nhà nước, đơn vị sự nghiệp công lập', 'results.stateAgency'],
		['Đối với đơn vị sự nghiệp công lập', 'results.publicService'],
		['Khối doanh nghiệp', 'results.enterprise'],
		['Ở xã, phường, đặc khu', 'results.commune'],
		['Nguyên nhân khách quan', 'causes'],
		['Nguyên nhân của những hạn chế, khuyết điểm', 'causes'],
		['Một số bài học kinh nghiệm', 'lessons'],
		['Những bài học kinh nghiệm rút ra', 'lessons'],
		['Về công tác lãnh đạo, chỉ đạo', 'leadership'],
		['Lãnh đạo, chỉ đạo triển khai thực hiện Kết luận 120', 'leadership'],
		['Công tác lãnh đạo, chỉ đạo của Huyện uỷ', 'leadership'],
		['CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG UỶ', 'leadership'],
		['Những hạn chế, yếu kém', 'limitations'],
		['Phương hướng, nhiệm vụ năm 2022', 'directions'],
		['Đặc điểm tình hình chung', 'context'],
		['Đề xuất, kiến nghị', 'proposals'],
		// A unit type named in a heading of another section does not make it a results subsection.
		['Phương hướng, nhiệm vụ đối với doanh nghiệp', 'directions'],
		['Hạn chế trong doanh nghiệp', 'limitations'],
	])('real-world heading "%s" → %s', (heading, key) => expect(recognizeHeading(heading)?.key).toBe(key));

	test('recognises decomposed (NFD) input', () => {
		expect(recognizeHeading('III. Bài học kinh nghiệm'.normalize('NFD'))).toEqual({ key: 'lessons' });
		expect(recognizeHeading('Công tác lãnh đạo, chỉ đạo của Huyện uỷ'.normalize('NFD'))).toEqual({ key: 'leadership' });
	});

	test.each([
		'Thời gian tới',
		'Kính gửi',
		'Nơi nhận',
		'Thuận lợi',
		'Khó khăn',
		'Trong xã hội',
		'Phần lớn cán bộ, đảng viên',
		'Ngày thứ hai',
		'Tổ chức thực hiện',
		'Kết luận',
		'III.',
		'',
	])('"%s" is not a section heading', (heading) => expect(recognizeHeading(heading)).toBeNull());

	test.each<[string, SectionKey]>([
		['BAI HOC KINH NGHIEM', 'lessons'],
		['3. Han che, yeu kem', 'limitations'],
		['Ket qua thuc hien', 'results'],
		['Nguyen nhan', 'causes'],
	])('"%s" matches %s only without diacritics, with a warning', (heading, key) => {
		const match = recognizeHeading(heading);
		expect(match?.key).toBe(key);
		expect(match?.warning).toContain('diacritics');
		expect(match?.warning).toContain(heading);
		expect(match?.warning).toContain(canonicalHeading(key));
	});

	test('a limitations heading that names the causes covers both', () => {
		expect(recognizeHeading('Hạn chế, khuyết điểm và nguyên nhân')).toEqual({ key: 'limitations', covers: ['causes'] });
		expect(recognizeHeading('2. Hạn chế, nguyên nhân')).toEqual({ key: 'limitations', covers: ['causes'] });
		expect(recognizeHeading('Hạn chế, khuyết điểm')).toEqual({ key: 'limitations' });
	});

	test('"Kết quả (đạt được)" nested under the assessment is achievements', () => {
		expect(recognizeHeading('Kết quả đạt được', { within: ['assessment'] })).toEqual({ key: 'achievements' });
		expect(recognizeHeading('Kết quả đạt được', { within: ['leadership'] })).toEqual({ key: 'results' });
		expect(recognizeHeading('Ở xã, phường, thị trấn', { within: ['assessment'] })).toEqual({ key: 'results.commune' });
	});
});

const REPORT = `# Báo cáo sơ kết 5 năm

## I. ĐẶC ĐIỂM TÌNH HÌNH

Xã có 12 thôn.

## II. KẾT QUẢ THỰC HIỆN

### 1. Công tác lãnh đạo, chỉ đạo của Đảng uỷ

Đã ban hành 3 văn bản.

### 2. Ở xã, phường, thị trấn

Nội dung.

## III. ĐÁNH GIÁ CHUNG

### 1. Kết quả đạt được

Ưu điểm nổi bật.

### 2. Hạn chế, khuyết điểm và nguyên nhân

Còn hạn chế.

### 3. Bài học kinh nghiệm

Một là, phải sát.

## IV. PHUONG HUONG, NHIEM VU

Tiếp tục.
`;

describe('extractSections', () => {
	const sections = extractSections(parse(REPORT), { lineOffset: 10 });

	test('finds each recognised heading in order, with its depth', () =>
		expect(sections.map((s) => [s.key, s.depth])).toEqual([
			['context', 2],
			['results', 2],
			['leadership', 3],
			['results.commune', 3],
			['assessment', 2],
			['achievements', 3],
			['limitations', 3],
			['causes', 3],
			['lessons', 3],
			['directions', 2],
		]));

	test('reports file lines: body line + lineOffset', () => {
		expect(sections.find((s) => s.key === 'context')?.line).toBe(3 + 10);
		expect(sections.find((s) => s.key === 'lessons')?.line).toBe(27 + 10);
	});

	test('keeps the heading as written and gives the renderer-compatible anchor', () => {
		const leadership = sections.find((s) => s.key === 'leadership');
		expect(leadership?.heading).toBe('1. Công tác lãnh đạo, chỉ đạo của Đảng uỷ');
		expect(leadership?.anchor).toBe('1-công-tác-lãnh-đạo-chỉ-đạo-của-đảng-uỷ');
	});

	test('a combined limitations-and-causes heading yields both keys at one anchor', () => {
		const [limitations, causes] = sections.filter((s) => s.key === 'limitations' || s.key === 'causes');
		expect(causes?.anchor).toBe(limitations?.anchor);
		expect(causes?.line).toBe(limitations?.line);
	});

	test('a heading matched without diacritics carries its warning; others have none', () => {
		expect(sections.find((s) => s.key === 'directions')?.warning).toContain('diacritics');
		expect(sections.filter((s) => s.warning !== undefined).map((s) => s.key)).toEqual(['directions']);
		expect(sections[0]).not.toHaveProperty('warning');
	});

	test('line numbers default to body lines', () => expect(extractSections(parse(REPORT))[0]?.line).toBe(3));

	test('section anchors are the anchors the renderer gives the same headings', () => {
		const tree = parse(`${REPORT}\n## Hạn chế\n\n## Hạn chế\n`);
		const anchors = headingAnchors(tree);
		expect(reportAnchors(tree).headings).toEqual(anchors);
		const limits = extractSections(tree)
			.filter((s) => s.key === 'limitations')
			.map((s) => s.anchor);
		expect(limits).toEqual(['2-hạn-chế-khuyết-điểm-và-nguyên-nhân', 'hạn-chế', 'hạn-chế-1']);
		expect(limits.every((a) => anchors.includes(a))).toBe(true);
	});

	test('headings inside a lessons section that read like earlier sections are lessons, not sections', () => {
		const tree = parse(
			'## Bài học kinh nghiệm\n\n### Công tác lãnh đạo, chỉ đạo phải sát\n\n### Kết quả phải đo được\n\n## Phương hướng\n'
		);
		expect(extractSections(tree).map((s) => s.key)).toEqual(['lessons', 'directions']);
	});
});

describe('bold-paragraph headings from Word conversions', () => {
	const md = `**I. ĐẶC ĐIỂM TÌNH HÌNH**

Nội dung.

**II. KẾT QUẢ THỰC HIỆN:**

**1. Ở xã, phường, thị trấn**

**III. ĐÁNH GIÁ CHUNG**

**1. Kết quả đạt được**

**a) Nguyên nhân**

**Bài học kinh nghiệm**

Xem **Kết quả** ở trên.

- **Hạn chế**

## Đặc điểm tình hình
`;
	const tree = parse(md);
	const sections = extractSections(tree);

	test('are recognised, with depth from their numbering', () =>
		expect(sections.map((s) => [s.key, s.depth, s.line])).toEqual([
			['context', 2, 1],
			['results', 2, 5],
			['results.commune', 3, 7],
			['assessment', 2, 9],
			['achievements', 3, 11],
			['causes', 5, 13],
			['lessons', 6, 15],
			['context', 2, 21],
		]));

	test('take anchors after all real headings, so real heading anchors match the renderer', () => {
		expect(sections[0]?.anchor).toBe('i-đặc-điểm-tình-hình');
		expect(sections.at(-1)?.anchor).toBe('đặc-điểm-tình-hình');
		const { headings, paragraphs } = reportAnchors(tree);
		expect(headings).toEqual(headingAnchors(tree));
		expect([...paragraphs.values()]).toEqual(sections.slice(0, -1).map((s) => s.anchor));
		expect(tree.children[0]).toBe([...paragraphs.keys()][0] as Paragraph);
	});

	test.each(['***Bài học kinh nghiệm***', '**Bài học kinh nghiệm**:', '**III.** **BÀI HỌC KINH NGHIỆM**'])(
		'"%s" counts as bold-only',
		(md) => expect(extractSections(parse(md)).map((s) => s.key)).toEqual(['lessons'])
	);

	test('after the lessons section ends, bold headings are recognised again', () =>
		expect(
			extractSections(
				parse(
					'**3. Bài học kinh nghiệm**\n\n**1. Kết quả phải đo được**\n\n## IV. TỔ CHỨC THỰC HIỆN\n\n**1. Kết quả thực hiện**\n'
				)
			).map((s) => s.key)
		).toEqual(['lessons', 'results']));

	test('unnumbered bold in capitals is a top-level part', () =>
		expect(
			extractSections(parse('**ĐÁNH GIÁ CHUNG**\n\n**1. Kết quả đạt được**\n')).map((s) => [s.key, s.depth])
		).toEqual([
			['assessment', 2],
			['achievements', 3],
		]));
});

describe('sectionRanges', () => {
	const ranges = sectionRanges(parse(REPORT));
	const texts = (key: SectionKey) =>
		ranges.find((r) => r.section.key === key)?.nodes.map((n) => n.type + (n.type === 'heading' ? n.depth : ''));

	test('a section runs to the next heading of the same or a higher level', () => {
		expect(texts('context')).toEqual(['paragraph']);
		expect(texts('results')).toEqual(['heading3', 'paragraph', 'heading3', 'paragraph']);
		expect(texts('lessons')).toEqual(['paragraph']);
	});

	test('the last section runs to the end of the body', () => expect(texts('directions')).toEqual(['paragraph']));

	test('each range carries its heading node', () =>
		expect(ranges.find((r) => r.section.key === 'assessment')?.heading.type).toBe('heading'));

	test('an unrecognised Roman-numbered bold paragraph ends a bold section', () => {
		const r = sectionRanges(
			parse('**3. Bài học kinh nghiệm**\n\nMột là, x.\n\n**1. In đậm**\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\nKhông thuộc.\n')
		);
		expect(r.map((x) => x.section.key)).toEqual(['lessons']);
		expect(r[0]?.nodes).toHaveLength(2);
	});
});

describe('markSections: headings found once, shared by every reader', () => {
	test('readers given the marks give what they find on their own', () => {
		const tree = parse(REPORT);
		const marks = markSections(tree);
		expect(extractSections(tree, { lineOffset: 10, marks })).toEqual(extractSections(tree, { lineOffset: 10 }));
		expect(sectionRanges(tree, { marks })).toEqual(sectionRanges(tree));
		expect(reportAnchors(tree, marks)).toEqual(reportAnchors(tree));
		expect(extractLessons(tree, { marks })).toEqual(extractLessons(tree));
	});

	test('marks of another tree are ignored: the tree given is read', () => {
		const other = markSections(parse('## Bài học kinh nghiệm\n\nMột là, x.\n'));
		const tree = parse('## Hạn chế\n\nChưa tốt.\n');
		expect(extractSections(tree, { marks: other }).map((s) => s.key)).toEqual(['limitations']);
		expect(sectionRanges(tree, { marks: other }).map((r) => r.section.key)).toEqual(['limitations']);
		expect(reportAnchors(tree, other).headings).toEqual(['hạn-chế']);
		expect(extractLessons(tree, { marks: other })).toEqual([]);
	});
});

describe('report heading ids never take an id of the page around the report', () => {
	test.each(['khen-thuong', 'Khen thuong', 'Muc luc', 'so lieu', 'noi dung', 'bai hoc tom tat'])(
		'a heading "%s" gets its own id, and its link finds it',
		(words) => {
			const result = processReport(review({}, `${BODY}\n## ${words}\n\nChữ.\n`), 'x.mdx');
			const ids = [...result.html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
			for (const id of RESERVED_IDS) expect(ids).not.toContain(id);
			expect(ids).toContain(`${slug(words)}-1`);
			for (const s of result.sections) expect(ids).toContain(s.anchor);
		}
	);
});
