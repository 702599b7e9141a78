import { expect, test } from 'vitest';
import { ancestorsOf } from '../../src/lib/compliance/ancestors.ts';

test('ancestors come nearest first, and a cycle in the parents is cut', () => {
	const parents = new Map([
		['xa', 'huyen'],
		['huyen', 'tinh'],
		['a', 'b'],
		['b', 'a'],
	]);
	const parentOf = (id: string) => parents.get(id);
	expect(ancestorsOf({ id: 'xa', parent: 'huyen' }, parentOf)).toEqual(['huyen', 'tinh']);
	expect(ancestorsOf({ id: 'tinh' }, parentOf)).toEqual([]);
	expect(ancestorsOf({ id: 'a', parent: 'b' }, parentOf)).toEqual(['b']);
});
