import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { ROOT } from '../helpers/site.ts';
import { tempDir } from '../helpers/temp.ts';

// The office runs npm run pdf: what stops it is said in Vietnamese first, with what to do.
test('npm run pdf refuses a missing --out, a date that does not exist and a site without campaigns, in Vietnamese', async () => {
	const noOut = await runScript('pdf', [], ROOT);
	expect(noOut.code).toBe(2);
	expect(noOut.stderr.startsWith('cần cho biết thư mục ghi tệp PDF, ví dụ --out pdf/')).toBe(true);

	const badDate = await runScript('pdf', ['--out', tempDir('pdf-'), '--as-of', '2021-02-30'], ROOT);
	expect(badDate.code).toBe(2);
	expect(badDate.stderr).toContain(
		'--as-of "2021-02-30" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D/M/YYYY'
	);

	const dist = tempDir('pdf-');
	writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
	const empty = await runScript('pdf', ['--out', tempDir('pdf-'), '--dist', dist], ROOT);
	expect(empty.code).not.toBe(0);
	expect(empty.stderr.startsWith('không có trang đợt sơ kết nào trong')).toBe(true);
	expect(empty.stderr).toContain('hãy xây dựng trang trước bằng npm run build');
});
