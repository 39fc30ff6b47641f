// Fit stage of one level × category: the first-differences model from data up to an origin,
// Δshare(t) = drift + Σ β_k Δindicator_k(t), indicators chosen by forward selection validated on
// time, plus per-year drifts and each gemeente's deviation from the drift in the latest year.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import { shareDeviation, splitDeviation } from './expectedShare';
import { forwardSelect, type Split } from './forwardSelect';
import { olsWithIntercept } from './ols';
import { INDICATOR_IDS, type LevelPanel } from './panel';
import type { RobustGrowth } from './robustGrowth';
import type { ShrunkGrowth } from './categoryShrink';

/**
 * Candidate regressors: the indicator changes, then two error-correction terms: last year's
 * log deviation from the expected share (expectedShare.ts) of the unit's gemeente and of the unit
 * within its gemeente, times the share. A negative slope means "above expected, so it falls back".
 */
export const EC_GEMEENTE = 'ec_gemeente';
export const EC_WIJK = 'ec_wijk';
export const FEATURE_IDS = [...INDICATOR_IDS, EC_GEMEENTE, EC_WIJK];
export const EC_POS = INDICATOR_IDS.length;
/** A one-year share change beyond ±50% is a data break (registration, boundary), not signal. */
export const MAX_REL_CHANGE = 0.5;
/** Prior weight (inhabitants) that shrinks a gemeente's deviation toward the common drift. */
export const GEMEENTE_PRIOR_WEIGHT = 10_000;
/** Indicators observed for fewer of the rows than this are not offered to the selection. */
const MIN_COVERAGE = 0.9;

export interface CategoryFit {
	level: Level;
	category: Category;
	origin: number;
	/** Feature positions in FEATURE_IDS, in selection order. */
	selected: number[];
	/** Raw-unit slopes of the selected indicators. */
	coef: number[];
	/** Sd of each selected indicator's change (for weights). */
	sdChange: number[];
	/** Intercept of the pooled fit: the common drift over all diff years. */
	driftPooled: number;
	/** Mean change net of the indicators, per diff year. */
	driftByYear: Record<number, number>;
	driftLast: number;
	/** Per gemeente: shrunk mean residual around driftLast in the last diff year. */
	gemeenteEffect: Record<string, number>;
	diffYears: number[];
	nObs: number;
	selection: 'time' | 'none';
	/** Robust national drift (robustGrowth.ts), attached by the engine; absent when none exists. */
	robustGrowth?: RobustGrowth | null;
	/** Category shrinkage toward the total (categoryShrink.ts), attached by the engine; null for the total. */
	shrunkGrowth?: ShrunkGrowth | null;
}

interface Rows {
	unit: Int32Array;
	year: Int32Array;
	y: Float64Array;
	w: Float64Array;
	x: Float64Array[];
	n: number;
}

function collectRows(lp: LevelPanel, cat: Category, origin: number): Rows {
	const nY = lp.nYears;
	const last = Math.min(origin - lp.firstYear, nY - 1);
	const c = lp.clients[cat];
	const keep = (k: number): boolean => {
		const c0 = c[k - 1];
		const p0 = lp.pop[k - 1];
		const p1 = lp.pop[k];
		if (!(c0 >= MIN_CLIENTS) || !(c[k] >= 0) || !(p0 > 0) || !(p1 > 0)) return false;
		if (lp.wijkSum[cat][k] !== lp.wijkSum[cat][k - 1] || lp.seriesBreak[k % nY]) return false;
		const s0 = c0 / p0;
		return Math.abs(c[k] / p1 - s0) <= MAX_REL_CHANGE * s0;
	};
	// Two passes (count, then fill) keep everything in typed arrays: this runs many times per fit.
	let n = 0;
	const yearsSeen = new Set<number>();
	for (let i = 0; i < lp.codes.length; i++)
		for (let t = 1; t <= last; t++)
			if (keep(i * nY + t)) {
				n++;
				yearsSeen.add(t);
			}
	const rows: Rows = {
		unit: new Int32Array(n),
		year: new Int32Array(n),
		y: new Float64Array(n),
		w: new Float64Array(n),
		x: FEATURE_IDS.map(() => new Float64Array(n)),
		n
	};
	// The error-correction columns cost a regression per year; without two years of changes no
	// driver can be validated, so they are left empty (NaN: never offered).
	const ec =
		yearsSeen.size >= 2 ? Array.from({ length: last + 1 }, (_, t) => splitDeviation(lp, shareDeviation(lp, cat, t), t)) : null;
	let r = 0;
	for (let i = 0; i < lp.codes.length; i++) {
		for (let t = 1; t <= last; t++) {
			const k = i * nY + t;
			if (!keep(k)) continue;
			const s0 = c[k - 1] / lp.pop[k - 1];
			rows.unit[r] = i;
			rows.year[r] = lp.firstYear + t;
			rows.y[r] = c[k] / lp.pop[k] - s0;
			rows.w[r] = lp.pop[k - 1];
			for (let j = 0; j < INDICATOR_IDS.length; j++) rows.x[j][r] = lp.ind[j][k] - lp.ind[j][k - 1];
			rows.x[EC_POS][r] = ec ? s0 * ec[t - 1].between[i] : NaN;
			rows.x[EC_POS + 1][r] = ec ? s0 * ec[t - 1].within[i] : NaN;
			r++;
		}
	}
	return rows;
}

