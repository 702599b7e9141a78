// npm run documents: the office's Word files written where asked, with progress in Vietnamese, and mistakes refused
// with a message that says what to do.
import { readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { ROOT } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';
import { readDocx } from '../helpers/docx-read.ts';

test('writes the synthesis report and the letters of the sample as of a day, telling its progress', async () => {
	const out = tempDir('so-ket-van-ban-');
	const { code, stdout, stderr } = await runScript(
		'documents',
		['--as-of', '20/5/2021', '--reply-by', '2021-05-27', '--out', out],
		ROOT
	);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	// Progress counts every report of every campaign read, up to all of them.
	expect(stdout).toMatch(/đã đọc (\d+)\/\1 báo cáo/);
	// The 2025 campaign's plan came four years later: nothing to write for it as of 2021.
	expect(stdout).toMatch(
		/Tổng kết 10 năm .*: kế hoạch ban hành 20\/10\/2025, sau ngày 20\/5\/2021: không có văn bản\./
	);
	expect(stdout).toContain('số liệu tính đến 20/5/2021, 9 văn bản');
	expect(stdout).toMatch(/\[9\/9\] ✓ Công văn đôn đốc gửi Thị ủy Hòa Bình/);
	expect(stdout).toContain(`✓ Đã ghi 9 tệp Word vào ${out}`);
	const files = readdirSync(join(out, 'kl120-2021')).sort();
	expect(files).toHaveLength(9);
	expect(files).toContain('bao-cao-tong-hop.docx');
	const letter = await readDocx(readFileSync(join(out, 'kl120-2021', 'cong-van-don-doc-huyen-uy-thach-loc.docx')));
	expect(letter.text).toContain('trước ngày 27 tháng 5 năm 2021');
	expect(letter.text).toContain('Sơn Hà, ngày 20 tháng 5 năm 2021');
});

test('refuses a date that does not exist, or a reply date before the letter, in Vietnamese', async () => {
	const bad = await runScript('documents', ['--as-of', '2021-02-30'], ROOT);
	expect(bad.code).toBe(2);
	expect(bad.stderr).toContain('--as-of "2021-02-30" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D/M/YYYY');
	const before = await runScript('documents', ['--as-of', '2021-05-20', '--reply-by', '2021-05-19'], ROOT);
	expect(before.code).toBe(2);
	expect(before.stderr).toContain('--reply-by (2021-05-19) phải sau ngày văn bản (2021-05-20).');
});

test('an AS_OF that is not a date stops the documents with a Vietnamese message, not a stack trace', async () => {
	const out = tempDir('so-ket-docs-');
	const bad = await runScript('documents', ['--out', out], ROOT, { AS_OF: '2021-02-30' });
	expect(bad.code).toBe(2);
	expect(bad.stderr.trim()).toMatch(
		/^✗ biến môi trường AS_OF="2021-02-30" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D\/M\/YYYY/
	);
	expect(bad.stderr).not.toMatch(/^\s+at /m);
	expect(readdirSync(out)).toEqual([]);
});

test('a campaign file without an office block gets no documents and is told what to add', async () => {
	const root = tempDir('so-ket-no-office-');
	cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
	const file = join(root, 'content/campaigns/kl120-2021.yaml');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^office:\n(?: {2}.*\n| {4}.*\n)+/m, ''));
	const { code, stderr } = await runScript('documents', ['--as-of', '2021-05-20', '--out', join(root, 'out')], root);
	expect(code).toBe(1);
	expect(stderr).toContain('kl120-2021: tệp content/campaigns/kl120-2021.yaml chưa có khối office:');
});
