// A broken sample must stop the build, and the message must say which file and which field.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildFailure as failure, scratchProject } from '../helpers/site.ts';

test('a misspelled tier in the roster fails the build, naming file, line and field', async () => {
	const root = scratchProject((content) => {
		const roster = join(content, 'units/kl120-2021.yaml');
		writeFileSync(
			roster,
			readFileSync(roster, 'utf8').replace(
				'- id: huyen-uy-thach-loc\n  name: Huyện ủy Thạch Lộc\n  tier: huyen',
				'- id: huyen-uy-thach-loc\n  name: Huyện ủy Thạch Lộc\n  tier: huyenn'
			)
		);
	});
	const output = await failure(root);
	expect(output).toMatch(
		/content\/units\/kl120-2021\.yaml:\d+:\d+\s+\d+\.tier\s+không có cấp "huyenn" trong kế hoạch.*\(unknown tier "huyenn"/
	);
}, 300_000);

test('a report naming a unit that is not on the roster fails the build with its file and field', async () => {
	const root = scratchProject((content) => {
		writeFileSync(
			join(content, 'reviews/kl120-2021/xa-khong-co.mdx'),
			readFileSync(join(content, 'reviews/kl120-2021/xa-thach-son.mdx'), 'utf8').replace(
				'unit: xa-thach-son',
				'unit: xa-khong-co'
			)
		);
	});
	const output = await failure(root);
	expect(output).toMatch(
		/content\/reviews\/kl120-2021\/xa-khong-co\.mdx:\d+:1\s+unit\s+đơn vị "xa-khong-co" không có trong danh sách đơn vị của đợt "kl120-2021".*\(unit "xa-khong-co" is not on the roster of campaign "kl120-2021"/
	);
}, 300_000);
