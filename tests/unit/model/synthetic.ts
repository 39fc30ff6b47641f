// A small deterministic snapshot: gemeenten × wijken × 2015–2018, where the share of clients
// changes by a known drift plus a known slope on the change in aandeel_65plus.

import type { ClientRow, IndicatorRow, PopulationRow, RegionRow } from '../../../src/lib/snapshot/schema';
import type { SnapshotTables } from '../../../src/lib/model/types';
import { indicatorTable, populationTable, whereWide } from '../../../src/lib/snapshot/wide';

export interface SyntheticOptions {
	gemeenten?: number;
	wijkenPerGemeente?: number;
	years?: number[];
	drift?: number;
	slope65?: number;
	/** Deterministic noise amplitude on the share change. */
	noise?: number;
}

function lcg(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

export function syntheticTables(o: SyntheticOptions = {}): SnapshotTables {
	const nG = o.gemeenten ?? 4;
	const nW = o.wijkenPerGemeente ?? 12;
	const years = o.years ?? [2015, 2016, 2017, 2018];
	const drift = o.drift ?? 0.002;
	const slope = o.slope65 ?? 0.5;
	const noise = o.noise ?? 0;
	const rnd = lcg(42);
	const regions: RegionRow[] = [];
	const clients: ClientRow[] = [];
	const population: PopulationRow[] = [];
	const indicators: IndicatorRow[] = [];
	for (let g = 0; g < nG; g++) {
		const gm = `GM${String(100 + g).padStart(4, '0')}`;
		regions.push({ code: gm, level: 'gemeente', name: `Gemeente ${g}`, gemeente_code: gm, gemeente_name: `Gemeente ${g}` });
		const gemTot = new Map<number, { c: number; p: number; bands: number[] }>();
		for (let w = 0; w < nW; w++) {
			const wk = `WK${gm.slice(2)}${String(w).padStart(2, '0')}`;
			regions.push({ code: wk, level: 'wijk', name: `Wijk ${w}`, gemeente_code: gm, gemeente_name: `Gemeente ${g}` });
			const pop0 = 2000 + 400 * w + 1000 * g;
			let share = 0.04 + 0.002 * w;
			let a65 = 0.15 + 0.01 * w;
			const d65 = 0.002 + 0.001 * ((w + g) % 4);
			years.forEach((year, t) => {
				if (t > 0) {
					a65 += d65;
					share += drift + slope * d65 + noise * (rnd() - 0.5);
				}
				const pop = pop0 + 20 * t;
				const bands = [0.16, 0.12, 0.26, 1 - 0.16 - 0.12 - 0.26 - a65, a65].map((f) => f * pop);
				const c = Math.round((share * pop) / 5) * 5;
				const row = { level: 'wijk' as const, code: wk, year, converted: false };
				clients.push({ ...row, category: 'totaal', period: String(year), half: 0, clients: c, status: 'observed' });
				population.push({ ...row, age_band: 'totaal', persons: pop });
				(['0-14', '15-24', '25-44', '45-64', '65+'] as const).forEach((b, j) =>
					population.push({ ...row, age_band: b, persons: bands[j] })
				);
				indicators.push({ ...row, indicator: 'aandeel_65plus', value: a65, unit: 'share_of_inhabitants' });
				indicators.push({
					...row,
					indicator: 'aandeel_bijstand',
					value: 0.03 + 0.001 * ((w * 7 + t * 3) % 5),
					unit: 'share_of_inhabitants'
				});
				const acc = gemTot.get(year) ?? { c: 0, p: 0, bands: [0, 0, 0, 0, 0] };
				acc.c += c;
				acc.p += pop;
				bands.forEach((v, j) => (acc.bands[j] += v));
				gemTot.set(year, acc);
			});
		}
		for (const [year, acc] of gemTot) {
			const row = { level: 'gemeente' as const, code: gm, year, converted: false };
			clients.push({ ...row, category: 'totaal', period: String(year), half: 0, clients: acc.c, status: 'observed' });
			population.push({ ...row, age_band: 'totaal', persons: acc.p });
			(['0-14', '15-24', '25-44', '45-64', '65+'] as const).forEach((b, j) =>
				population.push({ ...row, age_band: b, persons: acc.bands[j] })
			);
			indicators.push({ ...row, indicator: 'aandeel_65plus', value: acc.bands[4] / acc.p, unit: 'share_of_inhabitants' });
		}
	}
	return { regions, clients, population: populationTable(population), indicators: indicatorTable(indicators) };
}

/** The tables without any year after `last` (a forecast from `last` must not see them). */
export function upTo(tables: SnapshotTables, last: number): SnapshotTables {
	return {
		...tables,
		clients: tables.clients.filter((r) => r.year <= last),
		population: whereWide(tables.population, (i) => tables.population.year[i] <= last),
		indicators: whereWide(tables.indicators, (i) => tables.indicators.year[i] <= last)
	};
}
