// Drives `npm run ingest` as a clerk would: a scratch project, an inbox folder, real .docx files.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { errorsOf } from '../../src/lib/content/problem.ts';
import { encodeLegacy } from '../helpers/legacy-encode.ts';
import { runScript, snapshot } from '../helpers/cli.ts';
import { BODY, review, validProject } from '../helpers/content-dir.ts';
import { buildFullReportDocx } from '../helpers/docx-fixture.ts';

const ingest = (root: string, ...args: string[]) => runScript('ingest', args, root);
const SIDECAR =
	'campaign: thu\nunit: xa-a2\nform: hội nghị\nheldOn: 27/4/2021\nsentOn: 29/4/2021\nattendance: { total: 85 }\n';

/** A project with one published report (xa-a1) and an inbox holding the given files. */
function projectWithInbox(files: Record<string, string | Buffer>): { root: string; inbox: string } {
	const root = validProject();
	const inbox = join(root, 'inbox');
	mkdirSync(inbox);
	for (const [name, data] of Object.entries(files)) writeFileSync(join(inbox, name), data);
	return { root, inbox };
}
const published = (root: string, unit: string) => join(root, 'content/reviews/thu', `${unit}.mdx`);

describe.concurrent('a Word report dropped into the inbox', () => {
	test('becomes a valid review at its canonical path, with the sidecar details and the headings, lists and table kept', async () => {
		const { root } = projectWithInbox({
			'bao-cao-xa-a2.docx': await buildFullReportDocx(),
			'bao-cao-xa-a2.docx.yaml': SIDECAR,
		});
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'[1/1] ✓ inbox/bao-cao-xa-a2.docx → content/reviews/thu/xa-a2.mdx  đã nhận / placed'
		);
		const text = readFileSync(published(root, 'xa-a2'), 'utf8');
		expect(text.split('\n').slice(0, 8)).toEqual([
			'---',
			'campaign: "thu"',
			'unit: "xa-a2"',
			'form: "hội nghị"',
			'heldOn: "27/4/2021"',
			'sentOn: "29/4/2021"',
			'attendance: {"total":85}',
			'---',
		]);
		expect(text).toContain(
			'# II. KẾT QUẢ THỰC HIỆN\n\n| Nội dung                | Số lượng |\n| ----------------------- | -------- |\n| Hội nghị đối thoại      | 12       |'
		);
		expect(text).toContain(
			'1. Phát huy vai trò của người đứng đầu cấp ủy.\n2. Công khai, minh bạch để nhân dân biết, nhân dân bàn.'
		);
		expect(text).toContain('- Tiếp tục đối thoại với nhân dân\n- Kiện toàn Ban Thanh tra nhân dân');

		const content = loadContent({ root });
		expect(errorsOf(content.problems)).toEqual([]);
		const xa = content.reviews.find((r) => r.unit === 'xa-a2');
		expect(xa).toMatchObject({
			form: 'conference',
			heldOn: '2021-04-27',
			sentOn: '2021-04-29',
			attendance: { total: 85 },
		});
		expect(xa!.lessons.map((l) => l.text)).toEqual([
			'Phát huy vai trò của người đứng đầu cấp ủy.',
			'Công khai, minh bạch để nhân dân biết, nhân dân bàn.',
		]);
		expect((await runScript('validate', [], root)).code).toBe(0);
	});

	test('without details it is rejected, stays in the inbox, and the reason file shows the converted text', async () => {
		const { root, inbox } = projectWithInbox({ 'xa-a2.docx': await buildFullReportDocx() });
		const before = snapshot(join(root, 'content'));
		const result = await ingest(root, 'inbox/xa-a2.docx');
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(
			/inbox\/xa-a2\.docx:0:0 {2}unit {2}thiếu “Đơn vị” \(unit\): hãy điền mục này \(is required/
		);
		expect(snapshot(join(root, 'content'))).toEqual(before);
		const note = readFileSync(join(inbox, 'xa-a2.docx.rejected.txt'), 'utf8');
		expect(note).toContain('Lý do: báo cáo có lỗi');
		expect(note).toContain('can be given in inbox/xa-a2.docx.yaml');
		expect(note).toMatch(/^ {3}\d \| # I\. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO$/m);
	});

	test('a sidecar mistake is reported at its line in the sidecar', async () => {
		const { root } = projectWithInbox({
			'a.docx': await buildFullReportDocx(),
			'a.docx.yaml': SIDECAR.replace('heldOn: 27/4/2021', 'heldOn: 31/02/2021'),
		});
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(
			/^ {4}inbox\/a\.docx\.yaml:4:9 {2}heldOn {2}"31\/02\/2021" không phải một ngày đọc được.*not a real calendar date/m
		);
	});
});

describe.concurrent('exit codes and usage', () => {
	test.each([
		['no file', []],
		['an unknown option', ['inbox', '--force']],
		['a unit id that could escape the folder', ['inbox/a.md', '--unit', '../xa-a2']],
		['a path that does not exist', ['inbox/khong-co.md']],
		['--unit with several files', ['inbox', '--unit', 'xa-a2']],
		['an unknown campaign', ['inbox', '--campaign', 'khong-co']],
	])('%s is a usage error (exit 2) and writes nothing', async (_, args) => {
		const { root } = projectWithInbox({ 'a.md': review({ unit: 'xa-a2' }), 'b.md': review({ unit: 'xa-a2' }) });
		const before = snapshot(root);
		const result = await ingest(root, ...args);
		expect(result.code).toBe(2);
		expect(result.stderr).not.toBe('');
		expect(snapshot(root)).toEqual(before);
	});

	test('--help explains the command in Vietnamese and English and exits 0', async () => {
		const result = await ingest(validProject(), '--help');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Cách dùng / usage: npm run ingest');
		expect(result.stdout).toContain('Never overwrites a report without --replace');
		expect(result.stdout).toContain('Không bao giờ ghi đè báo cáo đã có');
	});

	test('an empty inbox is not an error', async () => {
		const { root } = projectWithInbox({});
		expect(await ingest(root, 'inbox')).toMatchObject({
			code: 0,
			stdout: 'Không có tệp nào để nhận / nothing to ingest\n',
		});
	});
});

describe.concurrent('nothing published is lost', () => {
	test('a report for a unit that already has one is refused and the published one is untouched', async () => {
		const { root, inbox } = projectWithInbox({ 'xa-a1.md': review({ heldOn: '2021-04-20' }) });
		const before = readFileSync(published(root, 'xa-a1'));
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			'inbox/xa-a1.md:3:1  unit  đơn vị "xa-a1" đã có báo cáo tại content/reviews/thu/xa-a1.mdx, bản đó được giữ nguyên; muốn thay thì chạy lại với --replace'
		);
		expect(readFileSync(published(root, 'xa-a1'))).toEqual(before);
		expect(existsSync(join(root, 'content/reviews/thu/.history'))).toBe(false);
		expect(readFileSync(join(inbox, 'xa-a1.md'), 'utf8')).toBe(review({ heldOn: '2021-04-20' }));
	});

	test('--replace publishes the new report and keeps the previous one byte for byte', async () => {
		const { root } = projectWithInbox({ 'xa-a1.md': review({ heldOn: '2021-04-20' }) });
		const old = readFileSync(published(root, 'xa-a1'), 'utf8');
		const result = await ingest(root, 'inbox', '--replace');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/✓ inbox\/xa-a1\.md → content\/reviews\/thu\/xa-a1\.mdx {2}đã thay \/ replaced; bản cũ lưu tại \/ previous kept at content\/reviews\/thu\/\.history\/xa-a1\.[\dT:.-]+Z\.mdx/
		);
		expect(readFileSync(published(root, 'xa-a1'), 'utf8')).toBe(review({ heldOn: '2021-04-20' }));
		const history = readdirSync(join(root, 'content/reviews/thu/.history'));
		expect(history).toHaveLength(1);
		expect(readFileSync(join(root, 'content/reviews/thu/.history', history[0]!), 'utf8')).toBe(old);
		expect(errorsOf(loadContent({ root }).problems)).toEqual([]);
	});

	test('ingesting the same file again changes nothing and is not an error', async () => {
		const { root } = projectWithInbox({ 'xa-a2.md': review({ unit: 'xa-a2' }) });
		expect((await ingest(root, 'inbox')).code).toBe(0);
		const after = snapshot(root);
		const again = await ingest(root, 'inbox', '--replace');
		expect(again.code).toBe(0);
		expect(again.stdout).toContain(
			'= inbox/xa-a2.md → content/reviews/thu/xa-a2.mdx  đã có, không đổi / already published, unchanged'
		);
		expect(snapshot(root)).toEqual(after);
	});

	test('--dry-run checks and reports, but writes nothing at all', async () => {
		const { root } = projectWithInbox({
			'good.md': review({ unit: 'xa-a2' }),
			'bad.md': review({ unit: 'xa-a2', heldOn: '31/02/2021' }),
		});
		const before = snapshot(root);
		const result = await ingest(root, 'inbox', '--dry-run');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			'✓ inbox/good.md → content/reviews/thu/xa-a2.mdx  hợp lệ (chạy thử, chưa ghi) / valid (dry run, nothing written)'
		);
		expect(result.stdout).toContain('✗ inbox/bad.md  bị từ chối');
		expect(snapshot(root)).toEqual(before);
	});
});

