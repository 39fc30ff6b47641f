// A user's own population forecast replaces the projection where it has figures. Gemeente totals
// without wijk detail are spread over the wijken pro rata to the projection (the seeds' rule).

import { gemeenteOf } from '../snapshot/codes';
import type { Level } from '../snapshot/schema';
import type { PopulationForecast, RegionPopulation } from './types';

export interface UserPopulationRow {
	level: Level;
	code: string;
	year: number;
	persons: number;
}

/**
 * Returns a copy of `base` with the user's totals in place. Years the user did not give keep the
 * projection. Wijken of a gemeente the user gave only as a total are scaled by user / projected.
 */
export function mergePopulationForecast(base: PopulationForecast, rows: UserPopulationRow[]): PopulationForecast {
	const regions: Record<string, RegionPopulation> = {};
	for (const [code, r] of Object.entries(base.regions)) regions[code] = { level: r.level, total: [...r.total] };
	const given = new Set<string>();
	const gemeenteScale = new Map<string, number[]>();
	for (const row of rows) {
		const j = base.years.indexOf(row.year);
		const r = regions[row.code];
		if (j < 0 || !r || !(row.persons > 0)) continue;
		given.add(row.code);
		if (row.level === 'gemeente') {
			const s = gemeenteScale.get(row.code) ?? base.years.map(() => 1);
			s[j] = row.persons / base.regions[row.code].total[j];
			gemeenteScale.set(row.code, s);
		}
		r.total[j] = row.persons;
	}
	for (const [code, r] of Object.entries(regions)) {
		if (r.level !== 'wijk' || given.has(code)) continue;
		const s = gemeenteScale.get(gemeenteOf(code));
		if (s) r.total = r.total.map((v, j) => v * s[j]);
	}
	return { origin: base.origin, years: base.years, regions, source: rows.length ? 'mixed' : base.source };
}
