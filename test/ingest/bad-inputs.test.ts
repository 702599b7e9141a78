// The corpus of bad inputs (test/fixtures/bad/): each is refused with its exact file, line and field, and nothing is
// written or changed, whether it arrives by the file drop (ingest) or is committed straight into content/ (validate).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { errorsOf } from '../../src/lib/content/problem.ts';
import { ingestFile, loadIngestContext, type RejectionKind } from '../../src/lib/ingest/ingest.ts';
import { collectInputs } from '../../src/lib/ingest/inputs.ts';
import { MAX_REPORT_BYTES } from '../../src/lib/ingest/limits.ts';
import { runScript, snapshot } from '../helpers/cli.ts';
import { BODY, review, validProject } from '../helpers/content-dir.ts';

const BAD = resolve(import.meta.dirname, '../fixtures/bad');
const PUBLISHED = 'content/reviews/thu/xa-a2.mdx';

interface Case {
	name: string;
	/** A file of the corpus, dropped into the inbox; or `make`, which prepares the project and returns the input's path. */
	fixture?: string;
	make?: (root: string, inbox: string) => string;
	kind: RejectionKind;
	/** The first error: where it is and which field. */
	file?: string;
	line: number;
	field: string;
	message: RegExp;
	/** The same file committed at content/reviews/thu/xa-a2.mdx fails validation at the same line and field. */
	validates?: boolean;
}

