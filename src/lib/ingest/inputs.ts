import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { problem, type Problem } from '../content/problem.ts';
import { parseYamlWithPositions } from '../content/yaml.ts';
import type { MetadataSource } from './compose.ts';
import { MAX_SIDECAR_BYTES } from './limits.ts';

/** One file handed to ingest, not yet read. */
export interface InputFile {
	/** Absolute path. */
	path: string;
	/** Path relative to the project root, with forward slashes, for messages. */
	label: string;
	bytes: number;
	symlink: boolean;
}

export interface CollectedInputs {
	files: InputFile[];
	/** Arguments that name nothing. */
	missing: string[];
	/** Subfolders of a given folder, which are not read. */
	skippedFolders: string[];
}

/** File names ingest writes or reads beside a report, and editor leftovers: never reports themselves. */
export const REJECTION_SUFFIX = '.rejected.txt';
const SIDECAR_SUFFIXES = ['.yaml', '.yml'];
const NOT_A_REPORT = (name: string) =>
	name.startsWith('.') ||
	name.startsWith('~$') ||
	name.endsWith(REJECTION_SUFFIX) ||
	SIDECAR_SUFFIXES.some((s) => name.endsWith(s));

export const labelOf = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** The files named by the arguments: files as given, and the files directly inside each folder (links are listed, never followed). */
export async function collectInputs(args: readonly string[], root: string): Promise<CollectedInputs> {
	const found = new Map<string, InputFile>();
	const missing: string[] = [];
	const skippedFolders: string[] = [];
	const add = async (path: string) => {
		const stats = await lstat(path);
		if (!found.has(path))
			found.set(path, { path, label: labelOf(root, path), bytes: stats.size, symlink: stats.isSymbolicLink() });
	};
	for (const arg of args) {
		const path = resolve(root, arg);
		const stats = await lstat(path).catch(() => null);
		if (!stats) missing.push(arg);
		else if (!stats.isDirectory()) await add(path);
		else
			for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
				if (NOT_A_REPORT(entry.name)) continue;
				if (entry.isDirectory()) skippedFolders.push(labelOf(root, join(path, entry.name)));
				else await add(join(path, entry.name));
			}
	}
	return { files: [...found.values()], missing, skippedFolders };
}

/**
 * Reads a file without following a symbolic link at its own name, and without waiting on a FIFO (O_NONBLOCK): what
 * is not a regular file fails with code ENOTFILE.
 */
export async function readNoFollow(path: string): Promise<Buffer> {
	const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
	try {
		if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
		return await handle.readFile();
	} finally {
		await handle.close();
	}
}

/** A sidecar's details, or the problems that stop it being read. Null when the report has no sidecar. */
export type Sidecar = { source: MetadataSource } | { problems: Problem[] };

/** Reads `<report>.yaml` (or `.yml`): the details of a report that carries none itself, such as a Word file. */
export async function readSidecar(input: InputFile, root: string): Promise<Sidecar | null> {
	const candidates = [];
	for (const suffix of SIDECAR_SUFFIXES) {
		const path = input.path + suffix;
		const stats = await lstat(path).catch(() => null);
		if (stats) candidates.push({ path, label: labelOf(root, path), stats });
	}
	const [sidecar, second] = candidates;
	if (!sidecar) return null;
	const whole = (file: string, message: string): Sidecar => ({ problems: [problem(file, message)] });
	if (second)
		return whole(
			second.label,
			`${input.label} có hai tệp thông tin đi kèm, ${sidecar.label} và ${second.label}; hãy giữ một tệp (two sidecars; keep one)`
		);
	if (sidecar.stats.isSymbolicLink())
		return whole(
			sidecar.label,
			'tệp thông tin đi kèm là liên kết (symlink), không được đọc; hãy chép chính tệp vào đây (the sidecar is a symbolic link)'
		);
	if (!sidecar.stats.isFile())
		return whole(
			sidecar.label,
			'tệp thông tin đi kèm không phải tệp thường; hãy chép chính tệp vào đây (the sidecar is not a file)'
		);
	if (sidecar.stats.size > MAX_SIDECAR_BYTES)
		return whole(
			sidecar.label,
			`tệp chi tiết đi kèm quá lớn (${sidecar.stats.size.toLocaleString('vi-VN')} byte, tối đa ${MAX_SIDECAR_BYTES.toLocaleString('vi-VN')}); chỉ ghi vài dòng "tên: giá trị" (campaign, unit, form, heldOn, sentOn) / the sidecar is too large; it only lists a few details`
		);
	const text = (await readNoFollow(sidecar.path))
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC');
	const yaml = parseYamlWithPositions(text, sidecar.label);
	if (yaml.problems.some((p) => p.severity === 'error')) return { problems: yaml.problems };
	if (!yaml.data || typeof yaml.data !== 'object' || Array.isArray(yaml.data))
		return whole(
			sidecar.label,
			'tệp thông tin đi kèm phải ghi mỗi dòng "tên: giá trị" (campaign, unit, form, heldOn, sentOn) (the sidecar must list details as "name: value" lines)'
		);
	const fields = Object.fromEntries(
		Object.entries(yaml.data).map(([key, value]) => [key, { value, ...yaml.locate([key]) }])
	);
	return { source: { file: sidecar.label, fields } };
}

/** Writes `<file>.rejected.txt` beside a refused file, atomically; a link at that name is replaced, never written through. */
export async function writeRejectionNote(inputPath: string, text: string): Promise<string> {
	const path = inputPath + REJECTION_SUFFIX;
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	await writeFile(temp, text, { flag: 'wx' });
	await rename(temp, path);
	return path;
}

/** Removes the note of an earlier refusal once the file is accepted. */
export async function removeRejectionNote(inputPath: string): Promise<void> {
	await unlink(inputPath + REJECTION_SUFFIX).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'ENOENT') throw error;
	});
}