describe.concurrent('a batch', () => {
	test('reports every file, carries on after a bad one, and leaves each rejected file with its reason', async () => {
		const { root, inbox } = projectWithInbox({
			'1-hong.md': review({ unit: 'xa-a2', sentOn: '' }),
			'2-tot.docx': await buildFullReportDocx(),
			'2-tot.docx.yaml': SIDECAR,
			'3-pdf.pdf': '%PDF-1.4',
			'4-trung.md': review({ unit: 'xa-a2' }),
		});
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(1);
		const outcomes = result.stdout.split('\n').filter((line) => /^\[\d\/4\]/.test(line));
		expect(outcomes).toEqual([
			expect.stringMatching(/^\[1\/4\] ✗ inbox\/1-hong\.md  bị từ chối \/ rejected: báo cáo có lỗi/),
			'[2/4] ✓ inbox/2-tot.docx → content/reviews/thu/xa-a2.mdx  đã nhận / placed',
			expect.stringMatching(/^\[3\/4\] ✗ inbox\/3-pdf\.pdf  bị từ chối \/ rejected: chỉ nhận tệp Word/),
			expect.stringMatching(/^\[4\/4\] ✗ inbox\/4-trung\.md  bị từ chối \/ rejected: một tệp khác trong lần nhận này/),
		]);
		expect(result.stdout).toContain(
			'inbox/1-hong.md:2:1  sentOn  thiếu “Ngày gửi báo cáo” (sentOn): hãy điền mục này (is required)'
		);
		expect(result.stdout).toContain(
			'inbox/4-trung.md:3:1  unit  đơn vị "xa-a2" đã có báo cáo khác trong lần nhận này (inbox/2-tot.docx); mỗi đơn vị gửi một báo cáo, hãy giữ một tệp'
		);
		expect(result.stdout.trim().split('\n').at(-1)).toBe('Xong / done: 1 đã nhận, 3 bị từ chối / 1 placed, 3 rejected');
		expect(readdirSync(inbox).sort()).toEqual([
			'1-hong.md',
			'1-hong.md.rejected.txt',
			'2-tot.docx',
			'2-tot.docx.yaml',
			'3-pdf.pdf',
			'3-pdf.pdf.rejected.txt',
			'4-trung.md',
			'4-trung.md.rejected.txt',
		]);
	});

	test('a file accepted after being fixed loses its reason file', async () => {
		const { root, inbox } = projectWithInbox({ 'xa-a2.md': review({ unit: 'xa-a2', sentOn: '' }) });
		expect((await ingest(root, 'inbox')).code).toBe(1);
		expect(existsSync(join(inbox, 'xa-a2.md.rejected.txt'))).toBe(true);
		writeFileSync(join(inbox, 'xa-a2.md'), review({ unit: 'xa-a2' }));
		expect((await ingest(root, 'inbox')).code).toBe(0);
		expect(readdirSync(inbox)).toEqual(['xa-a2.md']);
	});
});

