import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { MAX_REPORT_BYTES } from './limits.ts';
import { SLUG_PATTERN as SLUG } from '../schema/slug.ts';

/** A campaign or unit id that is not a slug (it could name a path outside the reports folder). */
export class InvalidIdError extends Error {
	readonly kind: 'campaign' | 'unit';
	readonly value: string;
	constructor(kind: 'campaign' | 'unit', value: string) {
		super(
			`mã ${kind === 'unit' ? 'đơn vị' : 'đợt sơ kết'} ${JSON.stringify(value).slice(0, 80)} không dùng được: chỉ gồm chữ thường không dấu a-z, chữ số và dấu gạch nối, ví dụ "xa-an-binh" (the ${kind} id is not allowed: use lowercase a-z, digits and single hyphens)`
		);
		this.name = 'InvalidIdError';
		this.kind = kind;
		this.value = value;
	}
}

/** The unit already has a report and replacing was not asked for. */
export class ReportExistsError extends Error {
	readonly path: string;
	constructor(path: string) {
		super(
			`đã có báo cáo tại ${path}, bản đó được giữ nguyên; muốn thay thì chạy lại với --replace (bản cũ được lưu trong .history) (a report already exists at ${path}; it was left unchanged. To replace it, ask for replacement explicitly.)`
		);
		this.name = 'ReportExistsError';
		this.path = path;
	}
}

const IN_VIETNAMESE: Record<string, string> = {
	'is a symbolic link; reports are only written to real folders':
		'là liên kết tượng trưng (symbolic link); báo cáo chỉ ghi vào thư mục thật, hãy thay liên kết bằng thư mục thật',
	'exists but is not a folder': 'đã có nhưng không phải thư mục; hãy xóa hoặc đổi tên nó',
	'is a symbolic link': 'là liên kết tượng trưng (symbolic link); hãy thay bằng tệp thật hoặc xóa nó',
	'exists but is not a file': 'đã có nhưng không phải tệp; hãy xóa hoặc đổi tên nó',
};

/** A path inside the content folder is a symbolic link (or not the kind of entry expected); nothing is written through it. */
export class UnsafePathError extends Error {
	readonly path: string;
	constructor(path: string, what: string) {
		super(`không ghi được: ${path} ${IN_VIETNAMESE[what] ?? what} / refusing to write: ${path} ${what}`);
		this.name = 'UnsafePathError';
		this.path = path;
	}
}

/** The report text is larger than MAX_REPORT_BYTES. */
export class ReportTooLargeError extends Error {
	readonly bytes: number;
	constructor(bytes: number) {
		super(
			`báo cáo (kể cả phần thông tin đầu) dài ${bytes.toLocaleString('vi-VN')} byte, vượt mức ${MAX_REPORT_BYTES.toLocaleString('vi-VN')} byte; hãy bỏ bớt ảnh, bảng thừa hoặc tách báo cáo / the report is ${bytes.toLocaleString('en-US')} bytes; at most ${MAX_REPORT_BYTES.toLocaleString('en-US')} bytes are allowed`
		);
		this.name = 'ReportTooLargeError';
		this.bytes = bytes;
	}
}

/** Where a unit's report lives: `<contentDir>/reviews/<campaign>/<unit>.mdx`. Ids must be slugs. */
export function canonicalPath(contentDir: string, campaign: string, unit: string): string {
	if (!SLUG.test(campaign)) throw new InvalidIdError('campaign', campaign);
	if (!SLUG.test(unit)) throw new InvalidIdError('unit', unit);
	return join(contentDir, 'reviews', campaign, `${unit}.mdx`);
}

export interface PlaceReportOptions {
	contentDir: string;
	campaign: string;
	unit: string;
	text: string;
	replace: boolean;
	/** Clock for the .history file name; defaults to now. */
	now?: Date;
}

export interface PlacedReport {
	path: string;
	/** Where the replaced report was kept, when there was one. */
	previous?: string;
}

const lstatOrNull = (path: string): Promise<Stats | null> =>
	lstat(path).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return null;
		throw error;
	});

// Creates one folder level without following symbolic links (mkdir -p would follow them).
async function ensureRealDirectory(path: string): Promise<void> {
	let stats = await lstatOrNull(path);
	if (!stats) {
		await mkdir(path).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'EEXIST') throw error;
		});
		stats = await lstat(path);
	}
	if (stats.isSymbolicLink())
		throw new UnsafePathError(path, 'is a symbolic link; reports are only written to real folders');
	if (!stats.isDirectory()) throw new UnsafePathError(path, 'exists but is not a folder');
}

const NO_HARD_LINKS = new Set(['EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP']);

