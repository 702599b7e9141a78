import { describe, expect, test } from 'vitest';
import { githubAnnotation } from '../../src/lib/cli/report-problems.ts';
import { runScript } from '../helpers/cli.ts';
import { CAMPAIGN, ROSTER, review, validProject } from '../helpers/content-dir.ts';

const validate = (root: string, args: string[] = [], env: Record<string, string> = {}) =>
	runScript('validate', args, root, env);
// heldOn is line 5 of review(): campaign, unit, form, heldOn… after the opening fence.
const brokenProject = () =>
	validProject({
		'content/reviews/thu/xa-a1.mdx': review({ heldOn: '31/02/2021' }),
		'content/reviews/thu/xa-a2.mdx': review({ unit: 'xa-a2' }, 'Không có đề mục nào.\n'),
	});
const DATE_ERROR =
	'"31/02/2021" không phải một ngày đọc được; hãy viết ngày trước, tháng sau (ngày/tháng/năm, ví dụ 30/4/2021) và kiểm tra đó là một ngày có thật (not a real calendar date; expected a date written YYYY-MM-DD or day first as D/M/YYYY (e.g. 2021-04-30 or 30/4/2021))';

describe.concurrent('npm run validate', () => {
	test('a valid project exits 0', async () => {
		const result = await validate(validProject());
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(
			'✓ Không có lỗi / no errors, 0 cảnh báo / warnings (1 báo cáo / reports, 4 đơn vị / units, 1 đợt / campaigns)\n'
		);
	});

	test('prints each problem as file:line:column  field  message and exits 1', async () => {
		const result = await validate(brokenProject());
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`content/reviews/thu/xa-a1.mdx:5:9  heldOn  ${DATE_ERROR}\n`);
		expect(result.stdout).toContain(
			'content/reviews/thu/xa-a2.mdx:8:1  section lessons  Thiếu phần bắt buộc "Bài học kinh nghiệm"'
		);
		expect(result.stdout).not.toContain('::error');
	});

	test('in GitHub Actions every problem is also an annotation on its file and line', async () => {
		const result = await validate(brokenProject(), [], { GITHUB_ACTIONS: 'true' });
		expect(result.code).toBe(1);
		const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
		expect(annotations).toContain(
			`::error file=content/reviews/thu/xa-a1.mdx,line=5,col=9,title=heldOn::${DATE_ERROR}`
		);
		expect(annotations).toContain(
			'::error file=content/reviews/thu/xa-a2.mdx,line=8,col=1,title=section lessons::Thiếu phần bắt buộc "Bài học kinh nghiệm": không tìm thấy đề mục nào cho phần này. Báo cáo không có đề mục nào. Hãy thêm hoặc đổi một đề mục thành "Bài học kinh nghiệm" (số thứ tự, chữ hoa không quan trọng). Nếu báo cáo đặt tên khác cho phần này, ghi vào phần thông tin đầu báo cáo: sections: { lessons: "<đề mục trong báo cáo>" }. (the required section "Bài học kinh nghiệm" is missing)'
		);
		expect(annotations).toHaveLength(result.stdout.split('\n').filter((l) => l.startsWith('content/')).length);
	});

	test("given files or folders, reports their problems and no other report's", async () => {
		const root = brokenProject();
		const one = await validate(root, ['content/reviews/thu/xa-a1.mdx']);
		expect(one.code).toBe(1);
		expect(one.stdout.split('\n').filter((l) => l.startsWith('content/'))).toEqual([
			`content/reviews/thu/xa-a1.mdx:5:9  heldOn  ${DATE_ERROR}`,
		]);
		expect(await validate(root, ['content/units/thu.yaml'])).toMatchObject({ code: 0 });
		const folder = await validate(root, ['content/reviews/thu/']);
		expect(folder.stdout).toContain('xa-a1.mdx:5:9');
		expect(folder.stdout).toContain('xa-a2.mdx:8:1');
	});

	test("given a report, also reports the problems of the roster, which would fail the build, but not other reports' problems", async () => {
		const root = validProject({
			'content/units/thu.yaml': `${ROSTER}- { id: xa-b1, name: Đảng ủy xã B1, tier: co-so, type: dang-uy-xa, parent: huyen-uy-b }\n`,
			'content/reviews/thu/xa-a2.mdx': review({ unit: 'xa-a2', heldOn: '31/02/2021' }),
		});
		const roster = (await validate(root)).stdout.split('\n').filter((l) => l.startsWith('content/units/'));
		expect(roster).toHaveLength(1);
		const one = await validate(root, ['content/reviews/thu/xa-a1.mdx']);
		expect(one.code).toBe(1);
		expect(one.stdout.split('\n').filter((l) => l.startsWith('content/'))).toEqual(roster);
		expect(one.stdout).toContain(
			'✗ 1 lỗi, 0 cảnh báo / 1 errors, 0 warnings (1 tệp / files, kế hoạch và danh sách đơn vị / campaign and roster files)'
		);
		const annotated = await validate(root, ['content/reviews/thu/'], { GITHUB_ACTIONS: 'true' });
		expect(annotated.stdout).toMatch(/^::error file=content\/units\/thu\.yaml,/m);
		expect(annotated.stdout).toMatch(/^::error file=content\/reviews\/thu\/xa-a2\.mdx,/m);
	});

	test('given a report, also reports the problems of the campaign file', async () => {
		const root = validProject({
			'content/campaigns/thu.yaml': `${CAMPAIGN}lessonThemes:\n  - { id: a, name: A, phrases: [đối thoại] }\n  - { id: a, name: B, phrases: [giám sát] }\n`,
		});
		const one = await validate(root, ['content/reviews/thu/xa-a1.mdx']);
		expect(one.code).toBe(1);
		expect(one.stdout).toMatch(
			/^content\/campaigns\/thu\.yaml:\d+:\d+  lessonThemes\.1\.id  chủ đề bài học "a" được ghi hai lần; giữ một \(lesson theme "a" is listed twice\)$/m
		);
	});

	test.each([
		['an unknown option', ['--strict'], 'Unknown option'],
		[
			'a file that does not exist',
			['content/reviews/thu/khong-co.mdx'],
			'Không tìm thấy / not found: content/reviews/thu/khong-co.mdx',
		],
		['a file outside content/', ['package.json'], 'npm run ingest -- --dry-run package.json'],
	])('%s is a usage error (exit 2)', async (_, args, message) => {
		const result = await validate(validProject({ 'package.json': '{}' }), args);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
	});

	test('--help exits 0 and explains both languages, exit codes and annotations', async () => {
		const result = await validate(validProject(), ['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Kiểm tra báo cáo');
		expect(result.stdout).toContain('Checks reports, rosters and campaign files exactly as the build does.');
		expect(result.stdout).toContain('GITHUB_ACTIONS=true');
		expect(result.stdout).toContain('2 dùng sai lệnh / usage error');
		expect(result.stdout).toContain(
			'and always those of the campaign files (content/campaigns/)\n  and rosters (content/units/)'
		);
	});
});

describe('githubAnnotation', () => {
	test('escapes what the workflow command syntax reserves', () => {
		const line = githubAnnotation({
			file: 'content/a,b:c.mdx',
			line: 3,
			column: 2,
			field: 'x',
			severity: 'error',
			message: '100% sai\nhai dòng',
		});
		expect(line).toBe('::error file=content/a%2Cb%3Ac.mdx,line=3,col=2,title=x::100%25 sai%0Ahai dòng');
	});

	test('a whole-file problem has no line, and a warning is a warning', () => {
		expect(
			githubAnnotation({
				file: 'content/units/thu.yaml',
				line: 0,
				column: 0,
				field: '',
				severity: 'warning',
				message: 'm',
			})
		).toBe('::warning file=content/units/thu.yaml::m');
	});
});