describe.concurrent('details from flags', () => {
	test('--unit names the unit of a report that does not, and the campaign defaults to the only one', async () => {
		const text = `---\nform: written\nheldOn: 2021-04-28\nsentOn: 2021-04-29\n---\n\n${BODY}`;
		const { root } = projectWithInbox({ 'bao-cao.md': text });
		const result = await ingest(root, 'inbox/bao-cao.md', '--unit', 'xa-a2');
		expect(result.code).toBe(0);
		expect(readFileSync(published(root, 'xa-a2'), 'utf8')).toBe(
			`---\nform: written\nheldOn: 2021-04-28\nsentOn: 2021-04-29\ncampaign: "thu"\nunit: "xa-a2"\n---\n\n${BODY}`
		);
	});

	test('a flag that disagrees with the report is refused, never silently applied', async () => {
		const { root } = projectWithInbox({ 'a.md': review({ unit: 'xa-a2' }) });
		const result = await ingest(root, 'inbox/a.md', '--unit', 'xa-a1');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			'--unit:0:0  unit  “Đơn vị” (unit) ở đây là "xa-a1" nhưng ở inbox/a.md dòng 3 là "xa-a2"; hãy sửa cho giống nhau hoặc bỏ một chỗ'
		);
		expect(existsSync(published(root, 'xa-a2'))).toBe(false);
	});
});

