// 80% prediction intervals from backtest errors: the 10% and 90% quantiles of log(actual/forecast)
// per level × size band × horizon, from forecasts made at earlier origins of years up to the
// origin. Horizons without errors grow from the longest measured one by √(h / h_max).

import type { Level } from '../snapshot/schema';
import { quantile } from './metrics';
import { sizeBandOf } from './reliability';
import { SIZE_BANDS, type IntervalBand, type SizeBand } from './types';

/** Fewest errors behind a quantile pair; below it bands are pooled, then extrapolated. */
export const MIN_INTERVAL_ERRORS = 20;
/** A priori half-width (log scale) of a one-year 80% interval, used when no backtest exists. */
export const A_PRIORI_HALF_WIDTH: Record<Level, number> = { wijk: 0.12, gemeente: 0.06 };

export interface LogError {
	level: Level;
	/** Count at the origin: intervals must be known before the actual is. */
	baseCount: number;
	horizon: number;
	/** log(actual / forecast). */
	logRatio: number;
}

export function intervalTable(errors: LogError[], maxHorizon: number): IntervalBand[] {
	const out: IntervalBand[] = [];
	for (const level of ['wijk', 'gemeente'] as Level[]) {
		const mine = errors.filter((e) => e.level === level);
		for (const band of SIZE_BANDS) {
			let lastMeasured: IntervalBand | null = null;
			for (let h = 1; h <= maxHorizon; h++) {
				const atH = mine.filter((e) => e.horizon === h);
				let pick = atH.filter((e) => sizeBandOf(e.baseCount) === band);
				if (pick.length < MIN_INTERVAL_ERRORS) pick = atH;
				if (pick.length >= MIN_INTERVAL_ERRORS) {
					const lr = pick.map((e) => e.logRatio);
					lastMeasured = {
						level,
						band,
						horizon: h,
						q10: Math.min(0, quantile(lr, 0.1)),
						q90: Math.max(0, quantile(lr, 0.9)),
						n: pick.length,
						source: 'backtest'
					};
					out.push(lastMeasured);
				} else if (lastMeasured) {
					const f = Math.sqrt(h / lastMeasured.horizon);
					out.push({ level, band, horizon: h, q10: lastMeasured.q10 * f, q90: lastMeasured.q90 * f, n: 0, source: 'extrapolated' });
				} else {
					const w = A_PRIORI_HALF_WIDTH[level] * Math.sqrt(h);
					out.push({ level, band, horizon: h, q10: -w, q90: w, n: 0, source: 'a_priori' });
				}
			}
		}
	}
	return out;
}

/** The interval row for a level, origin count and horizon. */
export function intervalFor(table: IntervalBand[], level: Level, baseCount: number, horizon: number): IntervalBand | undefined {
	const band: SizeBand = sizeBandOf(baseCount) ?? '10-99';
	return table.find((r) => r.level === level && r.band === band && r.horizon === horizon);
}

/** Share of actuals inside [lower, upper]. */
export function coverage(actual: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>): number {
	let inside = 0;
	for (let i = 0; i < actual.length; i++) if (actual[i] >= lower[i] && actual[i] <= upper[i]) inside++;
	return actual.length ? inside / actual.length : NaN;
}
