// 80% prediction intervals from backtest errors: the 10% and 90% quantiles of log(actual/forecast)
// per level × size band × horizon, from forecasts made at earlier origins of years up to the
// origin. Horizons without errors grow from the longest measured one by (h / h_max)^b, with b the
// growth of the interval width over the measured horizons (log-log slope), kept within [½, 1]:
// ½ is a random walk's √h (used when only one horizon is measured), 1 is linear growth. A measured
// horizon is never narrower than √h times the first measured one.

import type { Level } from '../snapshot/schema';
import { quantile } from './metrics';
import { SIZE_BANDS, sizeBandOf, type SizeBand } from '../snapshot/reliability';
import type { IntervalBand } from './types';

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
	// One pass into buckets: level|horizon|band and level|horizon (all bands pooled).
	const buckets = new Map<string, number[]>();
	const push = (k: string, v: number) => {
		const b = buckets.get(k);
		if (b) b.push(v);
		else buckets.set(k, [v]);
	};
	for (const e of errors) {
		push(`${e.level}|${e.horizon}|${sizeBandOf(e.baseCount) ?? ''}`, e.logRatio);
		push(`${e.level}|${e.horizon}|*`, e.logRatio);
	}
	const out: IntervalBand[] = [];
	for (const level of ['wijk', 'gemeente'] as Level[]) {
		for (const band of SIZE_BANDS) {
			let lastMeasured: IntervalBand | null = null;
			const measured: IntervalBand[] = [];
			for (let h = 1; h <= maxHorizon; h++) {
				let pick = buckets.get(`${level}|${h}|${band}`) ?? [];
				if (pick.length < MIN_INTERVAL_ERRORS) pick = buckets.get(`${level}|${h}|*`) ?? [];
				if (pick.length >= MIN_INTERVAL_ERRORS) {
					// Never narrower than √h times the first measured horizon: longer horizons are
					// measured on fewer origins (often one year), whose shared shocks a quantile misses.
					const first = measured[0];
					const floor = first ? Math.sqrt(h / first.horizon) : 0;
					lastMeasured = {
						level,
						band,
						horizon: h,
						q10: Math.min(0, quantile(pick, 0.1), first ? first.q10 * floor : 0),
						q90: Math.max(0, quantile(pick, 0.9), first ? first.q90 * floor : 0),
						n: pick.length,
						source: 'backtest'
					};
					out.push(lastMeasured);
					measured.push(lastMeasured);
				} else if (lastMeasured) {
					const f = (h / lastMeasured.horizon) ** widthGrowth(measured);
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

/** Log-log slope of the interval width over the measured horizons, clamped to [½, 1]. */
export function widthGrowth(measured: IntervalBand[]): number {
	if (measured.length < 2) return 0.5;
	const xs = measured.map((m) => Math.log(m.horizon));
	const ys = measured.map((m) => Math.log(Math.max(1e-6, m.q90 - m.q10)));
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < xs.length; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
	}
	const b = sxx > 0 ? sxy / sxx : 0.5;
	return Math.min(1, Math.max(0.5, b));
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
