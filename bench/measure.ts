// Runs a command as a child process and measures it: wall time and peak memory of its whole process tree, per phase.
// Phases are told apart by the command's own log lines, time-stamped as they arrive (a pipe delivers them at once).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { accessSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A phase ends when its markers have been seen, in order; the last phase may end only when the command exits. */
export interface PhaseSpec {
	name: string;
	markers: RegExp[];
}

export interface PhaseResult {
	name: string;
	ms: number;
	/** Highest resident memory of the process tree, in bytes, sampled while the phase ran. */
	peakRss: number;
}

export interface Measurement {
	ms: number;
	peakRss: number;
	phases: PhaseResult[];
	/** Everything the command printed, stdout and stderr interleaved by arrival. */
	output: string;
	exitCode: number;
}

export interface RunOptions {
	cwd: string;
	env?: Record<string, string>;
	phases: PhaseSpec[];
	/** Milliseconds between memory samples. */
	sampleEvery?: number;
	/** Called on every sample and on every phase change: for a progress line. */
	onTick?: (state: { phase: string; ms: number; rss: number; lines: number; lastLine: string }) => void;
	onLine?: (line: string) => void;
}

// Colour codes, which some loggers print even into a pipe.
const ANSI = /\x1b\[[0-9;]*m/g;

let pageSize: number | undefined;
const pageBytes = () => {
	if (pageSize === undefined) {
		try {
			pageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
		} catch {
			pageSize = 4096;
		}
	}
	return pageSize;
};

/** Resident bytes of `root` and every process descended from it, read from /proc (0 where /proc is absent). */
export function treeRss(root: number): number {
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	let names: string[];
	try {
		names = readdirSync('/proc');
	} catch {
		return 0;
	}
	for (const name of names) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name is in parentheses and may hold spaces; fields are counted after it.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parents.set(Number(name), Number(fields[1]));
			rss.set(Number(name), Number(fields[21]) * pageBytes());
		} catch {
			// The process ended between listing and reading.
		}
	}
	const children = Map.groupBy(parents.keys(), (pid) => parents.get(pid)!);
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * Waits until the file system has written out what earlier commands left in memory, so that a build does not pay for
 * the writes of the one before it: on the benchmark machine the disk takes them at 40 to 60 MB/s and a cold build
 * writes about 600 MB, so a build begun right after another shared the processors with its write-back for seconds.
 */
export function settleDisk(): void {
	try {
		execFileSync('sync', { stdio: 'ignore' });
	} catch {
		// No sync command (not a Unix system): nothing to wait for that this can help with.
	}
}

const TIME = '/usr/bin/time';
const hasTime = () => {
	try {
		accessSync(TIME);
		return true;
	} catch {
		return false;
	}
};

/**
 * Runs `command args` and measures it. Resolves even when the command fails: check `exitCode`.
 * Memory is the sum over the process tree, sampled; GNU time's maximum for the largest single process, when
 * /usr/bin/time is there, catches a peak shorter than the sampling interval.
 */
export async function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measurement> {
	if (!hasTime()) return measureTree(command, args, options);
	const dir = mkdtempSync(join(tmpdir(), 'so-ket-time-'));
	try {
		const m = await measureTree(TIME, ['-f', '%M', '-o', join(dir, 'rss'), command, ...args], options);
		const kb = Number(readFileSync(join(dir, 'rss'), 'utf8').trim().split('\n').at(-1));
		return Number.isFinite(kb) ? { ...m, peakRss: Math.max(m.peakRss, kb * 1024) } : m;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function measureTree(command: string, args: readonly string[], options: RunOptions): Promise<Measurement> {
	const { phases } = options;
	const started = performance.now();
	const results: PhaseResult[] = phases.map((p) => ({ name: p.name, ms: 0, peakRss: 0 }));
	let phase = 0;
	let marker = 0;
	let phaseStart = started;
	let peakRss = 0;
	let lines = 0;
	let lastLine = '';
	const output: string[] = [];
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: { ...process.env, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const tick = () =>
		options.onTick?.({
			phase: phases[phase]?.name ?? 'exit',
			ms: performance.now() - started,
			rss: results[phase]?.peakRss ?? peakRss,
			lines,
			lastLine,
		});
	const endPhase = (now: number) => {
		const result = results[phase];
		if (!result) return;
		// A phase shorter than the sampling interval still gets one sample.
		if (child.pid !== undefined) {
			const rss = treeRss(child.pid);
			result.peakRss = Math.max(result.peakRss, rss);
			peakRss = Math.max(peakRss, rss);
		}
		result.ms = now - phaseStart;
		phaseStart = now;
		phase++;
		marker = 0;
	};
	const sample = () => {
		if (child.pid === undefined) return;
		const rss = treeRss(child.pid);
		peakRss = Math.max(peakRss, rss);
		const result = results[phase];
		if (result) result.peakRss = Math.max(result.peakRss, rss);
		tick();
	};
	const timer = setInterval(sample, options.sampleEvery ?? 50);
	const onData = (stream: NodeJS.ReadableStream) => {
		let rest = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const now = performance.now();
			const parts = (rest + chunk).split('\n');
			rest = parts.pop() ?? '';
			for (const raw of parts) {
				const line = raw.replace(ANSI, '');
				output.push(line);
				lines++;
				if (line.trim()) lastLine = line;
				options.onLine?.(line);
				const spec = phases[phase];
				if (spec && spec.markers[marker]?.test(line)) {
					marker++;
					if (marker === spec.markers.length) {
						endPhase(now);
						tick();
					}
				}
			}
		});
		stream.on('end', () => rest && output.push(rest));
	};
	onData(child.stdout);
	onData(child.stderr);
	sample();
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			const now = performance.now();
			// A phase whose markers never came (the last one, or all after a failure) runs until the exit.
			if (phase < phases.length) endPhase(now);
			resolve({ ms: now - started, peakRss, phases: results, output: output.join('\n'), exitCode: code ?? 1 });
		});
	});
}
