// A minimal static file server for a built site, so scripts can open its pages the way a host would serve them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.atom': 'application/atom+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on 127.0.0.1 at a free port until closed. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer((req, res) => {
		// A malformed escape ("/%E0%A4%A") threw out of the handler and stopped the server: it is the client's error.
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			res
				.writeHead(400, { 'content-type': TYPES['.txt']! })
				.end('bad request: malformed percent-escape in the address');
			return;
		}
		// normalize() resolves "..", and the leading "/" keeps the path inside dir.
		let file = join(dir, normalize(path));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dir) || !existsSync(file)) {
			// The site's own 404 page, as a static host serves it.
			res.writeHead(404, { 'content-type': TYPES['.html']! });
			createReadStream(join(dir, '404.html'))
				.on('error', () => res.end('not found'))
				.pipe(res);
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
