// The fast parser (markdown-it) must give exactly what the full MDX parser gives, and must never see MDX.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCampaign } from '../../../bench/generate-campaign.ts';
import { Random } from '../../../bench/random.ts';
import { canParseFast } from '../../../src/lib/report/fast/eligible.ts';
import { parseBodyFast } from '../../../src/lib/report/fast/parse.ts';
import { splitFrontmatter } from '../../../src/lib/report/frontmatter.ts';
import { processReport } from '../../../src/lib/report/process.ts';
import { ROOT } from '../../helpers/site.ts';
import { BODY, review } from '../../helpers/content-dir.ts';
import { TRICKY } from '../../helpers/markdown-corpus.ts';
import { tempDir } from '../../helpers/temp.ts';

const FILE = 'content/reviews/thu/xa-a1.mdx';
const takesFastPath = (source: string) => {
	const body = splitFrontmatter(source)!.body;
	return canParseFast(body) && parseBodyFast(body) !== null;
};
const both = (source: string, file = FILE) => ({
	fast: processReport(source, file),
	full: processReport(source, file, { parser: 'full' }),
});

const sampleDir = join(ROOT, 'content/reviews/kl120-2021');
const samples = readdirSync(sampleDir).map((f) => [f, readFileSync(join(sampleDir, f), 'utf8')] as const);
const generatedRoot = tempDir('so-ket-parity-');
const generated = generateCampaign(generatedRoot, 300, 2021).reports.map(
	(f) => [f, readFileSync(join(generatedRoot, f), 'utf8')] as const
);

describe.each([
	['sample', samples],
	['generated', generated],
])('%s reports', (_kind, reports) => {
	test('most take the fast path (so this comparison tests it)', () => {
		const fast = reports.filter(([, source]) => takesFastPath(source)).length;
		expect(fast).toBeGreaterThanOrEqual(Math.ceil(reports.length * 0.9));
	});

	test('give the same sections, lessons, words, problems and byte-identical HTML on both paths', () => {
		for (const [file, source] of reports) {
			const { fast, full } = both(source, file);
			expect(full.html, file).not.toBe('');
			expect(fast, file).toEqual(full);
		}
	});
});

describe.each(Object.entries(TRICKY))('%s', (_name, snippet) => {
	const inResults = review({}, BODY.replace('## II. KẾT QUẢ THỰC HIỆN\n', `## II. KẾT QUẢ THỰC HIỆN\n\n${snippet}\n`));
	const inLessons = review(
		{},
		BODY.replace('## IV. BÀI HỌC KINH NGHIỆM\n', `## IV. BÀI HỌC KINH NGHIỆM\n\n${snippet}\n`)
	);

	// A line indented four spaces or a tab goes to the full parser (issue 11: the two parsers read such lines differently).
	const indented = /(?:^|\n)(?: {4}| {0,3}\t)/.test(snippet);
	test(indented ? 'takes the full path, being indented four spaces' : 'takes the fast path', () => {
		expect(takesFastPath(inResults)).toBe(!indented);
		expect(takesFastPath(inLessons)).toBe(!indented);
	});

	test('gives the same sections, lessons and HTML as the full parser, in the results and in the lessons', () => {
		for (const source of [inResults, inLessons]) {
			const { fast, full } = both(source);
			expect(fast).toEqual(full);
		}
	});
});

// What MDX adds to Markdown, plus raw HTML: none of it may reach the fast parser, and all of it is refused.
const MDX_LIKE = [
	"import { execSync } from 'node:child_process'",
	'export const meta = { x: 1 }',
	'export default function Layout() {}',
	'Tổng số {1 + 1} hội nghị',
	'{/* chú thích */}',
	'{process.exit(1)}',
	'<script>alert(1)</script>',
	'<div class="x">khối</div>',
	'<Chart data="x" />',
	'<>mảnh</>',
	'chữ <b>đậm</b> giữa dòng',
	'<img src="x" onerror="alert(1)" />',
	'<!-- ghi chú -->',
	'<https://example.com>',
	// An escaped backslash escapes nothing after it: the tag and the expression are code again.
	'chữ \\\\<b>đậm</b>',
	'\\\\{process.exit(1)}',
];

describe('MDX-like text', () => {
	test.each(MDX_LIKE)('%s: never fast, always refused with nothing rendered', (snippet) => {
		for (const body of [
			`${snippet}\n\n${BODY}`,
			BODY.replace('Nhận thức được nâng lên.', `Nhận thức được nâng lên. ${snippet}`),
			`${BODY}\n${snippet}\n`,
		]) {
			expect(canParseFast(body), body).toBe(false);
			const result = processReport(review({}, body), FILE);
			expect(result.problems.filter((p) => p.severity === 'error').length, snippet).toBeGreaterThan(0);
			expect(result.html).toBe('');
		}
	});

	// MDX reads these as text: the full parser takes them and the page shows them escaped, never as markup.
	test.each([
		['a < b', 'a &#x3C; b'],
		['Số liệu }', 'Số liệu }'],
	])('%s: never fast, rendered as text', (snippet, html) => {
		const body = BODY.replace('Nhận thức được nâng lên.', `Nhận thức được nâng lên. ${snippet}`);
		expect(canParseFast(body)).toBe(false);
		const result = processReport(review({}, body), FILE);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.html).toContain(`<p>Nhận thức được nâng lên. ${html}</p>`);
	});

	test('wherever it is put in a generated report, it is never fast and always refused', () => {
		const random = new Random(9);
		for (const [file, source] of generated.slice(0, 60)) {
			const snippet = random.pick(MDX_LIKE);
			const lines = source.split('\n');
			const bodyStart = lines.indexOf('---', 1) + 2;
			const at = random.int(bodyStart, lines.length - 1);
			// At a line start, or inside a line of text.
			lines[at] = random.chance(0.5) ? `${snippet}\n\n${lines[at]}` : `${lines[at]} ${snippet}`;
			const mutated = lines.join('\n');
			expect(canParseFast(splitFrontmatter(mutated)!.body), `${file}: ${snippet}`).toBe(false);
			const result = processReport(mutated, file);
			expect(
				result.problems.some((p) => p.severity === 'error'),
				`${file}: ${snippet} at line ${at + 1}`
			).toBe(true);
			expect(result.html).toBe('');
		}
	});
});
