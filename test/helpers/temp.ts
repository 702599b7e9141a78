// Temporary folders of a test file, removed once its tests are done (test/helpers/cleanup.ts, run for every file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A fresh folder under the system's temporary folder, removed after the test file that made it. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.add(dir);
	return dir;
}

/** Removes every folder made by tempDir so far. */
export function removeTempDirs(): void {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
	made.clear();
}
