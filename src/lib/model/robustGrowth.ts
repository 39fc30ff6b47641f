// A robust national drift: the median over gemeenten of the latest year's relative change of the
// share of inhabitants (log scale). A mean is dominated by a few gemeente-wide jumps (Oldambt 2016
// +211%, Enschede 2016 −33%: registration and delivery changes); the median is the change of the
// typical gemeente. Gemeente shares are taken from the sum of their wijken where wijk counts exist
// in both years (one definition in both years), else from the gemeente's own count (skipping a
// pair where the gemeente definition changes: summed wijken versus the official figure).

import type { Category } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import type { LevelPanel, Panel } from './panel';

export interface RobustGrowth {
	/** Year t of the change s(t)/s(t−1) (the latest year ≤ origin with one). */
	year: number;
	/** Median over gemeenten of log(s(t)/s(t−1)), every gemeente counting once. */
	median: number;
	/** Same, each gemeente weighted by its clients in t−1. */
	weightedMedian: number;
	/** Gemeenten behind the median. */
	n: number;
}

export type RobustKind = 'median' | 'weightedMedian';

/** Weighted median (lower median at exactly half the weight). */
export function weightedMedian(values: number[], weights: number[]): number {
	if (!values.length) return NaN;
	const idx = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
	let total = 0;
	for (const w of weights) total += w;
	let acc = 0;
	for (const i of idx) {
		acc += weights[i];
		if (acc >= total / 2) return values[i];
	}
	return values[idx[idx.length - 1]];
}

/** Per gemeente [clients t, inhabitants t, clients t−1, inhabitants t−1] at year index y. */
export function gemeentePairs(lp: LevelPanel, cat: Category, y: number): Map<string, number[]> {
	const nY = lp.nYears;
	const c = lp.clients[cat];
	const acc = new Map<string, number[]>();
	if (!c || lp.seriesBreak[y]) return acc;
	for (let i = 0; i < lp.codes.length; i++) {
		const k = i * nY + y;
		if (!(c[k] >= 0 && c[k - 1] >= 0 && lp.pop[k] > 0 && lp.pop[k - 1] > 0)) continue;
		if (lp.level === 'gemeente' && lp.wijkSum[cat][k] !== lp.wijkSum[cat][k - 1]) continue;
		const g = lp.gemeente[i];
		const a = acc.get(g) ?? [0, 0, 0, 0];
		a[0] += c[k];
		a[1] += lp.pop[k];
		a[2] += c[k - 1];
		a[3] += lp.pop[k - 1];
		acc.set(g, a);
	}
	return acc;
}

const memo = new WeakMap<Panel, Map<string, RobustGrowth | null>>();

/** The robust drift of a category from data up to `origin`; null when no year has a change. */
export function robustShareGrowth(panel: Panel, cat: Category, origin: number): RobustGrowth | null {
	let m = memo.get(panel);
	if (!m) memo.set(panel, (m = new Map()));
	const key = `${cat}|${origin}`;
	if (!m.has(key)) m.set(key, computeGrowth(panel, cat, origin));
	return m.get(key)!;
}

/**
 * Per gemeente with ≥ 10 clients in both years, the log share change of year index y and the
 * clients in y − 1: from the sum of its wijken where both years have wijk counts, else its own.
 */
export function gemeenteLogChanges(panel: Panel, cat: Category, y: number): { v: number[]; w: number[] } {
	const pairs = gemeentePairs(panel.wijk, cat, y);
	// Gemeenten without wijk counts in both years fall back on their own series.
	for (const [g, a] of gemeentePairs(panel.gemeente, cat, y)) if (!pairs.has(g)) pairs.set(g, a);
	const v: number[] = [];
	const w: number[] = [];
	for (const a of pairs.values()) {
		if (!(a[0] >= MIN_CLIENTS && a[2] >= MIN_CLIENTS)) continue;
		v.push(Math.log(a[0] / a[1] / (a[2] / a[3])));
		w.push(a[2]);
	}
	return { v, w };
}

/** Fewest gemeenten behind a national median change. */
export const MIN_GEMEENTEN = 20;

function computeGrowth(panel: Panel, cat: Category, origin: number): RobustGrowth | null {
	for (let year = Math.min(origin, panel.lastYear); year > panel.firstYear; year--) {
		const { v, w } = gemeenteLogChanges(panel, cat, year - panel.firstYear);
		if (v.length < MIN_GEMEENTEN) continue;
		return {
			year,
			median: weightedMedian(
				v,
				v.map(() => 1)
			),
			weightedMedian: weightedMedian(v, w),
			n: v.length
		};
	}
	return null;
}
