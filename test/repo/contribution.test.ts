// The contribution documents and the pull-request workflow must keep matching what the code accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { errorsOf } from '../../src/lib/content/problem.ts';
import { processReport } from '../../src/lib/report/process.ts';
import { skeletonHeadings } from '../../src/lib/report/skeleton.ts';
import { REQUIRED_SECTIONS } from '../../src/lib/report/section-catalog.ts';
import { ROOT } from '../helpers/site.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('CONTRIBUTING.md', () => {
	const guide = read('CONTRIBUTING.md');
	const skeleton = /```mdx\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

	test('its report skeleton has the headings new-report writes, and is valid once the dates and sections are filled', () => {
		expect(skeleton.split('\n').filter((l) => l.startsWith('#') && !l.startsWith('# '))).toEqual(skeletonHeadings());
		const filled = skeleton
			.replace(/^heldOn: +#/m, 'heldOn: 27/4/2021 #')
			.replace(/^sentOn: +#/m, 'sentOn: 29/4/2021 #')
			.replace(/^(#{2,3} (?!III\. ĐÁNH GIÁ CHUNG).*)$/gm, '$1\n\n1. Phải bàn bạc với nhân dân từ đầu.');
		expect(filled).not.toBe(skeleton);
		expect(errorsOf(processReport(filled, 'CONTRIBUTING.md').problems)).toEqual([]);
	});

	test('as written, the skeleton is refused until its dates and sections are filled', () => {
		const fields = errorsOf(processReport(skeleton, 'CONTRIBUTING.md').problems).map((p) => p.field);
		expect(fields.slice(0, 2)).toEqual(['heldOn', 'sentOn']);
		expect(fields.slice(2).sort()).toEqual(REQUIRED_SECTIONS.map((k) => `section ${k}`).sort());
	});

	test('its sidecar example has every detail a Word report needs', () => {
		const sidecar = parse(/```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '') as Record<string, unknown>;
		expect(Object.keys(sidecar)).toEqual(expect.arrayContaining(['campaign', 'unit', 'form', 'heldOn', 'sentOn']));
	});
});

describe("the site's guide for units (src/pages/huong-dan.mdx)", () => {
	const page = read('src/pages/huong-dan.mdx');
	const contributing = read('CONTRIBUTING.md');
	const section = (text: string, from: string, to: string) =>
		text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

	test('gives the same report skeleton and Word sidecar as CONTRIBUTING.md', () => {
		const block = (text: string, lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text)?.[1];
		expect(block(page, 'mdx')).toBeDefined();
		expect(block(page, 'mdx')).toBe(block(contributing, 'mdx'));
		expect(parse(block(page, 'yaml')!.replace(/^ {3}/gm, ''))).toEqual(
			parse(block(contributing, 'yaml')!.replace(/^ {3}/gm, ''))
		);
	});

	test("three routes, easiest first, ask a unit for no command: the send page, the Word template, the web editor; ingest is the office's", () => {
		const routes = ['## Cách 1', '## Cách 2', '## Cách 3', '## Việc của cơ quan theo dõi'];
		for (const text of [page, contributing]) {
			const starts = routes.map((r) => text.indexOf(r));
			expect(starts.every((at, i) => at > 0 && (i === 0 || at > starts[i - 1]!))).toBe(true);
			for (const [i, from] of routes.slice(0, 3).entries())
				expect(section(text, from, routes[i + 1]!)).not.toMatch(/npm|node |git clone/);
		}
		expect(section(page, '## Cách 1', '## Cách 2')).toContain('<a href={routes.send()}>Gửi báo cáo</a>');
		expect(section(page, '## Cách 2', '## Cách 3')).toContain('<TemplateLinks />');
		expect(section(page, '## Cách 3', '## Việc của cơ quan theo dõi')).toContain('**Add file** → **Create new file**');
		const office = page.slice(page.indexOf('## Việc của cơ quan theo dõi'));
		for (const step of [
			'inbox/',
			'npm run ingest -- inbox --dry-run',
			'npm run ingest -- inbox',
			'--replace',
			'npm run validate',
		])
			expect(office).toContain(step);
	});
});

describe('the content workflow', () => {
	const workflow = parse(read('.github/workflows/content.yml')) as {
		on: Record<string, { paths?: string[] }>;
		permissions: Record<string, string>;
		jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
	};
	const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => s.run ?? []));

	test('runs on pull requests touching content/, never with pull_request_target, with read-only access', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.on['pull_request']?.paths).toEqual(['content/**']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
	});

	test('installs from the lock file, validates, then builds', () => {
		expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run validate', 'npm run build']);
		const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
		expect(scripts['validate']).toBe('node scripts/validate.ts');
		expect(scripts['build']).toBe('node scripts/build.ts');
	});
});
