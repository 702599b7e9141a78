// Computations over a whole table that every page of it shows (filter options, summaries): done once per list, not
// once per page, since a table of 10,000 units has dozens of pages.

/** `compute` remembered for each object it is given (the object must not change once asked about). */
export function perObject<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
	const known = new WeakMap<Key, Value>();
	return (key) => {
		if (!known.has(key)) known.set(key, compute(key));
		return known.get(key)!;
	};
}
