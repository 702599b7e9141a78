import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes shared by every command: 0 all good, 1 the content has errors, 2 the command was used wrongly. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** Parses argv, printing usage and exiting 2 on a mistake, or the help text and 0 on --help. */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, help: string) {
	try {
		const parsed = parseArgs({
			args: argv,
			options: { ...options, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true,
		});
		if ((parsed.values as { help?: boolean }).help) {
			console.log(help);
			process.exit(EXIT.ok);
		}
		return parsed;
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${help}`);
		process.exit(EXIT.usage);
	}
}
