import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { errorsOf } from '../../src/lib/content/problem.ts';
import { processReport } from '../../src/lib/report/process.ts';
import { REQUIRED_SECTIONS } from '../../src/lib/report/section-catalog.ts';
import { reportSkeleton, skeletonHeadings } from '../../src/lib/report/skeleton.ts';
import { parseYamlWithPositions } from '../../src/lib/content/yaml.ts';
import { runScript, snapshot } from '../helpers/cli.ts';
import { ROSTER, validProject } from '../helpers/content-dir.ts';

const newReport = (root: string, ...args: string[]) => runScript('new-report', args, root);
const fillDates = (text: string) =>
	text.replace(/^heldOn: +#/m, 'heldOn: 27/4/2021 #').replace(/^sentOn: +#/m, 'sentOn: 29/4/2021 #');
/** What a clerk writes: a line of text under every heading that has no sub-headings. */
const fillSections = (text: string) =>
	text.replace(/^(#{2,3} (?!III\. ĐÁNH GIÁ CHUNG).*)$/gm, '$1\n\n1. Phải bàn bạc với nhân dân từ đầu.');
const emptySections = (file: string, text: string) =>
	text
		.split('\n')
		.flatMap((line, i) => (/^#{2,3} /.test(line) && !line.includes('ĐÁNH GIÁ CHUNG') ? [`${file}:${i + 1}:1`] : []));

describe('skeletonHeadings', () => {
	test('has one heading per required section, with the assessment parts under "Đánh giá chung"', () => {
		expect(skeletonHeadings()).toEqual([
			'## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
			'## II. KẾT QUẢ THỰC HIỆN',
			'## III. ĐÁNH GIÁ CHUNG',
			'### 1. Ưu điểm',
			'### 2. Hạn chế',
			'### 3. Nguyên nhân',
			'## IV. BÀI HỌC KINH NGHIỆM',
			'## V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
		]);
	});

	test('every heading is recognised as the section it stands for, and refused while nothing is written under it', () => {
		const report = `---\ncampaign: thu\nunit: xa-a2\nform: written\nheldOn: 2021-04-27\nsentOn: 2021-04-29\n---\n\n${skeletonHeadings().join('\n\n')}\n`;
		const processed = processReport(report, 'x.mdx');
		expect(REQUIRED_SECTIONS.filter((key) => !processed.sections.some((s) => s.key === key))).toEqual([]);
		expect(
			errorsOf(processed.problems)
				.map((p) => p.field)
				.sort()
		).toEqual(REQUIRED_SECTIONS.map((k) => `section ${k}`).sort());
		expect(errorsOf(processReport(fillSections(report), 'x.mdx').problems)).toEqual([]);
	});
});

describe.concurrent('npm run new-report', () => {
	test('writes the skeleton at the canonical path; it fails validation for the empty dates and sections, and passes once they are filled', async () => {
		const root = validProject();
		const result = await newReport(root, '--unit', 'xa-a2');
		expect(result).toMatchObject({ code: 0 });
		expect(result.stdout).toContain('✓ Đã tạo / written: content/reviews/thu/xa-a2.mdx');
		const path = join(root, 'content/reviews/thu/xa-a2.mdx');
		const text = readFileSync(path, 'utf8');
		expect(text).toContain('# Báo cáo sơ kết của Đảng ủy xã A2 (Cấp cơ sở), gửi Huyện ủy A.\n');
		expect(text).toContain('\ncampaign: thu\nunit: xa-a2\n');
		for (const heading of skeletonHeadings()) expect(text).toContain(`\n${heading}\n`);

		const before = await runScript('validate', [], root);
		expect(before.code).toBe(1);
		// An empty value is located where YAML puts the null: at the comment that follows it.
		const at = (field: string) => {
			const lines = text.split('\n');
			const index = lines.findIndex((l) => l.startsWith(`${field}:`));
			return `${index + 1}:${lines[index]!.indexOf('#') + 1}`;
		};
		const problems = before.stdout.split('\n').filter((l) => l.startsWith('content/'));
		expect(problems.slice(0, 2)).toEqual([
			`content/reviews/thu/xa-a2.mdx:${at('heldOn')}  heldOn  thiếu “Ngày tổ chức sơ kết” (heldOn): hãy điền mục này (is required)`,
			`content/reviews/thu/xa-a2.mdx:${at('sentOn')}  sentOn  thiếu “Ngày gửi báo cáo” (sentOn): hãy điền mục này (is required)`,
		]);
		expect(problems.slice(2).map((l) => l.split('  ')[0])).toEqual(
			emptySections('content/reviews/thu/xa-a2.mdx', text)
		);

		writeFileSync(path, fillDates(text));
		expect(await runScript('validate', [], root)).toMatchObject({ code: 1 });
		writeFileSync(path, fillSections(fillDates(text)));
		expect(await runScript('validate', [], root)).toMatchObject({ code: 0 });
		const review = loadContent({ root }).reviews.find((r) => r.unit === 'xa-a2');
		expect(review).toMatchObject({ form: 'conference', heldOn: '2021-04-27', sentOn: '2021-04-29' });
	});

	test('never overwrites: a second run, or --out at an existing file, exits 1 and changes nothing', async () => {
		const root = validProject();
		expect((await newReport(root, '--unit', 'xa-a2')).code).toBe(0);
		const before = snapshot(root);
		const again = await newReport(root, '--unit', 'xa-a2');
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('the file already exists and was left unchanged: content/reviews/thu/xa-a2.mdx');
		const out = await newReport(root, '--unit', 'xa-a2', '--out', 'content/reviews/thu/xa-a1.mdx');
		expect(out.code).toBe(1);
		expect(out.stderr).toContain('content/reviews/thu/xa-a1.mdx');
		expect(snapshot(root)).toEqual(before);
	});

	test('--out writes elsewhere, and "-" prints the skeleton', async () => {
		const root = validProject();
		const printed = await newReport(root, '--unit', 'xa-a2', '--out', '-');
		expect(printed.code).toBe(0);
		expect(printed.stdout).toMatch(/^---\n# Báo cáo sơ kết của Đảng ủy xã A2/);
		expect((await newReport(root, '--unit', 'xa-a2', '--out', 'nhap.mdx')).code).toBe(0);
		expect(readFileSync(join(root, 'nhap.mdx'), 'utf8')).toBe(printed.stdout);
	});

	test('a unit that is not on the roster exits 1 and suggests close ids', async () => {
		const result = await newReport(validProject(), '--unit', 'xa-a');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'unit "xa-a" is not on the roster of thu (content/units/thu.yaml); gần giống / similar: xa-a1, xa-a2'
		);
	});

	test.each([
		['no --unit', []],
		['an id that could escape the folder', ['--unit', '../xa-a2']],
		['an unknown campaign', ['--unit', 'xa-a2', '--campaign', 'khac']],
		['a stray argument', ['xa-a2']],
	])('%s is a usage error (exit 2) and writes nothing', async (_, args) => {
		const root = validProject();
		const before = snapshot(root);
		expect((await newReport(root, ...args)).code).toBe(2);
		expect(snapshot(root)).toEqual(before);
	});

	test('--help exits 0 in both languages', async () => {
		const result = await newReport(validProject(), '--help');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Tạo khung báo cáo sơ kết');
		expect(result.stdout).toContain('Writes a report skeleton');
	});
});

test('a roster name with a line break stays inside its comment line (it injected frontmatter lines)', () => {
	const root = validProject({
		'content/units/thu.yaml': ROSTER.replace(
			'name: Đảng ủy xã A2,',
			'name: "Đảng ủy xã A2\\nheldOn: 27/4/2021\\r\\nsentOn: 29/4/2021\\u2028x",'
		),
	});
	const content = loadContent({ root });
	const unit = content.units.find((u) => u.id === 'xa-a2')!;
	expect(unit.name).toContain('\n');
	const text = reportSkeleton(
		unit,
		content.campaigns.find((c) => c.id === 'thu')!,
		content.units
	);
	const frontmatter = text.split('\n---\n')[0]!.slice('---\n'.length);
	expect(frontmatter.split('\n')[0]).toBe(
		'# Báo cáo sơ kết của Đảng ủy xã A2 heldOn: 27/4/2021 sentOn: 29/4/2021 x (Cấp cơ sở), gửi Huyện ủy A.'
	);
	expect(parseYamlWithPositions(frontmatter, 'x.mdx').data).toEqual({
		campaign: 'thu',
		unit: 'xa-a2',
		form: 'conference',
		heldOn: null,
		sentOn: null,
	});
});
