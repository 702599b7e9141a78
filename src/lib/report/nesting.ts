// How deeply a body nests quotes and lists, read from each line's leading markers in one pass. Deep nesting is the
// one shape where the fast parser (markdown-it stops at a depth) and the full one (recursion) could fail or differ.

/** Containers deeper than this are refused: no report needs them, and each level costs recursion in every walk. */
export const MAX_NESTING = 40;

/** The deepest line: how many quote and list markers open it ("> > - 1. x" is 4), and its 1-based line in `body`. */
export function deepestNesting(body: string): { depth: number; line: number } {
	let best = { depth: 0, line: 0 };
	let line = 1;
	let i = 0;
	while (i < body.length) {
		let depth = 0;
		// Leading markers: spaces and tabs, ">", a bullet "-", "*", "+" or an ordinal "12." / "12)" before a space.
		for (;;) {
			while (body[i] === ' ' || body[i] === '\t') i++;
			const c = body[i];
			if (c === '>') i++;
			else if ((c === '-' || c === '*' || c === '+') && (body[i + 1] === ' ' || body[i + 1] === '\t')) i++;
			else {
				let j = i;
				while (j < i + 9 && body[j]! >= '0' && body[j]! <= '9') j++;
				if (j === i || (body[j] !== '.' && body[j] !== ')') || (body[j + 1] !== ' ' && body[j + 1] !== '\t')) break;
				i = j + 1;
			}
			depth++;
		}
		if (depth > best.depth) best = { depth, line };
		const end = body.indexOf('\n', i);
		if (end < 0) break;
		i = end + 1;
		line++;
	}
	return best;
}
