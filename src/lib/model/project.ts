// Projection stage: population per wijk and gemeente. The official regional age detail was withdrawn, so
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
	const out = new Float64Array(5);
	ageInto(bands, out);
	return Array.from(out);
}

/** ageCohorts into a caller-owned buffer (no allocation: runs for every unit and year). */
function ageInto(b: ArrayLike<number>, out: Float64Array): void {
	const u0 = b[0] / BAND_WIDTH[0];
	const u1 = b[1] / BAND_WIDTH[1];
	const u2 = b[2] / BAND_WIDTH[2];
	const u3 = b[3] / BAND_WIDTH[3];
	const b4 = b[4];
	out[0] = b[0] - u0 + BIRTHS_PER_25_44 * b[2];
	out[1] = b[1] - u1 + u0;
	out[2] = b[2] - u2 + u1;
	out[3] = b[3] - u3 + u2;
	out[4] = b4 * (1 - DEATHS_PER_65PLUS) + u3;
}

/** Dense projection of one level: totals and bands, [unit * horizon + (h - 1)], NaN if unknown. */
export interface LevelProjection {
	total: Float64Array;
	bands: Float64Array[];
	horizon: number;
}

/** Reads the five bands of cell k into buf; false if any is missing or all are zero. */
function bandsInto(lp: LevelPanel, k: number, buf: Float64Array): boolean {
	let any = false;
	for (let b = 0; b < 5; b++) {
		const v = lp.bands[b][k];
		if (!(v >= 0)) return false;
		buf[b] = v;
		if (v > 0) any = true;
	}
	return any;
}

/** Projects every unit of a level from data up to `origin`. */
export function projectLevel(lp: LevelPanel, origin: number, horizon: number): LevelProjection {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const total = new Float64Array(nU * horizon).fill(NaN);
	const bands = COHORT_BANDS.map(() => new Float64Array(nU * horizon).fill(NaN));
	const oIdx = Math.min(origin - lp.firstYear, nY - 1);
	const cur = new Float64Array(5);
	const aged = new Float64Array(5);
	const resid = new Float64Array(5);
	const scratch = { prev: new Float64Array(5), next: new Float64Array(5), aged: new Float64Array(5) };
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
		const steps = origin - (lp.firstYear + last);
		if (!bandsInto(lp, row + last, cur)) {
			// No age detail: carry the total, following its damped recent growth.
			const g = totalGrowth(lp, row, last);
			let p = lp.pop[row + last];
			for (let s = 1; s <= steps + horizon; s++) {
				p *= 1 + g * MIGRATION_DAMPING ** s;
				if (s > steps) total[i * horizon + s - steps - 1] = p;
			}
			continue;
		}
		migrationResidual(lp, row, last, resid, scratch);
		const scale = lp.pop[row + last] / (cur[0] + cur[1] + cur[2] + cur[3] + cur[4]);
		let damp = 1;
		for (let s = 1; s <= steps + horizon; s++) {
			ageInto(cur, aged);
			damp *= MIGRATION_DAMPING;
			for (let b = 0; b < 5; b++) cur[b] = aged[b] * (1 + resid[b] * damp);
			if (s > steps) {
				const k = i * horizon + s - steps - 1;
				let sum = 0;
				for (let b = 0; b < 5; b++) {
					const v = cur[b] * scale;
					bands[b][k] = v;
					sum += v;
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
function migrationResidual(
	lp: LevelPanel,
	row: number,
	last: number,
	out: Float64Array,
	buf: { prev: Float64Array; next: Float64Array; aged: Float64Array }
): void {
	out.fill(0);
	const cnt = [0, 0, 0, 0, 0];
	for (let y = 1; y <= last; y++) {
		if (!bandsInto(lp, row + y - 1, buf.prev) || !bandsInto(lp, row + y, buf.next)) continue;
		ageInto(buf.prev, buf.aged);
		for (let b = 0; b < 5; b++) {
			if (buf.aged[b] <= 0) continue;
			out[b] += Math.max(-MAX_RESIDUAL, Math.min(MAX_RESIDUAL, buf.next[b] / buf.aged[b] - 1));
			cnt[b]++;
		}
	}
	for (let b = 0; b < 5; b++) out[b] = cnt[b] ? out[b] / cnt[b] : 0;
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
