// Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or
// ending with an apostrophe, unique without regard to case. "Bronnen" is reserved for provenance.

export const SOURCES_SHEET = 'Bronnen';
const MAX = 31;

export function cleanSheetName(name: string): string {
	const s = name
		.replace(/[:\\/?*[\]]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^'+|'+$/g, '')
		.slice(0, MAX)
		.trim();
	return s || 'Tabel';
}

/** Clean and de-duplicate sheet names in order; SOURCES_SHEET counts as taken. */
export function uniqueSheetNames(names: readonly string[]): string[] {
	const taken = new Set([SOURCES_SHEET.toLowerCase()]);
	return names.map((n) => {
		const base = cleanSheetName(n);
		let name = base;
		for (let i = 2; taken.has(name.toLowerCase()); i++) {
			const suffix = ` (${i})`;
			name = base.slice(0, MAX - suffix.length).trimEnd() + suffix;
		}
		taken.add(name.toLowerCase());
		return name;
	});
}
