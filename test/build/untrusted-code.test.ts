// A contributed report is text: code in it is refused by validate and by the build, and is never run by either.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { buildFailure, scratchProject } from '../helpers/site.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/bad/child-process.mdx');
const FILE = 'content/reviews/kl120-2021/xa-thach-ha.mdx';

test('a report importing node:child_process fails validation and the build, naming the file, and its code never runs', async () => {
	const marker = join(tmpdir(), `so-ket-pwned-${process.pid}-${Date.now()}`);
	const text = readFileSync(FIXTURE, 'utf8')
		.replaceAll('__MARKER__', marker)
		.replace('campaign: thu', 'campaign: kl120-2021')
		.replace('unit: xa-a2', 'unit: xa-thach-ha');
	// Control: the report's code is live; run as a module, it does create the marker.
	const code = text
		.split('\n')
		.filter((line) => /^(import|export) /.test(line))
		.join('\n');
	execFileSync(process.execPath, ['--input-type=module', '-e', code]);
	expect(existsSync(marker)).toBe(true);
	rmSync(marker);
	const root = scratchProject((content) => writeFileSync(join(content, 'reviews/kl120-2021/xa-thach-ha.mdx'), text));

	const validation = await runScript('validate', [], root);
	expect(validation.code).toBe(1);
	expect(validation.stdout).toContain(`${FILE}:14:1  body  báo cáo không được chứa lệnh "import"/"export"`);
	expect(validation.stdout).toContain(`${FILE}:16:1  body  báo cáo không được chứa lệnh "import"/"export"`);
	expect(validation.stdout).toContain(`${FILE}:18:10  body  dấu ngoặc nhọn {…} là mã, không dùng trong báo cáo`);

	const output = await buildFailure(root);
	expect(output).toMatch(
		/content\/reviews\/kl120-2021\/xa-thach-ha\.mdx:14:1\s+body\s+báo cáo không được chứa lệnh "import"\/"export".*reports may not contain "import" or "export"/
	);
	expect(existsSync(marker)).toBe(false);
}, 300_000);
