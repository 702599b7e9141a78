import type { LegacyEncoding } from '../../src/lib/ingest/legacy-encoding.ts';

/** Thrown by encodeLegacy for a character the encoding cannot represent. */
export class UnencodableCharacterError extends Error {
	readonly char: string;
	readonly encoding: LegacyEncoding;
	constructor(char: string, encoding: LegacyEncoding) {
		super(
			`"${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) cannot be written in ${encoding}`
		);
		this.name = 'UnencodableCharacterError';
		this.char = char;
		this.encoding = encoding;
	}
}
