// Population projection per wijk and gemeente. The official regional age detail was withdrawn, so
// age bands are aged forward from the KWB bands, plus each region's own recent migration trend,
// and wijken are made consistent with their gemeente. A user's own forecast can replace it.

import type { Level } from '../snapshot/schema';
import { COHORT_BANDS, type LevelPanel, type Panel } from './panel';
import type { PopulationForecast, RegionPopulation } from './types';

/**
 * A priori demographic rates (not fitted; the per-region residual trend absorbs local deviation).
 * Ageing moves 1/width of a band up each year. Births per person aged 25–44 and deaths per person
 * aged 65+ are rounded national rates (about 170k births and 150k deaths a year).
 */
export const BAND_WIDTH = [15, 10, 20, 20];
export const BIRTHS_PER_25_44 = 0.04;
export const DEATHS_PER_65PLUS = 0.045;
/** Damping per year ahead of a region's recent net-migration trend. */
export const MIGRATION_DAMPING = 0.7;
/** A yearly net-migration residual beyond ±10% is a data break, not a trend. */
const MAX_RESIDUAL = 0.1;

/** One year of cohort ageing of the five bands (0-14, 15-24, 25-44, 45-64, 65+), no migration. */
export function ageCohorts(bands: ArrayLike<number>): number[] {
	const out = new Array<number>(5);
	const up = [0, 1, 2, 3].map((b) => bands[b] / BAND_WIDTH[b]);
	out[0] = bands[0] - up[0] + BIRTHS_PER_25_44 * bands[2];
	out[1] = bands[1] - up[1] + up[0];
	out[2] = bands[2] - up[2] + up[1];
	out[3] = bands[3] - up[3] + up[2];
	out[4] = bands[4] * (1 - DEATHS_PER_65PLUS) + up[3];
	return out;
}

/** Dense projection of one level: totals and bands, [unit * horizon + (h - 1)], NaN if unknown. */
export interface LevelProjection {
	total: Float64Array;
	bands: Float64Array[];
	horizon: number;
}

function bandsAt(lp: LevelPanel, k: number): number[] | null {
	const b = lp.bands.map((a) => a[k]);
	return b.every((v) => v >= 0) && b.some((v) => v > 0) ? b : null;
}

/** Projects every unit of a level from data up to `origin`. */
export function projectLevel(lp: LevelPanel, origin: number, horizon: number): LevelProjection {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const total = new Float64Array(nU * horizon).fill(NaN);
	const bands = COHORT_BANDS.map(() => new Float64Array(nU * horizon).fill(NaN));
	const oIdx = Math.min(origin - lp.firstYear, nY - 1);
	for (let i = 0; i < nU; i++) {
		const row = i * nY;
		let last = -1;
		for (let y = oIdx; y >= 0; y--) {
			if (lp.pop[row + y] > 0) {
				last = y;
				break;
			}
		}
		if (last < 0) continue;
		const base = bandsAt(lp, row + last);
		const steps = origin - (lp.firstYear + last);
		if (!base) {
			// No age detail: carry the total, following its damped recent growth.
			const g = totalGrowth(lp, row, last);
			let p = lp.pop[row + last];
			for (let s = 1; s <= steps + horizon; s++) {
				p *= 1 + g * MIGRATION_DAMPING ** s;
				if (s > steps) total[i * horizon + s - steps - 1] = p;
			}
			continue;
		}
		const resid = migrationResidual(lp, row, last);
		const scale = lp.pop[row + last] / base.reduce((a, b) => a + b, 0);
		let cur = base;
		for (let s = 1; s <= steps + horizon; s++) {
			const aged = ageCohorts(cur);
			const damp = MIGRATION_DAMPING ** s;
			cur = aged.map((v, b) => v * (1 + resid[b] * damp));
			if (s > steps) {
				const k = i * horizon + s - steps - 1;
				let sum = 0;
				for (let b = 0; b < 5; b++) {
					bands[b][k] = cur[b] * scale;
					sum += cur[b] * scale;
				}
				total[k] = sum;
			}
		}
	}
	return { total, bands, horizon };
}

/** Mean yearly relative change of the total, over the years up to `last`. */
function totalGrowth(lp: LevelPanel, row: number, last: number): number {
	let s = 0;
	let n = 0;
	for (let y = 1; y <= last; y++) {
		const a = lp.pop[row + y - 1];
		const b = lp.pop[row + y];
		if (a > 0 && b > 0) {
			s += Math.max(-MAX_RESIDUAL, Math.min(MAX_RESIDUAL, b / a - 1));
			n++;
		}
	}
	return n ? s / n : 0;
}

