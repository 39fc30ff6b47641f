// The pipeline's view of the user's data sets: their aggregated counts and population rows, and a
// label that says on screen which files and period the forecast used.
import type { LocalOverrides } from '../pipeline/input';
import type { LocalDataSet } from './types';

export function overridesOf(sets: LocalDataSet[]): LocalOverrides | null {
	if (!sets.length) return null;
	return {
		label: sets.map((s) => `${s.fileName} (${s.period.from}–${s.period.to}${s.recordCount ? `, ${s.recordCount.toLocaleString('nl-NL')} regels` : ''})`).join('; '),
		clients: sets.flatMap((s) => (s.clients ?? []).map((r) => ({ level: r.level, code: r.code, category: r.category, year: r.year, half: r.half, clients: r.clients }))),
		population: sets.flatMap((s) => (s.population ?? []).map((r) => ({ level: r.level, code: r.code, year: r.year, persons: r.persons })))
	};
}
