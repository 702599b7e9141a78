// The early index's child process (started by early-index.ts at the lowest priority): takes the shards its parent
// sends, reads and indexes them (early-indexer.ts), and answers a flush once every shard sent before it is read.
import { rmSync } from 'node:fs';
import pLimit from 'p-limit';
import type { FromIndexer, ToIndexer } from './early-index.ts';
import { readShard, type IndexerContext } from './early-indexer.ts';
import { FRAGMENT_FILES, feedIndex, removeAbandonedFeeds } from './index-site.ts';

const { site, workDir, scratch, since, jobs, waitMs, fragmentFiles } = JSON.parse(
	process.env['SOKET_EARLY_INDEX'] ?? '{}'
) as {
	site: string;
	workDir: string;
	scratch: string;
	since: number;
	jobs: number;
	waitMs?: number;
	fragmentFiles?: number;
};
const abort = new AbortController();
const context: IndexerContext = {
	site,
	workDir,
	scratch,
	since,
	fragmentFiles: fragmentFiles ?? FRAGMENT_FILES,
	...(waitMs !== undefined && { waitMs }),
	limit: pLimit(Math.max(1, jobs)),
	copies: pLimit(Math.max(1, jobs) + 1),
	signal: abort.signal,
	feeds: new Set(),
	send: (message: FromIndexer) => void process.send?.(message),
};

removeAbandonedFeeds(scratch);
let reading = Promise.resolve();
process.on('message', (message: ToIndexer) => {
	if ('rendered' in message) {
		context.limit.concurrency = Math.max(1, message.jobs);
		context.copies.concurrency = Math.max(1, message.jobs) + 1;
	} else if ('flush' in message) reading = reading.then(() => context.send({ flushed: true }));
	else
		reading = reading.then(() =>
			readShard(message.shard, message.pages, context).catch((error: unknown) =>
				context.send({ shard: message.shard, failed: error instanceof Error ? error.message : String(error) })
			)
		);
});

// The build is over or gone (or this process failed): pagefind stops, and no copy of a page is left in memory-backed
// scratch.
process.on('exit', () => {
	abort.abort();
	for (const feed of context.feeds)
		for (const folder of [feed, feedIndex(feed)])
			try {
				rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
			} catch {
				// pagefind, just stopped, still writing its index: the next build removes it once a day old.
			}
});
process.on('disconnect', () => process.exit(0));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => process.exit(0));
