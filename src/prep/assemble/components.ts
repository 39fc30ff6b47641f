// population.parquet and indicators.parquet: KWB count components per source region, converted
// one by one to the target indeling by address share, then divided into harmonised indicators.

import { AGE_BANDS, INDICATORS, type IndicatorRow, type Level, type PopulationRow } from '../../lib/snapshot/schema';
import {
	COMPONENTS,
	indicatorsFromComponents,
	populationFromComponents,
	type Component,
	type Components
} from '../canonical/kwbRecord';
import { convertToIndeling, type TargetCell } from '../convert/convertToIndeling';
import type { IndelingMatrix } from '../convert/matrix';
import type { Indeling } from './indeling';

export interface ConvertedComponents {
	values: Map<string, Partial<Components>>;
	converted: Map<string, boolean>;
}

export function convertComponents(
	targets: readonly string[],
	matrix: IndelingMatrix,
	sources: Map<string, Components>
): ConvertedComponents {
	const values = new Map<string, Partial<Components>>();
	const converted = new Map<string, boolean>();
	for (const t of targets) values.set(t, {});
	for (const comp of COMPONENTS) {
		const cells = convertToIndeling(targets, matrix, (s) => {
			const v = sources.get(s)?.[comp] ?? null;
			return v === null ? { value: null, status: sources.has(s) ? 'suppressed' : 'not_delivered' } : { value: v, status: 'observed' };
		});
		for (const [t, c] of cells) {
			(values.get(t) as Partial<Components>)[comp] = c.status === 'observed' ? c.value : null;
			if (comp === 'inwoners') converted.set(t, c.converted);
		}
	}
	return { values, converted };
}

/** Gemeente components summed from complete wijken, for years without a gemeente source. */
export function sumComponentsToGemeenten(indeling: Indeling, wijk: ConvertedComponents): ConvertedComponents {
	const values = new Map<string, Partial<Components>>();
	const converted = new Map<string, boolean>();
	for (const g of indeling.gemeenten) {
		const wijken = indeling.wijkenOfGemeente.get(g) ?? [];
		const sum: Partial<Components> = {};
		for (const comp of COMPONENTS) {
			let total: number | null = wijken.length ? 0 : null;
			for (const w of wijken) {
				const v = wijk.values.get(w)?.[comp] ?? null;
				if (v === null) {
					total = null;
					break;
				}
				total = (total as number) + v;
			}
			sum[comp as Component] = total;
		}
		values.set(g, sum);
		converted.set(g, wijken.some((w) => wijk.converted.get(w)));
	}
	return { values, converted };
}

export interface ComponentRows {
	population: PopulationRow[];
	indicators: IndicatorRow[];
	impossible: number;
}

export function componentRows(level: Level, year: number, comps: ConvertedComponents): ComponentRows {
	const population: PopulationRow[] = [];
	const indicators: IndicatorRow[] = [];
	let impossible = 0;
	for (const [code, c] of comps.values) {
		const converted = comps.converted.get(code) ?? false;
		const pop = populationFromComponents(c);
		for (const band of AGE_BANDS) population.push({ level, code, year, age_band: band, persons: pop[band], converted });
		const ind = indicatorsFromComponents(c);
		for (const [id, meta] of Object.entries(INDICATORS)) {
			const r = ind[id];
			if (r.impossible) impossible++;
			indicators.push({ level, code, year, indicator: id, value: r?.value ?? null, unit: meta.unit, converted });
		}
	}
	return { population, indicators, impossible };
}

export type { TargetCell };
