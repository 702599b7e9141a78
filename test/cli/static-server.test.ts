import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic } from '../../src/lib/cli/static-server.ts';
import { tempDir } from '../helpers/temp.ts';

let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
	const dir = tempDir('so-ket-serve-');
	mkdirSync(join(dir, 'thu'));
	writeFileSync(join(dir, 'thu', 'index.html'), '<p>trang</p>');
	writeFileSync(join(dir, '404.html'), '<p>không có</p>');
	server = await serveStatic(dir);
});
afterAll(() => server.close());

// A raw request: fetch() would refuse to send some of these addresses itself.
const get = (path: string) =>
	new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = request(`${server.url}${path}`, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		// Before the fix the handler threw and the request was never answered: fail instead of waiting for ever.
		req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${path}`)));
		req.on('error', reject).end();
	});

test('a malformed percent-escape is answered 400, and the server keeps serving (it died)', async () => {
	expect(await get('/%E0%A4%A')).toMatchObject({
		status: 400,
		body: expect.stringContaining('malformed percent-escape'),
	});
	expect(await get('/thu/%')).toMatchObject({ status: 400 });
	expect(await get('/thu/')).toEqual({ status: 200, body: '<p>trang</p>' });
});

test('a missing page gets the site\'s 404 page, and ".." does not leave the folder', async () => {
	expect(await get('/khong-co/')).toEqual({ status: 404, body: '<p>không có</p>' });
	expect(await get('/../../etc/passwd')).toMatchObject({ status: 404 });
	expect(await get('/%2e%2e/%2e%2e/etc/passwd')).toMatchObject({ status: 404 });
});