// Keeps the old report under a new name: a hard link is an atomic, copy-free "move" once the new file is renamed over it.
async function keepInHistory(target: string, historyDir: string, unit: string, now: Date): Promise<string> {
	const stamp = now.toISOString().replace(/:/g, '-');
	for (let attempt = 0; ; attempt++) {
		const candidate = join(historyDir, `${unit}.${stamp}${attempt === 0 ? '' : `-${attempt}`}.mdx`);
		try {
			await link(target, candidate);
			return candidate;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') continue;
			if (!NO_HARD_LINKS.has(code ?? '')) throw error;
			await copyFile(target, candidate, constants.COPYFILE_EXCL); // filesystems without hard links
			return candidate;
		}
	}
}

// Gives the written temp file its final name only if that name is still free (link fails with EEXIST; rename would overwrite).
async function createExclusive(temp: string, path: string): Promise<void> {
	try {
		await link(temp, path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		if (code === 'EEXIST') throw new ReportExistsError(path);
		if (!NO_HARD_LINKS.has(code)) throw error;
		if (await lstatOrNull(path)) throw new ReportExistsError(path);
		await rename(temp, path); // filesystems without hard links: checked just before, a small race remains
	}
}

async function fsyncDirectory(path: string): Promise<void> {
	const handle = await open(path, 'r').catch(() => null); // not possible on every platform; durability is best effort there
	await handle?.sync().catch(() => undefined);
	await handle?.close();
}

// A folder level that exists must be a real folder; one that does not exist yet would be created by placeReport.
async function checkRealDirectory(path: string): Promise<void> {
	const stats = await lstatOrNull(path);
	if (stats?.isSymbolicLink())
		throw new UnsafePathError(path, 'is a symbolic link; reports are only written to real folders');
	if (stats && !stats.isDirectory()) throw new UnsafePathError(path, 'exists but is not a folder');
}

/**
 * Every check placeReport makes before it writes, writing nothing: a dry run calls it so that it says "valid" only for
 * what the real run would place.
 */
export async function checkPlacement(
	options: PlaceReportOptions
): Promise<{ path: string; bytes: Buffer; campaignDir: string; replaces: boolean }> {
	const { contentDir, campaign, unit, text, replace } = options;
	const path = canonicalPath(contentDir, campaign, unit);
	const bytes = Buffer.from(text, 'utf8');
	if (bytes.length > MAX_REPORT_BYTES) throw new ReportTooLargeError(bytes.length);
	const campaignDir = join(contentDir, 'reviews', campaign);
	await checkRealDirectory(join(contentDir, 'reviews'));
	await checkRealDirectory(campaignDir);
	// The site also reads <unit>.md; a second file for the same unit would be a duplicate report.
	const sibling = join(campaignDir, `${unit}.md`);
	if (await lstatOrNull(sibling)) throw new ReportExistsError(sibling);
	const existing = await lstatOrNull(path);
	if (existing?.isSymbolicLink()) throw new UnsafePathError(path, 'is a symbolic link');
	if (existing && !existing.isFile()) throw new UnsafePathError(path, 'exists but is not a file');
	if (existing && !replace) throw new ReportExistsError(path);
	return { path, bytes, campaignDir, replaces: Boolean(existing) };
}

/**
 * Writes a unit's report atomically (temp file, fsync, rename). Refuses to overwrite unless `replace`;
 * a replaced report is kept in `<campaign>/.history/`. Never follows a symbolic link inside contentDir.
 */
export async function placeReport(options: PlaceReportOptions): Promise<PlacedReport> {
	const { contentDir, unit, replace } = options;
	const { path, bytes, campaignDir } = await checkPlacement(options);
	await ensureRealDirectory(join(contentDir, 'reviews'));
	await ensureRealDirectory(campaignDir);
	const existing = await lstatOrNull(path);
	if (existing?.isSymbolicLink()) throw new UnsafePathError(path, 'is a symbolic link');
	if (existing && !existing.isFile()) throw new UnsafePathError(path, 'exists but is not a file');
	if (existing && !replace) throw new ReportExistsError(path);

	const temp = join(campaignDir, `.${unit}.mdx.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
	const handle = await open(temp, 'wx', 0o644);
	try {
		try {
			await handle.writeFile(bytes);
			await handle.sync();
		} finally {
			await handle.close();
		}
		let previous: string | undefined;
		if (existing) {
			const historyDir = join(campaignDir, '.history');
			await ensureRealDirectory(historyDir);
			previous = await keepInHistory(path, historyDir, unit, options.now ?? new Date());
			await fsyncDirectory(historyDir);
			await rename(temp, path);
		} else {
			await createExclusive(temp, path);
		}
		await fsyncDirectory(campaignDir);
		return previous === undefined ? { path } : { path, previous };
	} finally {
		await unlink(temp).catch(() => undefined); // gone after rename; after link it is the spare name
	}
}