describe.concurrent('text clean-up', () => {
	test('a byte order mark, CRLF line endings and decomposed letters are cleaned before publishing', async () => {
		const clean = review({ unit: 'xa-a2' });
		const { root } = projectWithInbox({ 'a.md': `\uFEFF${clean.normalize('NFD').replace(/\n/g, '\r\n')}` });
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('- đã bỏ dấu BOM (removed a byte order mark)');
		expect(readFileSync(published(root, 'xa-a2'), 'utf8')).toBe(clean);
	});

	test('a report saved in the old TCVN3 encoding is converted when the encoding is certain', async () => {
		const clean = review({ unit: 'xa-a2', signer: 'bí thư đảng ủy xã' }).replace(
			/^(#+ [IV]+\. )(.*)$/gm,
			(_, n: string, h: string) => n + h.toLocaleLowerCase('vi')
		);
		const { root } = projectWithInbox({ 'a.md': encodeLegacy(clean, 'tcvn3') });
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('- đã chuyển từ bảng mã cũ TCVN3 (ABC) sang Unicode; hãy đọc lại văn bản');
		expect(readFileSync(published(root, 'xa-a2'), 'utf8')).toBe(clean);
	});

	test('a paragraph typed in an old font amid Unicode text is refused, quoting the line as it would read', async () => {
		const legacy = encodeLegacy('Đảng ủy xã đã tổ chức hội nghị đối thoại với nhân dân.', 'tcvn3').toString('latin1');
		const text = review({ unit: 'xa-a2' }).replace('Đảng ủy ban hành kế hoạch thực hiện.', legacy);
		const line = text.split('\n').indexOf(legacy) + 1;
		const { root } = projectWithInbox({ 'a.md': text });
		const result = await ingest(root, 'inbox');
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			`inbox/a.md:${line}:1  -  văn bản có vẻ gõ bằng bảng mã cũ TCVN3 (ABC): "${legacy}" sẽ đọc là "Đảng ủy xã đã tổ chức hội nghị đối thoại với nhân dân."`
		);
		expect(result.stdout).toContain('bảng mã cũ');
		expect(existsSync(published(root, 'xa-a2'))).toBe(false);
	});
});
