// Astro's content store as site data sees it (getCollection), filled by the test: vitest.config.ts points
// `astro:content` here, so src/site/ code runs in unit tests without a build.

export interface StoreEntry {
	id: string;
	data: unknown;
	filePath?: string;
}

// Kept on globalThis: a test reloads site data (vi.resetModules) to drop its cached views, which reloads this module too.
const STORE = Symbol.for('so-ket.test.content-store');
const collections: Map<string, StoreEntry[]> = ((globalThis as Record<symbol, unknown>)[STORE] ??= new Map()) as Map<
	string,
	StoreEntry[]
>;

/** Replaces every collection's entries. */
export function setCollections(entries: Record<string, StoreEntry[]>): void {
	collections.clear();
	for (const [name, list] of Object.entries(entries)) collections.set(name, list);
}

export async function getCollection(name: string): Promise<StoreEntry[]> {
	return [...(collections.get(name) ?? [])];
}