/** The words before the first parenthesis (where the English goes) are Vietnamese. */
const VIETNAMESE_FIRST = /^[^(]*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

const CASES: Case[] = [
	{
		name: 'MDX import',
		fixture: 'mdx-import.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^báo cáo không được chứa lệnh "import"\/"export".*may not contain "import" or "export"/,
		validates: true,
	},
	{
		name: 'MDX export',
		fixture: 'mdx-export.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^báo cáo không được chứa lệnh "import"\/"export".*may not contain "import" or "export"/,
		validates: true,
	},
	{
		name: 'MDX expression',
		fixture: 'mdx-expression.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^dấu ngoặc nhọn \{…\} là mã.*curly braces \{…\} are code/,
		validates: true,
	},
	{
		name: 'raw HTML',
		fixture: 'raw-html.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^thẻ mã <div> không được dùng.*such as <div> are not allowed/,
		validates: true,
	},
	{
		name: '<script>',
		fixture: 'script.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^thẻ mã <script> không được dùng.*such as <script> are not allowed/,
		validates: true,
	},
	{
		name: 'event handler',
		fixture: 'event-handler.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^thẻ mã <img> không được dùng.*such as <img> are not allowed/,
		validates: true,
	},
	{
		name: 'javascript: URL',
		fixture: 'javascript-url.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /the link "javascript:alert\(document\.cookie\)" is not allowed/,
		validates: true,
	},
	{
		name: 'iframe',
		fixture: 'iframe.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^thẻ mã <iframe> không được dùng.*such as <iframe> are not allowed/,
		validates: true,
	},
	{
		name: 'SVG with script',
		fixture: 'svg-script.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^thẻ mã <svg> không được dùng.*such as <svg> are not allowed/,
		validates: true,
	},
	{
		name: 'node:child_process code',
		fixture: 'child-process.mdx',
		kind: 'invalid',
		line: 14,
		field: 'body',
		message: /^báo cáo không được chứa lệnh "import"\/"export".*may not contain "import" or "export"/,
		validates: true,
	},
	{
		name: 'broken YAML',
		fixture: 'broken-yaml.mdx',
		kind: 'invalid',
		line: 6,
		field: '',
		message: /^phần thông tin \(YAML\) không đọc được: .*\(YAML cannot be read: Flow sequence/,
		validates: true,
	},
	{
		name: 'YAML alias bomb',
		fixture: 'alias-bomb.mdx',
		kind: 'invalid',
		line: 2,
		field: '',
		message: /^YAML bị từ chối: các bí danh/,
		validates: true,
	},
	{
		name: 'impossible date 31/02',
		fixture: 'impossible-date.mdx',
		kind: 'invalid',
		line: 6,
		field: 'heldOn',
		message: /^"31\/02\/2021" không phải một ngày đọc được.*not a real calendar date/,
		validates: true,
	},
	{
		name: 'day and month swapped (no month 27)',
		fixture: 'swapped-date.mdx',
		kind: 'invalid',
		line: 6,
		field: 'heldOn',
		message: /^"4\/27\/2021" không phải một ngày đọc được.*not a real calendar date/,
		validates: true,
	},
	{
		name: 'day and month swapped (sent before held)',
		fixture: 'swapped-date-order.mdx',
		kind: 'invalid',
		line: 7,
		field: 'sentOn',
		message:
			/^ngày gửi báo cáo \(5\/3\/2021\) trước ngày tổ chức sơ kết \(28\/4\/2021\).*sent \(2021-03-05\) before the review was held \(2021-04-28\)/,
		validates: true,
	},
	{
		name: 'future date',
		fixture: 'future-date.mdx',
		kind: 'invalid',
		line: 7,
		field: 'sentOn',
		message: /^“Ngày gửi báo cáo” \(sentOn\) là 29\/4\/2999, sau hôm nay.*2999-04-29 is in the future/,
		validates: true,
	},
	{
		name: 'missing required section',
		fixture: 'missing-section.mdx',
		kind: 'invalid',
		line: 9,
		field: 'section lessons',
		message: /"Bài học kinh nghiệm" is missing/,
		validates: true,
	},
	{
		name: 'empty required section',
		fixture: 'empty-section.mdx',
		kind: 'invalid',
		line: 26,
		field: 'section limitations',
		message: /^đề mục "2\. Hạn chế" chưa có nội dung; hãy viết phần hạn chế dưới đề mục này/,
		validates: true,
	},
	{
		name: 'empty body',
		fixture: 'empty-body.mdx',
		kind: 'invalid',
		line: 9,
		field: 'body',
		message: /^báo cáo chưa có nội dung sau phần thông tin.*has no text after its details/,
		validates: true,
	},
	{
		name: 'unit id escaping the folder (../)',
		fixture: 'unit-escape.mdx',
		kind: 'invalid',
		line: 4,
		field: 'unit',
		message: /^mã chỉ gồm chữ thường không dấu.*must be a URL-safe id/,
		validates: true,
	},
	{
		name: 'figure names of every JavaScript object (valueOf, constructor)',
		fixture: 'prototype-figures.mdx',
		kind: 'invalid',
		line: 8,
		field: 'figures.valueOf',
		message: /^tên số liệu này là tên dành riêng/,
		validates: true,
	},
	{
		name: 'a heading of "a", 300,000 dots and "b" (quadratic trimming took 74 s)',
		make: (_, inbox) => {
			writeFileSync(
				join(inbox, 'xa-a2.mdx'),
				review({ unit: 'xa-a2' }, `## a${'.'.repeat(300_000)}b\n\nChữ.\n\n## Bài học\n\n- Một.\n`)
			);
			return join(inbox, 'xa-a2.mdx');
		},
		kind: 'invalid',
		line: 8,
		field: 'section leadership',
		message: /^Thiếu phần bắt buộc "Công tác lãnh đạo, chỉ đạo"/,
		validates: true,
	},
	{
		name: 'duplicate unit',
		fixture: 'duplicate-unit.mdx',
		kind: 'exists',
		line: 4,
		field: 'unit',
		message: /^đơn vị "xa-a1" đã có báo cáo tại content\/reviews\/thu\/xa-a1\.mdx, bản đó được giữ nguyên/,
	},
	{
		name: 'unknown parent in the roster',
		make: (root, inbox) => {
			copyFileSync(join(BAD, 'unknown-parent.roster.yaml'), join(root, 'content/units/thu.yaml'));
			writeFileSync(join(inbox, 'xa-a2.mdx'), review({ unit: 'xa-a2' }));
			return join(inbox, 'xa-a2.mdx');
		},
		kind: 'content',
		file: 'content/units/thu.yaml',
		line: 5,
		field: '3.parent',
		message: /^không có đơn vị cấp trên "huyen-uy-b" trong danh sách.*unknown parent "huyen-uy-b"/,
		validates: true,
	},
	{
		name: 'huge file',
		make: (_, inbox) => {
			writeFileSync(
				join(inbox, 'xa-a2.mdx'),
				review({ unit: 'xa-a2' }) + 'Nội dung báo cáo rất dài. '.repeat(MAX_REPORT_BYTES / 20)
			);
			return join(inbox, 'xa-a2.mdx');
		},
		kind: 'too-large',
		line: 0,
		field: '',
		message:
			/^inbox\/xa-a2\.mdx nặng [\d.]+ MB, một báo cáo tối đa 1 MB; hãy xóa ảnh.*\(inbox\/xa-a2\.mdx is [\d.]+ MB \([\d,]+ bytes\); a report may be at most 1 MB/,
	},
	{
		name: 'a sidecar of 100 KB (sidecars had no size limit)',
		make: (_, inbox) => {
			writeFileSync(join(inbox, 'xa-a2.md'), BODY);
			writeFileSync(
				join(inbox, 'xa-a2.md.yaml'),
				`campaign: thu\nunit: xa-a2\nform: written\nheldOn: 2021-04-28\nsentOn: 2021-04-29\nnote: "${'x'.repeat(100_000)}"\n`
			);
			return join(inbox, 'xa-a2.md');
		},
		kind: 'invalid',
		file: 'inbox/xa-a2.md.yaml',
		line: 0,
		field: '',
		message: /^tệp chi tiết đi kèm quá lớn \(100\.\d+ byte, tối đa 64\.000\); chỉ ghi vài dòng/,
	},
	{
		name: 'a report that passes the limit once its sidecar details are added (the dry run called it valid)',
		make: (_, inbox) => {
			// 20 bytes under the limit on its own; the frontmatter made from the sidecar takes it over.
			writeFileSync(
				join(inbox, 'xa-a2.md'),
				`${BODY}\n${'a'.repeat(MAX_REPORT_BYTES - 20 - Buffer.byteLength(BODY) - 2)}\n`
			);
			writeFileSync(
				join(inbox, 'xa-a2.md.yaml'),
				'campaign: thu\nunit: xa-a2\nform: written\nheldOn: 2021-04-28\nsentOn: 2021-04-29\n'
			);
			return join(inbox, 'xa-a2.md');
		},
		kind: 'too-large',
		line: 0,
		field: '',
		message: /^báo cáo \(kể cả phần thông tin đầu\) dài 1\.000\.\d+ byte, vượt mức 1\.000\.000 byte; hãy bỏ bớt ảnh/,
		file: 'inbox/xa-a2.md',
	},
	{
		name: 'a FIFO in the inbox (ingest waited on it forever)',
		make: (_, inbox) => {
			execFileSync('mkfifo', [join(inbox, 'xa-a2.mdx')]);
			return join(inbox, 'xa-a2.mdx');
		},
		kind: 'unsafe',
		line: 0,
		field: '',
		message: /^đây không phải tệp thường/,
	},
	{
		name: 'symlink as the input',
		make: (root, inbox) => {
			writeFileSync(join(root, 'that-nao.mdx'), review({ unit: 'xa-a2' }));
			symlinkSync(join(root, 'that-nao.mdx'), join(inbox, 'xa-a2.mdx'));
			return join(inbox, 'xa-a2.mdx');
		},
		kind: 'unsafe',
		line: 0,
		field: '',
		message: /^tệp là liên kết \(symlink\), không được đọc; hãy chép chính tệp báo cáo vào đây/,
	},
	{
		name: 'symlink in place of the campaign folder',
		make: (root, inbox) => {
			renameSync(join(root, 'content/reviews/thu'), join(root, 'ngoai'));
			symlinkSync(join(root, 'ngoai'), join(root, 'content/reviews/thu'));
			writeFileSync(join(inbox, 'xa-a2.mdx'), review({ unit: 'xa-a2' }));
			return join(inbox, 'xa-a2.mdx');
		},
		kind: 'unsafe',
		line: 0,
		field: '',
		message:
			/^không ghi được: .*content\/reviews\/thu là liên kết tượng trưng \(symbolic link\); báo cáo chỉ ghi vào thư mục thật/,
	},
];

describe('every bad input is refused where it is wrong, and nothing is written or changed', () => {
	// The budget is generous (each case takes well under a second); a quadratic scan of a hostile input takes minutes.
	test.each(CASES)('$name', { timeout: 60_000 }, async (c) => {
		const root = validProject();
		const inbox = join(root, 'inbox');
		mkdirSync(inbox);
		let input: string;
		if (c.fixture) copyFileSync(join(BAD, c.fixture), (input = join(inbox, c.fixture)));
		else input = c.make!(root, inbox);
		const before = snapshot(root);

		const ctx = loadIngestContext(root);
		const { files } = await collectInputs([input], root);
		const outcome = await ingestFile(files[0]!, ctx);
		expect(outcome).toMatchObject({ status: 'rejected', kind: c.kind });
		const [first] = errorsOf(outcome.problems);
		expect(first).toMatchObject({ file: c.file ?? `inbox/${c.fixture ?? 'xa-a2.mdx'}`, line: c.line, field: c.field });
		expect(first!.message).toMatch(c.message);
		// What a person reads comes first, in Vietnamese; English may follow.
		expect(first!.message).toMatch(VIETNAMESE_FIRST);
		expect(snapshot(root)).toEqual(before);

		// A dry run makes the same checks: it never calls "valid" what the real run refuses.
		const dry = await ingestFile(
			(await collectInputs([input], root)).files[0]!,
			loadIngestContext(root, { dryRun: true })
		);
		expect(dry).toMatchObject({ status: 'rejected', kind: c.kind });
		expect(errorsOf(dry.problems)[0]).toEqual(first);
		expect(snapshot(root)).toEqual(before);

		if (c.validates) {
			const committed = c.fixture ? validProject({ [PUBLISHED]: readFileSync(join(BAD, c.fixture), 'utf8') }) : root;
			if (!c.fixture) copyFileSync(input, join(root, PUBLISHED));
			const problems = errorsOf(loadContent({ root: committed }).problems);
			expect(problems).toContainEqual(
				expect.objectContaining({
					file: c.file ?? PUBLISHED,
					line: c.line,
					field: c.field,
					message: expect.stringMatching(c.message),
				})
			);
		}
	});

	test('the corpus holds exactly the files the table names', () => {
		const named = new Set([...CASES.flatMap((c) => c.fixture ?? []), 'unknown-parent.roster.yaml']);
		expect(readdirSync(BAD).sort()).toEqual([...named].sort());
	});

	test('dropped all at once, every file is refused with a reason beside it, and content/ is untouched', async () => {
		const root = validProject();
		const inbox = join(root, 'inbox');
		mkdirSync(inbox);
		const reports = readdirSync(BAD).filter((f) => f.endsWith('.mdx'));
		for (const name of reports) copyFileSync(join(BAD, name), join(inbox, name));
		const content = snapshot(join(root, 'content'));
		const result = await runScript('ingest', ['inbox'], root);
		expect(result.code).toBe(1);
		expect(result.stdout.trim().split('\n').at(-1)).toBe(
			`Xong / done: ${reports.length} bị từ chối / ${reports.length} rejected`
		);
		expect(snapshot(join(root, 'content'))).toEqual(content);
		expect(readdirSync(inbox).sort()).toEqual(reports.flatMap((r) => [r, `${r}.rejected.txt`]).sort());
		for (const name of reports) expect(readFileSync(join(inbox, name))).toEqual(readFileSync(join(BAD, name)));
	});
});