/** Standardised copy with NaN imputed as 0 (no known change); null if coverage is too low. */
function standardise(a: Float64Array, w: Float64Array): { z: Float64Array; sd: number } | null {
	let n = 0;
	let sw = 0;
	let m = 0;
	for (let i = 0; i < a.length; i++) {
		if (Number.isNaN(a[i])) continue;
		n++;
		sw += w[i];
		m += w[i] * a[i];
	}
	if (n < MIN_COVERAGE * a.length || sw <= 0) return null;
	m /= sw;
	let v = 0;
	for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i])) v += w[i] * (a[i] - m) ** 2;
	const sd = Math.sqrt(v / sw);
	if (!(sd > 0)) return null;
	const z = new Float64Array(a.length);
	for (let i = 0; i < a.length; i++) z[i] = Number.isNaN(a[i]) ? 0 : a[i] / sd;
	return { z, sd };
}

/** Time-validated splits: for each diff year after the first, fit on earlier years, score it. */
function timeSplits(rows: Rows, diffYears: number[]): Split[] {
	return diffYears.slice(1).map((t) => {
		const train = new Uint8Array(rows.n);
		const val = new Uint8Array(rows.n);
		for (let i = 0; i < rows.n; i++) {
			if (rows.year[i] < t) train[i] = 1;
			else if (rows.year[i] === t) val[i] = 1;
		}
		return { train, val };
	});
}

export function fitCategory(
	lp: LevelPanel,
	cat: Category,
	origin: number,
	maxDrivers: number
): CategoryFit {
	const rows = collectRows(lp, cat, origin);
	const diffYears = [...new Set(rows.year)].sort((a, b) => a - b);
	const core: CategoryFit = {
		level: lp.level,
		category: cat,
		origin,
		selected: [],
		coef: [],
		sdChange: [],
		driftPooled: 0,
		driftByYear: {},
		driftLast: 0,
		gemeenteEffect: {},
		diffYears,
		nObs: rows.n,
		selection: 'none'
	};
	if (rows.n < 5) return core;

	const z: Float64Array[] = [];
	const sd: number[] = [];
	const offered: number[] = [];
	for (let j = 0; j < FEATURE_IDS.length; j++) {
		const s = standardise(rows.x[j], rows.w);
		z.push(s ? s.z : new Float64Array(rows.n));
		sd.push(s ? s.sd : 0);
		if (s) offered.push(j);
	}
	let selected: number[] = [];
	// Drivers enter only when a later year can validate them (the seeds' rule). With a single year
	// of changes nothing can be validated on time, so the model keeps the drift alone.
	if (maxDrivers > 0 && offered.length && rows.n >= 30 && diffYears.length >= 2) {
		selected = forwardSelect(rows.y, z, rows.w, timeSplits(rows, diffYears), maxDrivers, 0.005, offered).selected;
		core.selection = 'time';
	}
	let cols = selected.map((j) => z[j]);
	let fit = olsWithIntercept(rows.y, cols, rows.w) ?? olsWithIntercept(rows.y, [], rows.w)!;
	if (fit.coef.length !== selected.length) selected = [];
	// A positive error-correction slope would push units ever further from their expected share:
	// extrapolated over five years that explodes, so such a term is dropped.
	const explosive = selected.filter((j, m) => j >= EC_POS && fit.coef[m] > 0);
	if (explosive.length) {
		selected = selected.filter((j) => !explosive.includes(j));
		cols = selected.map((j) => z[j]);
		fit = olsWithIntercept(rows.y, cols, rows.w) ?? olsWithIntercept(rows.y, [], rows.w)!;
		if (fit.coef.length !== selected.length) selected = [];
	}
	core.selected = selected;
	core.coef = selected.map((j, m) => fit.coef[m] / sd[j]);
	core.sdChange = selected.map((j) => sd[j]);
	core.driftPooled = fit.intercept;

	// Per-year drift and the gemeente deviations, both net of the indicator part.
	const resid = new Float64Array(rows.n);
	for (let i = 0; i < rows.n; i++) {
		let f = 0;
		for (let m = 0; m < selected.length; m++) f += fit.coef[m] * cols[m][i];
		resid[i] = rows.y[i] - f;
	}
	for (const t of diffYears) {
		let s = 0;
		let sw = 0;
		for (let i = 0; i < rows.n; i++) {
			if (rows.year[i] !== t) continue;
			s += rows.w[i] * resid[i];
			sw += rows.w[i];
		}
		core.driftByYear[t] = sw > 0 ? s / sw : 0;
	}
	const tLast = diffYears[diffYears.length - 1];
	core.driftLast = core.driftByYear[tLast];
	const acc = new Map<string, { s: number; w: number }>();
	for (let i = 0; i < rows.n; i++) {
		if (rows.year[i] !== tLast) continue;
		const g = lp.gemeente[rows.unit[i]];
		const a = acc.get(g) ?? { s: 0, w: 0 };
		a.s += rows.w[i] * (resid[i] - core.driftLast);
		a.w += rows.w[i];
		acc.set(g, a);
	}
	for (const [g, a] of acc) core.gemeenteEffect[g] = a.s / (a.w + GEMEENTE_PRIOR_WEIGHT);
	return core;
}
