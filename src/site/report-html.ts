// Rendered report HTML, read from the disk cache only when a page asks for it: 50,000 reports of HTML held in
// memory at once would cost gigabytes (issue 7).
import { readFileSync } from 'node:fs';

/** A read-only map from unit id to its report's HTML, backed by the cached files the reviews loader wrote. */
export class ReportHtml implements ReadonlyMap<string, string> {
  readonly #files: Map<string, string>;

  constructor(files: Iterable<readonly [string, string]>) {
    this.#files = new Map(files);
  }

  get size(): number {
    return this.#files.size;
  }

  get(unit: string): string | undefined {
    const file = this.#files.get(unit);
    return file === undefined ? undefined : readFileSync(file, 'utf8');
  }

  has(unit: string): boolean {
    return this.#files.has(unit);
  }

  *keys(): MapIterator<string> {
    yield* this.#files.keys();
  }

  *values(): MapIterator<string> {
    for (const unit of this.#files.keys()) yield this.get(unit)!;
  }

  *entries(): MapIterator<[string, string]> {
    for (const unit of this.#files.keys()) yield [unit, this.get(unit)!];
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (html: string, unit: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [unit, html] of this.entries()) callback(html, unit, this);
  }
}
