// The pipeline's view of the user's data sets: their aggregated counts and population rows, and a
// label that says on screen which files and period the forecast used.
import type { LocalOverrides } from '../pipeline/input';
import type { LocalDataSet } from './types';
import { COMBINED_SUBCATEGORIES, TYPE_CODES } from './codes';

/** Each per-type subcategory with the category it is counted in (totaal for type 10). */
function subcategoryList(present: Set<string>): NonNullable<LocalOverrides['subcategories']> {
	const list = [
		...TYPE_CODES.map((t) => ({ id: t.sub, label: t.label, parent: t.category ?? 'totaal' })),
		...COMBINED_SUBCATEGORIES.map((c) => ({ id: c.id, label: c.label, parent: TYPE_CODES.find((t) => t.code === c.codes[0])?.category ?? 'totaal' }))
	];
	return list.filter((c) => present.has(c.id));
}

export function overridesOf(sets: LocalDataSet[]): LocalOverrides | null {
	if (!sets.length) return null;
	const present = new Set(sets.flatMap((s) => (s.clients ?? []).map((r) => r.category)));
	const subcategories = subcategoryList(present);
	return {
		label: sets.map((s) => `${s.fileName} (${s.period.from}–${s.period.to}${s.recordCount ? `, ${s.recordCount.toLocaleString('nl-NL')} regels` : ''})`).join('; '),
		clients: sets.flatMap((s) => (s.clients ?? []).map((r) => ({ level: r.level, code: r.code, category: r.category, year: r.year, half: r.half, clients: r.clients }))),
		population: sets.flatMap((s) => (s.population ?? []).map((r) => ({ level: r.level, code: r.code, year: r.year, persons: r.persons }))),
		...(subcategories.length ? { subcategories } : {})
	};
}
