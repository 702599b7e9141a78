import { expect, test } from 'vitest';
import { bestSections } from '../../src/lib/search/sub-results.ts';

const section = (id: string | null, ...scores: number[]) => ({
	title: id ?? 'page',
	url: `/p/${id ? `#${id}` : ''}`,
	excerpt: '',
	...(id && { anchor: { id } }),
	weighted_locations: scores.map((s) => ({ weight: 1, balanced_score: s })),
});

test('sections under a heading, best scored first, ties in page order, at most the number asked for', () => {
	const sections = [
		section(null, 50),
		section('ket-qua', 3),
		section('bai-hoc', 10, 9),
		section('han-che', 3),
		section('phuong-huong', 1),
	];
	expect(bestSections(sections, 3).map((s) => s.anchor?.id)).toEqual(['bai-hoc', 'ket-qua', 'han-che']);
});
