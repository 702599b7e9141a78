import { formatProblem, type Problem } from '../content/problem.ts';
import { printable } from '../text/printable.ts';

/** Prints problems one per line as `file:line:column  field  message`, plus GitHub annotations inside GitHub Actions. */
export function printProblems(
	problems: readonly Problem[],
	out: (line: string) => void,
	env: Record<string, string | undefined> = process.env
) {
	for (const p of problems) {
		out(formatProblem(p));
		if (env.GITHUB_ACTIONS === 'true') out(githubAnnotation(p));
	}
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
export function githubAnnotation(p: Problem): string {
	// Made printable first: no control character other than the newlines escaped below survives (ESC, U+2028…).
	const escapeData = (s: string) =>
		printable(s, 4_000, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const props = [
		`file=${escapeProp(p.file)}`,
		p.line > 0 && `line=${p.line}`,
		p.column > 0 && `col=${p.column}`,
		p.field && `title=${escapeProp(p.field)}`,
	].filter(Boolean);
	return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(p.message)}`;
}
