// Share forecast stage: turns a fitted first-differences model and a chosen candidate into counts,
// s(T+h) = s(T) + Σ Δŝ, with Δŝ the (damped) drift, the unit's gemeente deviation and the
// extrapolated indicator changes times their slopes; clients = ŝ × projected inhabitants. The two
// baselines are computed on the same units.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import { isBreak } from './breaks';
import type { Candidate } from './candidates';
import { EC_POS, type CategoryFit } from './fitCategory';
import { shareDeviation, splitDeviation } from './expectedShare';
import { cumulativeChange, trendSlope } from './extrapolate';
import { convergedShare, convergenceDeviation } from './convergence';
import type { LevelPanel, Panel } from './panel';

/** Where each unit stands at the origin. */
export interface UnitBase {
	/** Last observed count at origin or origin − 1 (NaN if none). */
	count: Float64Array;
	/** Share at that year (NaN if no population). */
	share: Float64Array;
	/** Year of that count. */
	year: Int32Array;
	converted: Uint8Array;
	/** Log deviation from the expected share at that year: gemeente part and own part. */
	devGemeente: Float64Array;
	devOwn: Float64Array;
	/** Share of the year before the base year times its group's share change since (NaN if none). */
	prevCarried: Float64Array;
	/**
	 * Log deviation from the trait-expected share that the convergence candidates close (the
	 * gemeente's, convergence.ts); NaN where none. Filled by withTraitDeviation, only when needed.
	 */
	devTraits: Float64Array;
}

/** `withDeviation`: fill devGemeente/devOwn (only needed when error correction is selected). */
export function unitBase(lp: LevelPanel, cat: Category, origin: number, withDeviation = true): UnitBase {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const base: UnitBase = {
		count: new Float64Array(nU).fill(NaN),
		share: new Float64Array(nU).fill(NaN),
		year: new Int32Array(nU),
		converted: new Uint8Array(nU),
		devGemeente: new Float64Array(nU),
		devOwn: new Float64Array(nU),
		prevCarried: new Float64Array(nU).fill(NaN),
		devTraits: new Float64Array(nU).fill(NaN)
	};
	const o = origin - lp.firstYear;
	if (o < 0) return base;
	const c = lp.clients[cat];
	const dev = [o - 1, o].map((y) =>
		withDeviation && y >= 0 && y < nY ? splitDeviation(lp, shareDeviation(lp, cat, y), y) : null
	);
	for (let i = 0; i < nU; i++) {
		for (let y = Math.min(o, nY - 1); y >= Math.max(0, o - 1); y--) {
			const k = i * nY + y;
			if (!(c[k] >= 0)) continue;
			base.count[i] = c[k];
			base.share[i] = lp.pop[k] > 0 ? c[k] / lp.pop[k] : NaN;
			base.year[i] = lp.firstYear + y;
			base.converted[i] = lp.converted[cat][k];
			const d = dev[y - (o - 1)];
			if (d && !Number.isNaN(d.between[i])) {
				base.devGemeente[i] = d.between[i];
				base.devOwn[i] = d.within[i];
			}
			break;
		}
	}
	carryPrevious(lp, cat, o, base);
	return base;
}

/** Fills base.devTraits (the convergence candidates need it; the others do not). */
export function withTraitDeviation(panel: Panel, level: Level, cat: Category, base: UnitBase): UnitBase {
	base.devTraits = convergenceDeviation(panel, level, cat, base.year, (i) => base.count[i] >= 0);
	return base;
}

/** Fills base.prevCarried for units whose base year is the origin year o and that have o − 1. */
function carryPrevious(lp: LevelPanel, cat: Category, o: number, base: UnitBase): void {
	// Across a series break the change is a new footing, not one to carry forward.
	if (o < 1 || o >= lp.nYears || lp.seriesBreak[o]) return;
	const nY = lp.nYears;
	const c = lp.clients[cat];
	const group = (i: number) => (lp.level === 'wijk' ? lp.gemeente[i] : 'NL');
	const both = (i: number) => {
		const k = i * nY + o;
		// A registration break (breaks.ts) is a new level, not a change to carry forward.
		return c[k] >= 0 && c[k - 1] >= 0 && lp.pop[k] > 0 && lp.pop[k - 1] > 0 && lp.wijkSum[cat][k] === lp.wijkSum[cat][k - 1] && !isBreak(c[k - 1], c[k], lp.pop[k - 1], lp.pop[k]);
	};
	const acc = new Map<string, number[]>();
	for (let i = 0; i < lp.codes.length; i++) {
		if (!both(i)) continue;
		const k = i * nY + o;
		const a = acc.get(group(i)) ?? [0, 0, 0, 0];
		a[0] += c[k];
		a[1] += lp.pop[k];
		a[2] += c[k - 1];
		a[3] += lp.pop[k - 1];
		acc.set(group(i), a);
	}
	for (let i = 0; i < lp.codes.length; i++) {
		if (!both(i) || base.year[i] !== lp.firstYear + o) continue;
		const a = acc.get(group(i))!;
		if (!(a[0] > 0) || !(a[2] > 0)) continue;
		const growth = a[0] / a[1] / (a[2] / a[3]);
		const k = i * nY + o;
		base.prevCarried[i] = (c[k - 1] / lp.pop[k - 1]) * growth;
	}
}

