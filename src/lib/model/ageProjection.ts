// The age-specific rates on the panel: estimated per level × category from the cross-section at the
// origin (data up to the origin only), and what the projection stage needs of them: each region's
// age-explained growth (the backtest's age method) and the 65+ share of its demand (the scenarios).
import type { Category, Level } from '../snapshot/schema';
import { estimateAgeRates, type AgeRates } from './ageRates';
import { COHORT_BANDS, type LevelPanel, type Panel } from './panel';
import type { PanelProjection } from './project';

export const BAND_65 = COHORT_BANDS.indexOf('65+');
/** Fewer regions than this at a level: the gemeente level's rates are used. */
const MIN_REGIONS = 20;

const cache = new WeakMap<Panel, Map<string, AgeRates | null>>();

function levelRates(lp: LevelPanel, category: Category, origin: number): AgeRates | null {
	const y = origin - lp.firstYear;
	if (y < 0 || y >= lp.nYears) return null;
	const n = lp.codes.length;
	const c = lp.clients[category];
	const clients = new Float64Array(n);
	for (let i = 0; i < n; i++) clients[i] = c[i * lp.nYears + y];
	const bands = lp.bands.map((b) => {
		const out = new Float64Array(n);
		for (let i = 0; i < n; i++) out[i] = b[i * lp.nYears + y];
		return out;
	});
	const r = estimateAgeRates(clients, bands);
	return r && r.n >= MIN_REGIONS ? r : null;
}

/**
 * Rates of a category at `origin`, for both levels: from the wijken where the category has wijk
 * counts (ten times the regions, and far more contrast in age structure than between gemeenten, so
 * less of the age effect is taken by what comes with age structure, such as urbanity), else from
 * the gemeenten. Each region is calibrated to its own count, so one set of rates serves both
 * levels. `level` is kept for the callers; memoised.
 */
export function ageRatesAt(panel: Panel, _level: Level, category: Category, origin: number): AgeRates | null {
	let m = cache.get(panel);
	if (!m) cache.set(panel, (m = new Map()));
	const key = `${category}|${origin}`;
	if (!m.has(key)) {
		const wijk = panel.wijk.categories.includes(category) ? levelRates(panel.wijk, category, origin) : null;
		m.set(key, wijk ?? (panel.gemeente.categories.includes(category) ? levelRates(panel.gemeente, category, origin) : null));
	}
	return m.get(key)!;
}

/** The level the rates of a category come from (see ageRatesAt). */
export function ageRatesSource(panel: Panel, category: Category, origin: number): Level {
	return panel.wijk.categories.includes(category) && levelRates(panel.wijk, category, origin) ? 'wijk' : 'gemeente';
}

/** Persons per band of unit i in a projection year (h ≥ 1) or, h = 0, the observed origin year. */
function personsAt(panel: Panel, level: Level, proj: PanelProjection, i: number, h: number, out: Float64Array): boolean {
	const lp = panel[level];
	for (let b = 0; b < out.length; b++) {
		const v = h === 0 ? lp.bands[b][i * lp.nYears + proj.origin - lp.firstYear] : proj[level].bands[b][i * proj.horizon + h - 1];
		if (!(v >= 0)) return false;
		out[b] = v;
	}
	return true;
}

/**
 * Age-explained growth of a region's clients from the origin to h years ahead: Σ r P(h) / Σ r P(0).
 * The calibration factor cancels: calibrated clients(h) = observed × this ratio. NaN when unknown.
 */
export function ageGrowth(panel: Panel, level: Level, category: Category, proj: PanelProjection, i: number, h: number): number {
	const r = ageRatesAt(panel, level, category, proj.origin);
	if (!r) return NaN;
	const p0 = new Float64Array(COHORT_BANDS.length);
	const ph = new Float64Array(COHORT_BANDS.length);
	if (!personsAt(panel, level, proj, i, 0, p0) || !personsAt(panel, level, proj, i, h, ph)) return NaN;
	let d0 = 0;
	let dh = 0;
	for (let b = 0; b < p0.length; b++) {
		d0 += r.rates[b] * p0[b];
		dh += r.rates[b] * ph[b];
	}
	return d0 > 0 ? dh / d0 : NaN;
}

/** Per projection cell [unit * horizon + h − 1]: the 65+ share of demand and of inhabitants. */
export interface AgeMix {
	demand65: Float64Array;
	pop65: Float64Array;
}

export function ageMix(panel: Panel, level: Level, category: Category, proj: PanelProjection): AgeMix {
	const lp = panel[level];
	const H = proj.horizon;
	const demand65 = new Float64Array(lp.codes.length * H).fill(NaN);
	const pop65 = new Float64Array(lp.codes.length * H).fill(NaN);
	const r = ageRatesAt(panel, level, category, proj.origin);
	const bands = proj[level].bands;
	for (let k = 0; k < demand65.length; k++) {
		let d = 0;
		let p = 0;
		let ok = true;
		for (let b = 0; b < bands.length; b++) {
			const v = bands[b][k];
			if (!(v >= 0)) ok = false;
			p += v;
			if (r) d += r.rates[b] * v;
		}
		if (!ok || !(p > 0)) continue;
		pop65[k] = bands[BAND_65][k] / p;
		if (r && d > 0) demand65[k] = (r.rates[BAND_65] * bands[BAND_65][k]) / d;
	}
	return { demand65, pop65 };
}
