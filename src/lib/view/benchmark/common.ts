// Small shared pieces of the benchmark views: the caveat every view carries, region names, the
// country share and quantiles.

import type { Category } from '../../snapshot/schema';
import type { LevelPanel } from '../../model/panel';
import type { SnapshotTables } from '../../snapshot/schema';

/** The caveat each of the three views shows (SPEC: predictive, not explanatory). */
export const CAVEAT =
	'Voorspellend, niet verklarend: de kenmerken hangen samen met het Wmo-gebruik, maar zijn er niet de oorzaak van. Een verschil met andere gemeenten is geen oordeel over beleid of uitvoering.';

const names = new WeakMap<SnapshotTables, Map<string, string>>();

/** Region name by code (the code itself when unknown). */
export function nameOf(tables: SnapshotTables, code: string): string {
	let m = names.get(tables);
	if (!m) names.set(tables, (m = new Map(tables.regions.map((r) => [r.code, r.name]))));
	return m.get(code) ?? code;
}

/** Clients per inhabitant over all units with a count and inhabitants in year index y. */
export function countryShare(lp: LevelPanel, cat: Category, y: number): { share: number | null; clients: number; inhabitants: number; units: number } {
	let c = 0;
	let p = 0;
	let n = 0;
	for (let i = 0; i < lp.codes.length; i++) {
		const k = i * lp.nYears + y;
		const v = lp.clients[cat][k];
		if (Number.isNaN(v) || !(lp.pop[k] > 0)) continue;
		c += v;
		p += lp.pop[k];
		n++;
	}
	return { share: p > 0 ? c / p : null, clients: c, inhabitants: p, units: n };
}

/** Linear-interpolation quantile (type 7) of the finite values; NaN when there are none. */
export function quantile(values: ArrayLike<number>, q: number): number {
	const v = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
	if (v.length === 0) return NaN;
	const h = (v.length - 1) * q;
	const lo = Math.floor(h);
	return v[lo] + (h - lo) * ((v[Math.min(lo + 1, v.length - 1)] ?? v[lo]) - v[lo]);
}

/** A finite number, or null (for plain view data: NaN does not survive JSON). */
export function orNull(v: number): number | null {
	return Number.isFinite(v) ? v : null;
}
