// Plain Markdown is written straight to HTML; it must give the bytes the general path (hast, sanitiser) gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCampaign } from '../../../bench/generate-campaign.ts';
import { splitFrontmatter } from '../../../src/lib/report/frontmatter.ts';
import { parseBody } from '../../../src/lib/report/parse.ts';
import { processReport } from '../../../src/lib/report/process.ts';
import { isPlain, renderPlain } from '../../../src/lib/report/fast/render.ts';
import { renderReport } from '../../../src/lib/report/render.ts';
import { BODY, review } from '../../helpers/content-dir.ts';
import { TRICKY } from '../../helpers/markdown-corpus.ts';
import { ROOT } from '../../helpers/site.ts';
import { tempDir } from '../../helpers/temp.ts';

const FILE = 'content/reviews/thu/xa-a1.mdx';
const sampleDir = join(ROOT, 'content/reviews/kl120-2021');
const samples = readdirSync(sampleDir).map((f) => [f, readFileSync(join(sampleDir, f), 'utf8')] as const);
const generatedRoot = tempDir('so-ket-render-');
const generated = generateCampaign(generatedRoot, 300, 2022).reports.map(
	(f) => [f, readFileSync(join(generatedRoot, f), 'utf8')] as const
);
const tree = (markdown: string) => {
	const parsed = parseBody(markdown);
	if ('error' in parsed) throw new Error(parsed.error.message);
	return parsed.tree;
};

// More plain trees: rows of the wrong length, and characters that send a body to the full parser but leave only text.
const MORE: Record<string, string> = {
	'a table with a short and a long row': '| a | b |\n| - | -: |\n| 1 |\n| 1 | 2 | 3 |',
	'soft breaks with spaces around them': 'dòng một   \n   dòng hai\t\ndòng ba',
	'ampersands, quotes and comparison signs': 'Tỷ lệ a < b & "c" > d, \'e\' và 5 > 3',
	'character references': '&amp; &copy; &#x3C;b&#x3E; &quot; &nbsp;cách',
	'brackets that are no link': 'Mục [1] và [ghi chú] theo [a]: b',
	'tildes and at signs': '~ xấp xỉ ~ và thư@vi.vn',
	'unusual characters': 'Zero\u200dwidth, BOM\ufeffgiữa, emoji 🇻🇳, điều khiển \u0007 và \u2028 dòng',
};

describe.each([
	['sample', samples],
	['generated', generated],
])('%s reports', (_kind, reports) => {
	test('are nearly all plain, and give byte-identical HTML on both renderers', () => {
		let plain = 0;
		for (const [file, source] of reports) {
			const direct = processReport(source, file);
			expect(direct.html, file).not.toBe('');
			expect(direct.html, file).toBe(processReport(source, file, { renderer: 'general' }).html);
			if (isPlain(tree(splitFrontmatter(source)!.body))) plain++;
		}
		expect(plain).toBeGreaterThanOrEqual(Math.ceil(reports.length * 0.8));
	});
});

describe.each([...Object.entries(TRICKY), ...Object.entries(MORE)])('%s', (_name, snippet) => {
	test('is plain and renders as the general path does, alone and in a report, from either parser', () => {
		expect(isPlain(tree(snippet))).toBe(true);
		const ids = ['mot', 'hai', 'ba', 'bon'];
		expect(renderReport(tree(snippet), ids)).toBe(renderReport(tree(snippet), ids, { general: true }));
		for (const source of [
			review({}, BODY.replace('## II. KẾT QUẢ THỰC HIỆN\n', `## II. KẾT QUẢ THỰC HIỆN\n\n${snippet}\n`)),
			review({}, BODY.replace('## IV. BÀI HỌC KINH NGHIỆM\n', `## IV. BÀI HỌC KINH NGHIỆM\n\n${snippet}\n`)),
		])
			for (const parser of ['auto', 'full'] as const)
				expect(processReport(source, FILE, { parser }).html, parser).toBe(
					processReport(source, FILE, { parser, renderer: 'general' }).html
				);
	});
});

test('a tree with a link, an image, code, a task or data for hast is not plain, and goes through the sanitiser', () => {
	for (const markdown of [
		'[trang](javascript:alert(1))',
		'![ảnh](x.png)',
		'`mã`',
		'```\nkhối\n```',
		'~~gạch~~',
		'- [x] việc',
		'chú thích[^1]\n\n[^1]: nội dung',
	])
		expect(isPlain(tree(markdown)), markdown).toBe(false);
	const renamed = tree('Đoạn văn.');
	renamed.children[0]!.data = { hName: 'script' } as never;
	expect(isPlain(renamed)).toBe(false);
	const html = renderReport(tree('Xem [trang](javascript:alert(1)) này.'), []);
	expect(html).toBe('<p>Xem <a>trang</a> này.</p>');
});

test('headings take their ids in document order, including headings inside quotes and lists', () => {
	const html = renderReport(tree('## Một\n\n> ## Hai\n\n- ### Ba\n\n## Bốn'), ['mot', 'hai', '', 'bon']);
	expect(isPlain(tree('## Một\n\n> ## Hai\n\n- ### Ba\n\n## Bốn'))).toBe(true);
	expect(html).toContain('<h2 id="mot">Một</h2>');
	expect(html).toContain('<h2 id="hai">Hai</h2>');
	expect(html).toContain('<h3>Ba</h3>');
	expect(html).toContain('<h2 id="bon">Bốn</h2>');
});

test('text is escaped, so nothing in it becomes markup', () => {
	const html = renderPlain(tree('a &lt;script&gt; b &amp;lt;'));
	expect(html).toBe('<p>a &#x3C;script> b &#x26;lt;</p>');
});
