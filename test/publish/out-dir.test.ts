// The output folder kept between builds: what the build did not write goes, what it wrote stays, links are not followed.
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import {
	claimIncrementalRecord,
	filesUnder,
	missingOutputs,
	moveAside,
	pruneOutput,
	releaseIncrementalRecord,
	shareIncrementalCopies,
} from '../../src/lib/publish/out-dir.ts';
import { tempDir } from '../helpers/temp.ts';

function folder(files: string[]): string {
	const root = tempDir('so-ket-out-');
	for (const file of files) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), file);
	}
	return root;
}

test('pruning removes the files not written, and the folders they leave empty, and nothing else', () => {
	const out = folder([
		'index.html',
		'a/don-vi/x/index.html',
		'a/don-vi/gone/index.html',
		'a/old.csv',
		'_astro/site.css',
		'.git/HEAD',
		'pagefind/p.pf',
	]);
	expect(pruneOutput(out, new Set(['index.html', 'a/don-vi/x/index.html']), ['_astro', '.git', 'pagefind'])).toBe(2);
	expect(filesUnder(out).sort()).toEqual([
		'.git/HEAD',
		'_astro/site.css',
		'a/don-vi/x/index.html',
		'index.html',
		'pagefind/p.pf',
	]);
	expect(existsSync(join(out, 'a/don-vi/gone'))).toBe(false);
	expect(pruneOutput(out, new Set(), [])).toBe(5);
	expect(readdirSync(out)).toEqual([]);
});

test('a kept folder is matched whole, not by a name that merely starts the same', () => {
	const out = folder(['_astro/a.css', '_astro-old/b.css']);
	pruneOutput(out, new Set(), ['_astro']);
	expect(filesUnder(out)).toEqual(['_astro/a.css']);
});

test('a link in the output is removed as a link: what it points to is left alone', () => {
	const outside = folder(['precious.txt']);
	const out = folder(['index.html']);
	symlinkSync(outside, join(out, 'link'));
	expect(filesUnder(out).sort()).toEqual(['index.html', 'link']);
	pruneOutput(out, new Set(['index.html']), []);
	expect(existsSync(join(out, 'link'))).toBe(false);
	expect(filesUnder(outside)).toEqual(['precious.txt']);
});

test('folders moved aside are gone from the output at once and from the disk once removed, with older leftovers', async () => {
	const out = folder(['_astro/a.css', 'pagefind/x/y.pf', 'index.html']);
	const trash = join(folder([]), 'trash');
	mkdirSync(join(trash, 'left-by-a-stopped-build'), { recursive: true });
	const removed = moveAside([join(out, '_astro'), join(out, 'pagefind'), join(out, 'missing')], trash);
	expect(filesUnder(out)).toEqual(['index.html']);
	await removed;
	expect(readdirSync(trash)).toEqual([]);
});

test("Astro's record of the last build is kept only for the folder that build finished writing", () => {
	const cache = tempDir('so-ket-cache-');
	const manifest = join(cache, 'incremental-build.json');
	const record = () => writeFileSync(manifest, '{}');
	// A first build of this project with this code: no word of whose the record is, so it is not trusted.
	record();
	claimIncrementalRecord(cache, '/site/dist');
	expect(existsSync(manifest)).toBe(false);
	record();
	releaseIncrementalRecord(cache, '/site/dist');
	// The next build of the same folder keeps it: its pages are those the record describes.
	claimIncrementalRecord(cache, '/site/dist');
	expect(existsSync(manifest)).toBe(true);
	releaseIncrementalRecord(cache, '/site/dist');
	// A build into another folder (npm run pdf -- --dist …) does not: that folder holds other pages.
	claimIncrementalRecord(cache, '/tmp/pdf-site');
	expect(existsSync(manifest)).toBe(false);
	record();
	releaseIncrementalRecord(cache, '/tmp/pdf-site');
	// …and neither does the build of dist after it, nor one after a build that stopped half-way.
	claimIncrementalRecord(cache, '/site/dist');
	expect(existsSync(manifest)).toBe(false);
	record();
	claimIncrementalRecord(cache, '/site/dist');
	expect(existsSync(manifest)).toBe(false);
});

test("Astro's folder of page copies is a link to the output folder, replacing copies an older build left", () => {
	const cache = tempDir('so-ket-cache-');
	const copies = join(cache, 'dist');
	mkdirSync(join(copies, 'a'), { recursive: true });
	writeFileSync(join(copies, 'a/index.html'), 'bản sao cũ');
	const out = folder(['a/index.html']);
	shareIncrementalCopies(cache, out);
	expect(lstatSync(copies).isSymbolicLink()).toBe(true);
	expect(readFileSync(join(copies, 'a/index.html'), 'utf8')).toBe(readFileSync(join(out, 'a/index.html'), 'utf8'));
	// Again for the same folder: left as it is; for another (npm run pdf -- --dist …): pointed there.
	const link = lstatSync(copies).ino;
	shareIncrementalCopies(cache, `${out}/`);
	expect(lstatSync(copies).ino).toBe(link);
	expect(realpathSync(copies)).toBe(realpathSync(out));
	const other = folder(['b/index.html']);
	shareIncrementalCopies(cache, other);
	expect(realpathSync(copies)).toBe(realpathSync(other));
	// The folder it pointed at before is untouched.
	expect(filesUnder(out)).toEqual(['a/index.html']);
});

test('an output folder set inside the folder of copies is left alone', () => {
	const cache = tempDir('so-ket-cache-');
	const out = join(cache, 'dist', 'site');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.html'), 'trang');
	shareIncrementalCopies(cache, out);
	expect(lstatSync(join(cache, 'dist')).isDirectory()).toBe(true);
	expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('trang');
});

test("Astro's record is forgotten when a page file it names is gone, since its copies are the output's pages", () => {
	const root = folder(['src/pages/don-vi/[unit].astro']);
	const cache = tempDir('so-ket-cache-');
	const manifest = join(cache, 'incremental-build.json');
	const record = () =>
		writeFileSync(manifest, JSON.stringify({ routes: { 'src/pages/don-vi/[unit].astro': { paths: {} } } }));
	claimIncrementalRecord(cache, '/site/dist', root);
	record();
	releaseIncrementalRecord(cache, '/site/dist');
	claimIncrementalRecord(cache, '/site/dist', root);
	expect(existsSync(manifest)).toBe(true);
	releaseIncrementalRecord(cache, '/site/dist');
	// Renamed: Astro would prune the pages of the old name, which the new one has just written.
	renameSync(join(root, 'src/pages/don-vi/[unit].astro'), join(root, 'src/pages/don-vi/[id].astro'));
	claimIncrementalRecord(cache, '/site/dist', root);
	expect(existsSync(manifest)).toBe(false);
});

test('files a build wrote and no longer has are named', () => {
	const out = folder(['a/index.html', 'b.json']);
	expect(missingOutputs(out, ['a/index.html', 'b.json'])).toEqual([]);
	expect(missingOutputs(out, ['a/index.html', 'c/index.html', 'b.json'])).toEqual(['c/index.html']);
});
