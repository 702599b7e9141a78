// A report heading worded like a part of its page ("Khen thuong") took the page's own id, so the table of contents'
// "Khen thưởng" link went to the report's heading: in the built page every id is unique and each link finds its target.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild, scratchProject } from '../helpers/site.ts';

const UNIT = 'ban-can-su-ubnd-tinh';

test(
	'a report heading "Khen thuong" gets its own id, and the page\'s commendations keep theirs',
	{ timeout: 600_000 },
	async () => {
		const root = scratchProject((content) =>
			appendFileSync(
				join(content, 'reviews/kl120-2021', `${UNIT}.mdx`),
				'\n## Khen thuong\n\nĐã khen thưởng kịp thời.\n'
			)
		);
		const out = join(root, 'dist');
		await astroBuild(root, out, { AS_OF: '' });
		const folder = join(out, 'kl120-2021', 'don-vi');
		const page = readdirSync(folder, { recursive: true })
			.map(String)
			.find((p) => p.includes(UNIT) && p.endsWith('index.html'));
		const html = readFileSync(join(folder, page!), 'utf8');
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		expect(html).toMatch(/<h2 id="khen-thuong">Khen thưởng<\/h2>/);
		expect(html).toMatch(/<h2 id="khen-thuong-1">Khen thuong<\/h2>/);
		const toc = html.slice(html.indexOf('class="toc"'), html.indexOf('</nav>', html.indexOf('class="toc"')));
		for (const [, target] of toc.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(decodeURIComponent(target!));
		expect(toc).toContain('href="#khen-thuong"');
	}
);
