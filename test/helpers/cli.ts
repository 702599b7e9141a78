import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site.ts';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `node scripts/<name>.ts …args` in `cwd` the way npm would, and resolves with its exit code and output. */
export function runScript(
	name: string,
	args: readonly string[],
	cwd: string,
	env: Record<string, string> = {}
): Promise<CliResult> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[join(ROOT, 'scripts', `${name}.ts`), ...args],
			{ cwd, env: { ...process.env, GITHUB_ACTIONS: '', ...env }, maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

/** Every entry under a folder (files by digest, links by target, folders by name), to prove a command changed nothing. */
export function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (path: string, rel: string) => {
		for (const name of readdirSync(path).sort()) {
			const full = join(path, name);
			const key = rel ? `${rel}/${name}` : name;
			const stats = lstatSync(full);
			if (stats.isSymbolicLink()) out[key] = `link → ${readlinkSync(full)}`;
			else if (stats.isDirectory()) {
				out[key] = 'folder';
				walk(full, key);
			} else if (!stats.isFile())
				out[key] = 'special file'; // a FIFO would block a read
			else out[key] = createHash('sha256').update(readFileSync(full)).digest('hex');
		}
	};
	walk(dir, '');
	return out;
}
