// Bounds on the 80% interval from what the data have shown possible: no upper bound above the
// highest share of inhabitants any unit of the same level has had in the category (up to the
// origin), so a small gemeente's interval cannot imply a third of its residents in the Wmo.
import type { Category } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import type { LevelPanel } from './panel';

/** Units smaller than this say little about the largest plausible share. */
const MIN_INHABITANTS = 1000;

/** Highest observed share of a category at a level, years up to `origin`; NaN if none. */
export function maxObservedShare(lp: LevelPanel, cat: Category, origin: number): number {
	const c = lp.clients[cat];
	const last = Math.min(origin - lp.firstYear, lp.nYears - 1);
	let max = NaN;
	for (let i = 0; i < lp.codes.length; i++) {
		for (let y = 0; y <= last; y++) {
			const k = i * lp.nYears + y;
			if (!(c[k] >= MIN_CLIENTS) || !(lp.pop[k] >= MIN_INHABITANTS)) continue;
			const s = c[k] / lp.pop[k];
			if (!(s <= max)) max = s;
		}
	}
	return max;
}

/** The upper bound, capped at the highest share times the inhabitants, never below the forecast. */
export function capUpper(upper: number, forecast: number, population: number, maxShare: number): number {
	if (!(population > 0) || !(maxShare > 0)) return upper;
	return Math.max(forecast, Math.min(upper, maxShare * population));
}
