// The charts are drawn by .astro components: a unit named with markup characters is text in the SVG, never markup.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild, page, SAMPLE_AS_OF, scratchProject } from '../helpers/site.ts';

const NAME = 'Huyện ủy <b>An</b> & "Phú"';

test('a unit named with <, & and " is written as text in the synthesis charts', { timeout: 600_000 }, async () => {
	const root = scratchProject((content) => {
		const file = join(content, 'units/kl120-2021.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('name: Huyện ủy An Phú\n', `name: '${NAME}'\n`));
	});
	const out = join(root, 'dist');
	await astroBuild(root, out, { AS_OF: SAMPLE_AS_OF });
	const svgs = [...page(out, 'kl120-2021/tong-hop').matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
	expect(svgs).toHaveLength(4);
	for (const svg of svgs) expect(svg).not.toContain('<b>');
	// The parent's bar is named and titled with the name as written, its characters escaped.
	const parents = svgs[1]!;
	expect(parents).toContain('Huyện ủy &lt;b&gt;An&lt;/b&gt; &amp; &quot;Phú&quot;');
	expect(parents).toMatch(/<title>Huyện ủy &lt;b&gt;An&lt;\/b&gt; &amp; &quot;Phú&quot;: Đúng hạn 3<\/title>/);
});