/** Per band, the mean of observed / aged − 1: net migration plus local birth and death deviation. */
function migrationResidual(lp: LevelPanel, row: number, last: number): number[] {
	const sum = [0, 0, 0, 0, 0];
	const cnt = [0, 0, 0, 0, 0];
	for (let y = 1; y <= last; y++) {
		const prev = bandsAt(lp, row + y - 1);
		const cur = bandsAt(lp, row + y);
		if (!prev || !cur) continue;
		const aged = ageCohorts(prev);
		for (let b = 0; b < 5; b++) {
			if (aged[b] <= 0) continue;
			sum[b] += Math.max(-MAX_RESIDUAL, Math.min(MAX_RESIDUAL, cur[b] / aged[b] - 1));
			cnt[b]++;
		}
	}
	return sum.map((s, b) => (cnt[b] ? s / cnt[b] : 0));
}

/**
 * Makes wijk projections grow like their gemeente's: per gemeente and year, the wijk sum is scaled
 * so its growth since the base year equals the gemeente's (the seeds' pro-rata rule, keeping each
 * wijk's own relative development).
 */
export function alignWijkenToGemeente(
	wijk: LevelPanel,
	wp: LevelProjection,
	gem: LevelPanel,
	gp: LevelProjection,
	origin: number
): void {
	const H = wp.horizon;
	const y0 = Math.min(origin - wijk.firstYear, wijk.nYears - 1);
	const groups = new Map<string, number[]>();
	for (let i = 0; i < wijk.codes.length; i++) {
		if (!(wijk.pop[i * wijk.nYears + y0] > 0) || Number.isNaN(wp.total[i * H])) continue;
		const g = wijk.gemeente[i];
		const list = groups.get(g);
		if (list) list.push(i);
		else groups.set(g, [i]);
	}
	for (const [g, list] of groups) {
		const gi = gem.index.get(g);
		if (gi === undefined) continue;
		const gBase = gem.pop[gi * gem.nYears + y0];
		if (!(gBase > 0)) continue;
		let wBase = 0;
		for (const i of list) wBase += wijk.pop[i * wijk.nYears + y0];
		for (let h = 0; h < H; h++) {
			const gh = gp.total[gi * H + h];
			if (!(gh > 0)) continue;
			let wh = 0;
			for (const i of list) wh += wp.total[i * H + h];
			if (!(wh > 0)) continue;
			const k = gh / gBase / (wh / wBase);
			for (const i of list) {
				wp.total[i * H + h] *= k;
				for (const b of wp.bands) b[i * H + h] *= k;
			}
		}
	}
}

export interface PanelProjection {
	origin: number;
	horizon: number;
	wijk: LevelProjection;
	gemeente: LevelProjection;
}

const projCache = new WeakMap<Panel, Map<string, PanelProjection>>();

/** Projection of both levels from data up to `origin`, wijken aligned to gemeenten. Memoised. */
export function projectPanel(panel: Panel, origin: number, horizon: number): PanelProjection {
	let m = projCache.get(panel);
	if (!m) projCache.set(panel, (m = new Map()));
	const key = `${origin}|${horizon}`;
	const hit = m.get(key);
	if (hit) return hit;
	const gemeente = projectLevel(panel.gemeente, origin, horizon);
	const wijk = projectLevel(panel.wijk, origin, horizon);
	alignWijkenToGemeente(panel.wijk, wijk, panel.gemeente, gemeente, origin);
	const out = { origin, horizon, wijk, gemeente };
	m.set(key, out);
	return out;
}

/** Converts a dense projection into the public, replaceable PopulationForecast. */
export function toPopulationForecast(panel: Panel, proj: PanelProjection): PopulationForecast {
	const years = Array.from({ length: proj.horizon }, (_, h) => proj.origin + h + 1);
	const regions: Record<string, RegionPopulation> = {};
	for (const level of ['gemeente', 'wijk'] as Level[]) {
		const lp = panel[level];
		const p = proj[level];
		for (let i = 0; i < lp.codes.length; i++) {
			const k = i * proj.horizon;
			if (Number.isNaN(p.total[k])) continue;
			const slice = (a: Float64Array) => Array.from(a.subarray(k, k + proj.horizon));
			regions[lp.codes[i]] = {
				level,
				total: slice(p.total),
				bands: Object.fromEntries(COHORT_BANDS.map((b, j) => [b, slice(p.bands[j])]))
			};
		}
	}
	return { origin: proj.origin, years, regions, source: 'projection' };
}

/** Dense totals of a PopulationForecast for one level: [unit * horizon + h - 1], NaN if absent. */
export function totalsFromForecast(lp: LevelPanel, pf: PopulationForecast, origin: number, horizon: number): Float64Array {
	const out = new Float64Array(lp.codes.length * horizon).fill(NaN);
	for (let i = 0; i < lp.codes.length; i++) {
		const r = pf.regions[lp.codes[i]];
		if (!r) continue;
		for (let h = 1; h <= horizon; h++) {
			const j = pf.years.indexOf(origin + h);
			if (j >= 0 && r.total[j] > 0) out[i * horizon + h - 1] = r.total[j];
		}
	}
	return out;
}
