// The expected share of a unit given its traits: a cross-sectional regression, one year at a time,
// of log(share) on the indicator levels. Its residual (actual above or below expected) feeds the
// error-correction term of the change model, and is the benchmark's "expected versus actual".
// The regression itself is the shared cross-section of crossSection.ts.

import type { Category } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import { fitCrossSection, standardise, type CrossSectionFit } from './crossSection';
import { INDICATOR_IDS, type LevelPanel } from './panel';

const MIN_COVERAGE = 0.9;

/** The fitted cross-section behind the deviations of one level × category × year. */
export interface ExpectedShareFit {
	/** log(actual share) − log(expected share) per unit, NaN where unknown. */
	deviation: Float64Array;
	/** Indicator ids (INDICATOR_IDS) that entered, in coefficient order. */
	indicators: string[];
	/** Mean and sd used to standardise each entered indicator. */
	mean: number[];
	sd: number[];
	/** The regression of log(share) on the standardised indicators (null when it could not be fitted). */
	fit: CrossSectionFit | null;
}

const memo = new WeakMap<LevelPanel, Map<string, ExpectedShareFit>>();

/**
 * log(actual share) − log(expected share) per unit in year index y, NaN where unknown. Only that
 * year's data enters, so using it for an origin never looks ahead.
 */
export function shareDeviation(lp: LevelPanel, cat: Category, y: number): Float64Array {
	return expectedShareFit(lp, cat, y).deviation;
}

/** The cross-sectional fit behind shareDeviation (memoised per panel, category and year). */
export function expectedShareFit(lp: LevelPanel, cat: Category, y: number): ExpectedShareFit {
	let m = memo.get(lp);
	if (!m) memo.set(lp, (m = new Map()));
	const key = `${cat}|${y}`;
	const hit = m.get(key);
	if (hit) return hit;
	const out = computeFit(lp, cat, y);
	m.set(key, out);
	return out;
}

function computeFit(lp: LevelPanel, cat: Category, y: number): ExpectedShareFit {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const out: ExpectedShareFit = { deviation: new Float64Array(nU).fill(NaN), indicators: [], mean: [], sd: [], fit: null };
	if (y < 0 || y >= nY) return out;
	const units = countedUnits(lp, cat, y);
	if (units.length < 40) return out;
	const cols: Float64Array[] = [];
	const colOf: number[] = [];
	for (let j = 0; j < lp.ind.length; j++) {
		const st = standardise(lp.ind[j], nU, units, nY, y, MIN_COVERAGE);
		if (!st) continue;
		cols.push(st.z);
		colOf.push(j);
		out.mean.push(st.mean);
		out.sd.push(st.sd);
	}
	out.indicators = colOf.map((j) => INDICATOR_IDS[j]);
	// Keep the regression well-determined for small levels (a few hundred gemeenten).
	if (cols.length > units.length / 10) return out;
	const unknown = (i: number) => colOf.reduce((n, j) => n + (Number.isNaN(lp.ind[j][i * nY + y]) ? 1 : 0), 0);
	const r = logShareResidual(lp, cat, y, units, cols, unknown, colOf.length);
	if (!r) return out;
	out.fit = r.fit;
	out.deviation = r.deviation;
	return out;
}

/** Units with at least MIN_CLIENTS clients and known inhabitants in year index y: those a share regression uses. */
export function countedUnits(lp: LevelPanel, cat: Category, y: number): number[] {
	const units: number[] = [];
	for (let i = 0; i < lp.codes.length; i++) {
		const k = i * lp.nYears + y;
		if (lp.clients[cat][k] >= MIN_CLIENTS && lp.pop[k] > 0) units.push(i);
	}
	return units;
}

/**
 * log(share) of `units` in year index y regressed on `cols`, and per unit its residual (actual −
 * expected). A unit with more than half of its `nPredictors` unknown (`unknown(i)`) gets NaN: it
 * would get the mean's expectation, which carries no information. Shared by the error-correction
 * deviation here and the convergence candidate (convergence.ts).
 */
export function logShareResidual(
	lp: LevelPanel,
	cat: Category,
	y: number,
	units: readonly number[],
	cols: Float64Array[],
	unknown: (i: number) => number,
	nPredictors: number
): { fit: CrossSectionFit; deviation: Float64Array } | null {
	const nU = lp.codes.length;
	const yv = new Float64Array(nU);
	const w = new Float64Array(nU);
	for (const i of units) {
		const k = i * lp.nYears + y;
		yv[i] = Math.log(lp.clients[cat][k] / lp.pop[k]);
		w[i] = 1;
	}
	const fit = fitCrossSection({ y: yv, cols, w });
	if (!fit) return null;
	const deviation = new Float64Array(nU).fill(NaN);
	for (const i of units) if (unknown(i) <= nPredictors / 2) deviation[i] = yv[i] - fit.fitted[i];
	return { fit, deviation };
}

/**
 * Splits deviations into the gemeente part (the mean over the gemeente's units, weighted by
 * inhabitants) and the unit's own part relative to its gemeente. At gemeente level all is "gemeente".
 */
export function splitDeviation(lp: LevelPanel, dev: Float64Array, y: number): { between: Float64Array; within: Float64Array } {
	const nU = lp.codes.length;
	const between = new Float64Array(nU).fill(NaN);
	const within = new Float64Array(nU).fill(NaN);
	if (lp.level === 'gemeente') {
		for (let i = 0; i < nU; i++) {
			between[i] = dev[i];
			within[i] = Number.isNaN(dev[i]) ? NaN : 0;
		}
		return { between, within };
	}
	const acc = new Map<string, { s: number; w: number }>();
	for (let i = 0; i < nU; i++) {
		if (Number.isNaN(dev[i])) continue;
		const p = lp.pop[i * lp.nYears + y];
		const a = acc.get(lp.gemeente[i]) ?? { s: 0, w: 0 };
		a.s += p * dev[i];
		a.w += p;
		acc.set(lp.gemeente[i], a);
	}
	for (let i = 0; i < nU; i++) {
		if (Number.isNaN(dev[i])) continue;
		const a = acc.get(lp.gemeente[i])!;
		between[i] = a.w > 0 ? a.s / a.w : dev[i];
		within[i] = dev[i] - between[i];
	}
	return { between, within };
}

export interface ExpectedShareRow {
	code: string;
	gemeente_code: string;
	actualShare: number;
	expectedShare: number;
	/** actual / expected − 1: above (+) or below (−) what the region's traits predict. */
	deviation: number;
}

/**
 * Expected versus actual share of one level, category and year (the benchmark view): what the
 * region's traits predict against what it has. Only regions with at least 10 clients.
 */
export function expectedVersusActual(lp: LevelPanel, cat: Category, year: number): ExpectedShareRow[] {
	const y = year - lp.firstYear;
	const dev = shareDeviation(lp, cat, y);
	const out: ExpectedShareRow[] = [];
	for (let i = 0; i < lp.codes.length; i++) {
		if (Number.isNaN(dev[i])) continue;
		const k = i * lp.nYears + y;
		const actual = lp.clients[cat][k] / lp.pop[k];
		out.push({
			code: lp.codes[i],
			gemeente_code: lp.gemeente[i],
			actualShare: actual,
			expectedShare: actual / Math.exp(dev[i]),
			deviation: Math.exp(dev[i]) - 1
		});
	}
	return out;
}
