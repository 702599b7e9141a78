import { expect, test } from 'vitest';
import type { Problem } from '../../src/lib/content/problem.ts';
import { problemsInScope } from '../../src/lib/content/scope.ts';

const at = (file: string): Problem => ({ file, line: 1, column: 1, field: '', message: 'm', severity: 'error' });
const problems = ['content/campaigns/thu.yaml', 'content/units/thu.yaml', 'content/reviews/thu/xa-a1.mdx', 'content/reviews/thu/xa-a2.mdx', 'content/reviews/thu-2/xa-a1.mdx'].map(at);
const files = (chosen: string[]) => problemsInScope(problems, chosen).map((p) => p.file);

test('with nothing chosen, every problem', () => {
  expect(files([])).toEqual(problems.map((p) => p.file));
});

test('a chosen report brings its own problems and those of the campaign and roster files, no other report\'s', () => {
  expect(files(['content/reviews/thu/xa-a1.mdx'])).toEqual(['content/campaigns/thu.yaml', 'content/units/thu.yaml', 'content/reviews/thu/xa-a1.mdx']);
});

test('a folder holds the files below it, not a sibling whose name starts the same', () => {
  expect(files(['content/reviews/thu'])).toEqual(['content/campaigns/thu.yaml', 'content/units/thu.yaml', 'content/reviews/thu/xa-a1.mdx', 'content/reviews/thu/xa-a2.mdx']);
  expect(files(['content/reviews/thu/'])).toEqual(files(['content/reviews/thu']));
  expect(files(['content'])).toEqual(problems.map((p) => p.file));
});
