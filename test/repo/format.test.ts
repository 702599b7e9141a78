import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/site.ts';

const PRETTIER = join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');

test('every source file is formatted as Prettier writes it (npm run format fixes it; .prettierrc, .prettierignore)', async () => {
	const result = await new Promise<{ code: number; output: string }>((resolve) => {
		execFile(
			process.execPath,
			[PRETTIER, '--check', '.'],
			{ cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) =>
				resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: `${stdout}${stderr}` })
		);
	});
	expect(
		result.output
			.split('\n')
			.filter((line) => line.startsWith('[warn]'))
			.slice(0, 20),
		'run npm run format'
	).toEqual([]);
	expect(result.code).toBe(0);
}, 120_000);
