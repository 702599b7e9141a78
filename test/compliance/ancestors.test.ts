import { expect, test } from 'vitest';
import { ancestorsOf, rowsUnder } from '../../src/lib/compliance/ancestors.ts';

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

test('the units under each unit at any depth keep the order of the rows, and a unit is never under itself', () => {
	const parents = new Map([
		['xa1', 'huyen'],
		['chi-bo', 'xa1'],
		['xa2', 'huyen'],
		['huyen', 'tinh'],
		['a', 'b'],
		['b', 'a'],
	]);
	const parentOf = (id: string) => parents.get(id);
	const rows = ['chi-bo', 'tinh', 'xa2', 'huyen', 'xa1', 'a', 'b'].map((id) => ({
		unit: { id, parent: parentOf(id) },
	}));
	const under = rowsUnder(rows, parentOf);
	const ids = (id: string) => under.get(id)?.map((r) => r.unit.id);
	expect(ids('tinh')).toEqual(['chi-bo', 'xa2', 'huyen', 'xa1']);
	expect(ids('huyen')).toEqual(['chi-bo', 'xa2', 'xa1']);
	expect(ids('xa1')).toEqual(['chi-bo']);
	expect(ids('a')).toEqual(['b']);
	expect(ids('b')).toEqual(['a']);
	expect(under.has('xa2')).toBe(false);
});
