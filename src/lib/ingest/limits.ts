/** Largest report file accepted, in bytes. */
export const MAX_REPORT_BYTES = 1_000_000;
/** Largest campaign file read by validate and the build, in bytes. */
export const MAX_CAMPAIGN_BYTES = 1_000_000;
/** Largest roster read by validate and the build, in bytes: 50,000 units fit in about 6 MB. */
export const MAX_ROSTER_BYTES = 20_000_000;
/** Largest sidecar (`<file>.yaml`) read by ingest, in bytes: a few lines of details need far less. */
export const MAX_SIDECAR_BYTES = 64_000;
/** Most files in one ingest run. */
export const MAX_BATCH_FILES = 500;
/** Largest total size of one ingest run, in bytes. */
export const MAX_BATCH_BYTES = 50_000_000;

export interface SizedFile {
	/** How the file is named to the person (e.g. its file name). */
	name: string;
	bytes: number;
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const n = (value: number) => value.toLocaleString('en-US');

/** Problems of the batch as a whole (too many files, too many bytes); each file is checked by fileLimitProblem. */
export function batchLimitProblems(files: readonly SizedFile[]): string[] {
	const problems: string[] = [];
	if (files.length > MAX_BATCH_FILES)
		problems.push(
			`lần nhận này có ${n(files.length)} tệp, tối đa ${n(MAX_BATCH_FILES)}; hãy chia thành nhiều lần (the batch has ${n(files.length)} files; at most ${n(MAX_BATCH_FILES)} can be ingested at once. Split it into smaller batches.)`
		);
	const total = files.reduce((sum, f) => sum + f.bytes, 0);
	if (total > MAX_BATCH_BYTES)
		problems.push(
			`lần nhận này nặng ${mb(total)}, tối đa ${mb(MAX_BATCH_BYTES)}; hãy chia thành nhiều lần (the batch is ${mb(total)} (${n(total)} bytes); at most ${mb(MAX_BATCH_BYTES)} (${n(MAX_BATCH_BYTES)} bytes) can be ingested at once. Split it into smaller batches.)`
		);
	return problems;
}

/** Why one file is too large to be a report, or null when it is within the limit. */
export function fileLimitProblem(f: SizedFile): string | null {
	if (f.bytes <= MAX_REPORT_BYTES) return null;
	return `${f.name} nặng ${mb(f.bytes)}, một báo cáo tối đa ${mb(MAX_REPORT_BYTES)}; hãy xóa ảnh trong tệp rồi lưu lại (${f.name} is ${mb(f.bytes)} (${n(f.bytes)} bytes); a report may be at most ${mb(MAX_REPORT_BYTES)} (${n(MAX_REPORT_BYTES)} bytes). Remove pictures or split the file.)`;
}

/** Checks a batch against the size limits; `problems` says in plain English what is too big. */
export function withinLimits(files: readonly SizedFile[]): { ok: boolean; problems: string[] } {
	const problems = [...batchLimitProblems(files), ...files.flatMap((f) => fileLimitProblem(f) ?? [])];
	return { ok: problems.length === 0, problems };
}