export interface CategoryForecastArrays {
	horizon: number;
	/** [unit * horizon + h − 1]; NaN where no forecast (fewer than 10 clients, or no data). */
	model: Float64Array;
	naive: Float64Array;
	sharePop: Float64Array;
	share: Float64Array;
}

/** Per unit, the yearly indicator part Σ β_k · slope_k from the unit's own indicator trends. */
export function indicatorStep(lp: LevelPanel, core: CategoryFit, origin: number): Float64Array {
	const nU = lp.codes.length;
	const out = new Float64Array(nU);
	if (!core.selected.length) return out;
	const o = Math.min(origin - lp.firstYear, lp.nYears - 1);
	for (let i = 0; i < nU; i++) {
		let s = 0;
		for (let m = 0; m < core.selected.length; m++) {
			if (core.selected[m] >= EC_POS) continue;
			s += core.coef[m] * trendSlope(lp.ind[core.selected[m]], i * lp.nYears, o);
		}
		out[i] = s;
	}
	return out;
}

/** Share forecast of unit i after `steps` years under a candidate; NaN if the unit has none. */
export type ShareForecaster = (i: number, steps: number, cand: Candidate, pop?: number) => number;

export function makeForecaster(
	lp: LevelPanel,
	core: CategoryFit,
	base: UnitBase,
	indStep: Float64Array,
	indicatorDamping: number
): ShareForecaster {
	const gamma = (pos: number) => {
		const m = core.selected.indexOf(pos);
		return m < 0 ? 0 : Math.max(-1, Math.min(0, core.coef[m]));
	};
	const gG = gamma(EC_POS);
	const gW = gamma(EC_POS + 1);
	// The own gemeente's effect per unit, looked up once, on first use (the nested choice calls
	// this a lot; most forecasters never need it).
	let gEffOf: Float64Array | null = null;
	const gemeenteEffectOf = (i: number): number => {
		if (!gEffOf) {
			gEffOf = new Float64Array(lp.codes.length);
			for (let u = 0; u < gEffOf.length; u++) gEffOf[u] = core.gemeenteEffect[lp.gemeente[u]] ?? 0;
		}
		return gEffOf[i];
	};
	const plain = (i: number, steps: number, cand: Candidate): number => {
		let s0 = base.share[i];
		if (!(base.count[i] >= MIN_CLIENTS) || !(s0 >= 0)) return NaN;
		const prev = base.prevCarried[i];
		if (cand.smoothing && prev >= 0) s0 = (1 - cand.smoothing) * s0 + cand.smoothing * prev;
		let s = s0;
		if (cand.robust || cand.shrink) {
			const g = cand.robust ? core.robustGrowth?.[cand.robust] : core.shrunkGrowth?.growth;
			if (g !== undefined && !Number.isNaN(g)) s = s0 * Math.exp(cumulativeChange(g * cand.damping, steps, cand.damping));
			return cand.convergence ? convergedShare(s, base.devTraits[i], cand.convergence, steps) : s;
		}
		if (cand.damping) {
			const gEff = cand.gemeenteWeight ? gemeenteEffectOf(i) : 0;
			const drift = (cand.source === 'pooled' ? core.driftPooled : core.driftLast) + cand.gemeenteWeight * gEff;
			s += cumulativeChange(drift * cand.damping, steps, cand.damping);
		}
		if (cand.drivers) {
			s += cumulativeChange(indStep[i], steps, indicatorDamping);
			// Error correction: each year a fraction −γ of the remaining deviation closes.
			s += s0 * (base.devGemeente[i] * ((1 + gG) ** steps - 1) + base.devOwn[i] * ((1 + gW) ** steps - 1));
		}
		if (cand.convergence) s = convergedShare(s, base.devTraits[i], cand.convergence, steps);
		return Math.max(0, s);
	};
	return (i, steps, cand, pop) => {
		const s = plain(i, steps, cand);
		const w = cand.naiveWeight;
		if (!w || !(pop! > 0) || Number.isNaN(s)) return s;
		return (1 - w) * s + (w * base.count[i]) / pop!;
	};
}

export function forecastCategory(
	lp: LevelPanel,
	core: CategoryFit,
	cand: Candidate,
	base: UnitBase,
	indStep: Float64Array,
	popTotals: Float64Array,
	horizon: number,
	indicatorDamping: number
): CategoryForecastArrays {
	const nU = lp.codes.length;
	const n = nU * horizon;
	const out: CategoryForecastArrays = {
		horizon,
		model: new Float64Array(n).fill(NaN),
		naive: new Float64Array(n).fill(NaN),
		sharePop: new Float64Array(n).fill(NaN),
		share: new Float64Array(n).fill(NaN)
	};
	const shareAt = makeForecaster(lp, core, base, indStep, indicatorDamping);
	for (let i = 0; i < nU; i++) {
		const cnt = base.count[i];
		if (!(cnt >= MIN_CLIENTS)) continue;
		const s0 = base.share[i];
		const lag = core.origin - base.year[i];
		for (let h = 1; h <= horizon; h++) {
			const k = i * horizon + h - 1;
			out.naive[k] = cnt;
			const pop = popTotals[k];
			if (!(s0 >= 0) || !(pop > 0)) {
				// No inhabitants known: the count itself is the best available forecast.
				out.model[k] = cnt;
				out.sharePop[k] = cnt;
				continue;
			}
			const s = shareAt(i, h + lag, cand, pop);
			out.share[k] = s;
			out.model[k] = s * pop;
			out.sharePop[k] = s0 * pop;
		}
	}
	return out;
}
