import { describe, expect, test } from 'vitest';
import { processReport } from '../../src/lib/report/process.ts';
import { isSafeUrl } from '../../src/lib/report/safety.ts';
import { BODY, review } from '../helpers/content-dir.ts';

const FILE = 'content/reviews/thu/xa-a1.mdx';
// The frontmatter of `review()` spans lines 1-7 and a blank line follows, so the body starts on line 9.
const withLine = (snippet: string) => review({}, `${snippet}\n\n${BODY}`);
const errors = (source: string) => processReport(source, FILE).problems.filter((p) => p.severity === 'error');

describe.each([
	['an import of node:child_process', "import { execSync } from 'node:child_process'", /"import" or "export"/],
	['an export', 'export const x = 1', /"import" or "export"/],
	['an expression', 'Tổng số {1 + 1} hội nghị', /curly braces/],
	['a script tag', '<script>alert(1)</script>', /<script>/],
	['an iframe', '<iframe src="https://example.com"></iframe>', /<iframe>/],
	['an event handler', '<img src="x" onerror="alert(1)" />', /<img>/],
	['an svg', '<svg><script>alert(1)</script></svg>', /<svg>/],
	['a javascript: link', '[bấm](javascript:alert(1))', /javascript:alert\(1\)/],
	['a javascript: link hidden by a control character', '[bấm](java&#x09;script:alert(1))', /not allowed/],
	['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /image/],
	['a component', '<Chart data="x" />', /<Chart>/],
	[
		'a link to another site without a scheme (//host)',
		'[x](//example.com/a)',
		/^liên kết "\/\/example\.com\/a" không được phép: chỉ dùng địa chỉ bắt đầu bằng https:\/\//,
	],
	['a link to another site written with a backslash (/\\host)', '[x](/\\example.com)', /^liên kết .* không được phép/],
	[
		'a link by reference to //host (refused at its definition)',
		'[x][ref]\n\n[ref]: //example.com',
		/^liên kết "\/\/example\.com" không được phép/,
		11,
	],
	[
		'an image by reference to an http: address',
		'![x][ref]\n\n[ref]: http://example.com/a.png',
		/^ảnh "http:\/\/example\.com\/a\.png" không được phép: chỉ hiện ảnh ở địa chỉ bắt đầu bằng https:\/\//,
	],
	[
		'an image by reference to //host',
		'![x][ref]\n\n[ref]: //example.com/a.png',
		/^ảnh "\/\/example\.com\/a\.png" không được phép/,
	],
	[
		'an image by reference, defined before it (refused where it is shown)',
		'[ref]: http://example.com/a.png\n\n![x][ref]',
		/^ảnh "http:\/\/example\.com\/a\.png" không được phép/,
		11,
	],
	['an image at //host', '![x](//example.com/a.png)', /^ảnh .* không được phép/],
] as [string, string, RegExp, number?][])('refuses %s', (_name, snippet, message, line = 9) => {
	test('with the file, the line and a message', () => {
		const found = errors(withLine(snippet));
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toMatchObject({ file: FILE, line, field: 'body' });
		expect(found[0]!.message).toMatch(message);
	});
	test('and renders nothing', () => expect(processReport(withLine(snippet), FILE).html).toBe(''));
});

test('unbalanced MDX syntax is reported with its line, not thrown', () => {
	const found = errors(withLine('Chỉ tiêu a < b và {chưa đóng'));
	expect(found[0]).toMatchObject({ file: FILE, line: 9, field: 'body' });
	expect(found[0]!.message).toMatch(/cannot be read as Markdown\/MDX/);
});

test('escaped braces and angle brackets are ordinary text', () => {
	const result = processReport(withLine('Tỷ lệ \\{ước tính\\} đạt \\< 5%'), FILE);
	expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
	expect(result.html).toContain('Tỷ lệ {ước tính} đạt &#x3C; 5%');
});

describe('isSafeUrl', () => {
	test.each(['https://example.vn/a', 'http://x.vn', 'mailto:a@b.vn', '#bai-hoc', '/kl120-2021/', 'tel:0239'])(
		'allows %s',
		(url) => expect(isSafeUrl(url)).toBe(true)
	);
	test.each(['bao-cao.pdf', './a', '../a', '?trang=2', 'kl120-2021/xa-a1/'])('allows the site-relative %s', (url) =>
		expect(isSafeUrl(url)).toBe(true)
	);
	test.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:x',
		'java\tscript:x',
		'vbscript:x',
		'data:text/html,x',
		'//example.com',
		'/\\example.com',
		' //example.com',
	])('refuses %s', (url) => expect(isSafeUrl(url)).toBe(false));
});

test('a tel: link is kept on the page, not dropped (it passed validation and vanished)', () => {
	const result = processReport(withLine('Liên hệ [Văn phòng Đảng ủy](tel:02393855555).'), FILE);
	expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
	expect(result.html).toContain('<a href="tel:02393855555">Văn phòng Đảng ủy</a>');
});

describe('rendering a valid report', () => {
	const result = processReport(review({}), FILE);
	test('has no errors', () => expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]));
	test('shifts the top headings to h2 and gives each an anchor', () => {
		expect(result.html).toContain('<h2 id="i-công-tác-lãnh-đạo-chỉ-đạo">I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO</h2>');
		expect(result.html).toMatch(/<h3 id="[^"]+">1\. Ưu điểm<\/h3>/);
	});
	test('section anchors match heading ids in the HTML', () => {
		for (const s of result.sections) expect(result.html).toContain(`id="${s.anchor}"`);
	});
	test('renders GFM tables inside a scroll box', () => {
		expect(result.html).toContain('<div class="table-scroll" tabindex="0"><table>');
		expect(result.html).toContain('<td>Hội nghị đối thoại</td>');
	});
	test('finds every required section with its file line', () => {
		expect(result.sections.find((s) => s.key === 'lessons')).toMatchObject({
			heading: 'IV. BÀI HỌC KINH NGHIỆM',
			line: 33,
		});
	});
});

test('a report cleaned of BOM, CRLF and NFD reads the same, with a warning', () => {
	const dirty = `\uFEFF${review({}).normalize('NFD').replace(/\n/g, '\r\n')}`;
	const result = processReport(dirty, FILE);
	expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
	expect(result.problems.map((p) => p.message).join()).toMatch(/byte order mark.*CRLF.*NFD/);
	expect(result.lessons).toEqual(processReport(review({}), FILE).lessons);
});

test('a file without frontmatter and a report without body are refused', () => {
	expect(errors(BODY)[0]).toMatchObject({ line: 1, field: 'frontmatter' });
	expect(errors(review({}, '\n'))[0]).toMatchObject({ field: 'body' });
});

test('bold paragraphs standing as section headings become headings with the anchors their sections point at', () => {
	const body = BODY.replace('## IV. BÀI HỌC KINH NGHIỆM', '**IV. BÀI HỌC KINH NGHIỆM**');
	const result = processReport(review({}, body), FILE);
	const lessons = result.sections.find((s) => s.key === 'lessons')!;
	expect(result.html).toContain(`<h2 id="${lessons.anchor}">IV. BÀI HỌC KINH NGHIỆM</h2>`);
	// A bold lesson inside the section stays a paragraph.
	const bold = processReport(review({}, body.replace(/^1\. (.*)$/m, '**1. $1**')), FILE);
	expect(bold.html).toMatch(/<p><strong>1\. /);
});
