import { excerpt } from '../text/printable.ts';

/**
 * The page size of a build: the environment variable when set (refused loudly unless a whole number ≥ 1), else the
 * default. Tests set a small size to see several pages; `what` names the rows in the English part of the message.
 */
export function pageSizeFromEnv(
	variable: string,
	fallback: number,
	what: string,
	env: Record<string, string | undefined> = process.env
): number {
	const value = env[variable];
	if (value === undefined || value.trim() === '') return fallback;
	const size = Number(value);
	if (!Number.isInteger(size) || size < 1)
		throw new Error(
			`biến môi trường ${variable}="${excerpt(value, 40)}" phải là một số nguyên từ 1 trở lên, ví dụ ${variable}=${fallback}, hoặc bỏ biến này để dùng mặc định / ${variable}="${excerpt(value, 40)}" must be a whole number of ${what}, at least 1`
		);
	return size;
}
