// The one order of names a reader sees anywhere on the site (a tier's list, the table by name, the browser's sorting,
// filter options, lessons): Vietnamese alphabetical order with numbers by value ("Phường 2" before "Phường 10"), so
// that a list's guide names (../compliance/name-guide.ts) and the same list sorted in the browser agree.
export const nameOrder = new Intl.Collator('vi', { numeric: true });
