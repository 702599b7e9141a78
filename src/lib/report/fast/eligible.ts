// Decides when a body may skip the MDX parser. MDX adds exactly three constructs to Markdown, each with its own
// trigger: JSX starts with "<", expressions with "{" (a lone "}" reads as text, but goes to the full parser too),
// and ESM is a line starting with "import" or "export". remark-mdx also turns off HTML, autolinks ("<…>") and
// indented code. A body with none of those triggers therefore parses to the same tree with or without MDX, and a
// plain CommonMark + GFM parser may read it. The other characters below start constructs where two conforming
// parsers are known to differ in detail (links, references, footnotes, task lists, code spans and fences,
// strikethrough, entities, GFM autolink literals): those bodies take the full parser too. Being wrong here only
// costs speed, never safety: the fast tree is checked and sanitised exactly like the full one.

// "<", "{" and "}" written with a backslash (\<, as the guide tells contributors) are text in both parsers; after an
// even number of backslashes (\\<) they are not escaped, so they still trigger.
import { deepestNesting } from '../nesting.ts';

const TRIGGERS = /(?<!\\)(?:\\\\)*[<{}]|[[\]`~&\0@]|\b(?:import|export)\b|www\.|https?:\/\/|mailto:|xmpp:/i;

// A line indented four spaces or a tab is where the two parsers were found to differ (issue 11: "    # foo" is a
// heading to one and text to the other, "- d\n    - e" one item or two), and so is deep nesting: both go to the
// full parser. test/report/commonmark-differential.test.ts runs the CommonMark spec's examples through both paths.
const INDENTED = /(?:^|\n)(?: {4}| {0,3}\t)/;
/** Deepest quote/list nesting the fast parser is given. */
const FAST_NESTING = 8;

/** True when the body cannot contain MDX constructs or constructs the fast parser does not mirror exactly. */
export function canParseFast(body: string): boolean {
	return !TRIGGERS.test(body) && !INDENTED.test(body) && deepestNesting(body).depth <= FAST_NESTING;
}
