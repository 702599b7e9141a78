// Rendered report HTML lives on disk, so the content layer's data store keeps only metadata: 220 MB of HTML in the
// store costs seconds and gigabytes on every build (issue 7). Reports are appended to pack files, one per writer and
// build, rather than written one file each: at 10,000 reports a file each cost each worker 1.7 s of its 13 s, and
// reading them back 1.5 s of the page phase (issue 16).
import {
	closeSync,
	existsSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readSync,
	rmSync,
	statSync,
	writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where a report's HTML is kept: a byte range of a pack file. */
export interface HtmlRef {
	/** Absolute path of the pack. */
	file: string;
	offset: number;
	bytes: number;
}

const PACK_NAME = /^[a-z0-9]+-[a-z0-9]+\.pack$/;

/** A pack may hold this share of HTML no report refers to any more before its live reports are copied to a new one. */
const MAX_DEAD_SHARE = 0.5;

/**
 * Appends HTML to one new pack file; written ranges are never changed, so a reader never sees half of a report. A
 * build stopped half-way leaves a pack nothing refers to, which the next build's pruning removes.
 */
export class HtmlPackWriter {
	readonly file: string;
	#size = 0;
	#created = false;

	constructor(dir: string) {
		this.file = join(dir, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}.pack`);
	}

	#changed = () =>
		new Error(
			`tệp lưu HTML ${this.file} vừa bị một lệnh khác xóa hoặc sửa (hai lệnh build, check hoặc sync chạy cùng lúc trên một thư mục bộ nhớ đệm?); hãy chạy lại lệnh build khi chỉ còn một lệnh chạy (the pack was changed by another process; build again with one build at a time)`
		);

	/** Appends each HTML in one write; returns where each went. */
	append(htmls: readonly string[]): HtmlRef[] {
		const buffers = htmls.map((html) => Buffer.from(html));
		const all = Buffer.concat(buffers);
		if (!this.#created) mkdirSync(dirname(this.file), { recursive: true });
		// Never 'a': a pack pruned meanwhile by another build would be created again from offset 0 while the places
		// returned go on from #size, i.e. to other reports' HTML. A pack not exactly as this writer left it is refused.
		let fd: number;
		try {
			fd = openSync(this.file, this.#created ? 'r+' : 'wx');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT' && this.#created) throw this.#changed();
			throw error;
		}
		this.#created = true;
		try {
			if (fstatSync(fd).size !== this.#size) throw this.#changed();
			for (let written = 0; written < all.length;)
				written += writeSync(fd, all, written, all.length - written, this.#size + written);
		} finally {
			closeSync(fd);
		}
		return buffers.map((buffer) => {
			const ref = { file: this.file, offset: this.#size, bytes: buffer.length };
			this.#size += buffer.length;
			return ref;
		});
	}
}

/**
 * Whether `ref` can be read from `dir`: a pack of this cache folder that still holds the range. A store copied from
 * elsewhere or a cleaned cache sends the report round again. `sizes` remembers each pack's size for one check of many.
 */
export function holdsHtml(dir: string, ref: HtmlRef | undefined, sizes = new Map<string, number>()): boolean {
	if (!ref || dirname(ref.file) !== resolve(dir) || !PACK_NAME.test(basename(ref.file))) return false;
	let size = sizes.get(ref.file);
	if (size === undefined) {
		size = statSync(ref.file, { throwIfNoEntry: false })?.size ?? -1;
		sizes.set(ref.file, size);
	}
	return ref.offset + ref.bytes <= size;
}

/** Packs kept open for reading: a site reads its few packs thousands of times; old ones are closed first. */
const MAX_OPEN = 32;
const open = new Map<string, number>();
let buffer = Buffer.alloc(64 * 1024);

/** The HTML at `ref`; throws when the pack no longer holds it (a cache cleaned while the site was being built). */
export function readHtml(ref: HtmlRef): string {
	let fd = open.get(ref.file);
	if (fd === undefined) {
		if (open.size >= MAX_OPEN) {
			const [oldest, oldFd] = open.entries().next().value!;
			open.delete(oldest);
			closeSync(oldFd);
		}
		fd = openSync(ref.file, 'r');
		open.set(ref.file, fd);
	}
	if (buffer.length < ref.bytes) buffer = Buffer.alloc(Math.max(ref.bytes, buffer.length * 2));
	let read = 0;
	while (read < ref.bytes) {
		const n = readSync(fd, buffer, read, ref.bytes - read, ref.offset + read);
		if (n === 0) break;
		read += n;
	}
	if (read !== ref.bytes)
		throw new Error(
			`bản HTML đã lưu của một báo cáo bị thiếu (${ref.file}); hãy xóa thư mục bộ nhớ đệm rồi chạy lại lệnh build (the cached HTML of a report is cut short; delete the cache folder and build again)`
		);
	return buffer.toString('utf8', 0, ref.bytes);
}

/**
 * Packs mostly holding HTML no report refers to any more (changed or deleted reports): their live reports are copied
 * to a new pack, so the cache stays within twice what the reports need. Returns the new place of each moved ref.
 */
export function compactPacks(dir: string, refs: readonly HtmlRef[]): Map<HtmlRef, HtmlRef> {
	const live = Map.groupBy(refs, (ref) => ref.file);
	const sparse = [...live].filter(([file, held]) => {
		const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
		return size > 0 && held.reduce((sum, ref) => sum + ref.bytes, 0) < size * (1 - MAX_DEAD_SHARE);
	});
	const moved = new Map<HtmlRef, HtmlRef>();
	if (!sparse.length) return moved;
	const writer = new HtmlPackWriter(dir);
	for (const [, held] of sparse) {
		const to = writer.append(held.map(readHtml));
		held.forEach((ref, i) => moved.set(ref, to[i]!));
	}
	return moved;
}

/** Removes what no report refers to any more: packs, and whatever else sits there. Returns how many went. */
export function pruneHtml(dir: string, keep: ReadonlySet<string>): number {
	if (!existsSync(dir)) return 0;
	let removed = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (keep.has(path)) continue;
		// Whatever else sits there (files of the one-file-per-report layout, a folder left by another version) goes too.
		rmSync(path, { recursive: true, force: true });
		const fd = open.get(path);
		if (fd !== undefined) {
			open.delete(path);
			closeSync(fd);
		}
		removed++;
	}
	return removed;
}
