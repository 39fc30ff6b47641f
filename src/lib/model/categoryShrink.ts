// Category shrinkage (issue 13, item 3): a category with little evidence of its own (one
// year-on-year change for HH, OT and hulpmiddelen; few gemeenten for verblijf en opvang) borrows
// strength from the total's pooled history. Its yearly share change is
//
//   g = w · (its own mean yearly median change) + (1 − w) · (the total's mean yearly median change),
//   w = n / (n + k),
//
// with n the category's own evidence in years and k fixed a priori (below). Each yearly change is
// the median over gemeenten of log(s(t) / s(t−1)), as the robust national drift (robustGrowth.ts):
// each gemeente counts once, so a registration jump in a few gemeenten does not move it. Only data
// up to the origin enters. It is a candidate like any other: the nested choice decides if it is used.

import type { Category } from '../snapshot/schema';
import type { Panel } from './panel';
import { gemeenteLogChanges, MIN_GEMEENTEN, weightedMedian } from './robustGrowth';

/**
 * k, in years of a category's own evidence. Fixed a priori from the data's nature, not tuned: the
 * categories are parts of the total (the total is a client-weighted mix of their changes), so the
 * total's history is the natural prior; one year of a category's own change mixes a trend with
 * one-off shifts between categories (HH booked as OT and back), so it should not outweigh that prior.
 * k = 1 makes one own year and the total's whole history count equally (w = ½); with two own years
 * w = ⅔, with three ¾.
 */
export const SHRINK_PRIOR_YEARS = 1;
/**
 * A year's median over at least this many gemeenten counts as a full year of evidence; over fewer it
 * counts as the fraction m / 100. A priori: the total's yearly medians rest on 120–290 gemeenten;
 * verblijf en opvang (centrumgemeenten only) on about 30, so its own change counts as a third of a year.
 */
export const FULL_YEAR_GEMEENTEN = 100;

/** A national yearly change: the median gemeente's log share change in `year`, over `n` gemeenten. */
export interface YearlyChange {
	year: number;
	median: number;
	n: number;
}

export interface ShrunkGrowth {
	/** The category's own yearly changes (empty when it has none up to the origin). */
	own: YearlyChange[];
	/** The total's yearly changes up to the origin (its pooled history). */
	total: YearlyChange[];
	/** Own evidence in years: Σ min(1, n / FULL_YEAR_GEMEENTEN). */
	evidence: number;
	/** w = evidence / (evidence + SHRINK_PRIOR_YEARS). */
	weight: number;
	/** The shrunk yearly log share change. */
	growth: number;
}

/** Each year t ≤ origin with a change of at least MIN_GEMEENTEN gemeenten, oldest first. */
export function yearlyChanges(panel: Panel, cat: Category, origin: number): YearlyChange[] {
	const out: YearlyChange[] = [];
	for (let year = panel.firstYear + 1; year <= Math.min(origin, panel.lastYear); year++) {
		const { v } = gemeenteLogChanges(panel, cat, year - panel.firstYear);
		if (v.length < MIN_GEMEENTEN) continue;
		out.push({
			year,
			median: weightedMedian(
				v,
				v.map(() => 1)
			),
			n: v.length
		});
	}
	return out;
}

const mean = (xs: YearlyChange[]) => xs.reduce((s, x) => s + x.median, 0) / xs.length;

/** The shrinkage itself, from the yearly changes (pure: the unit tests compute it by hand). */
export function shrinkGrowth(own: YearlyChange[], total: YearlyChange[], k = SHRINK_PRIOR_YEARS): ShrunkGrowth | null {
	if (!total.length) return null;
	const evidence = own.reduce((s, x) => s + Math.min(1, x.n / FULL_YEAR_GEMEENTEN), 0);
	const weight = evidence / (evidence + k);
	const growth = own.length ? weight * mean(own) + (1 - weight) * mean(total) : mean(total);
	return { own, total, evidence, weight, growth };
}

const memo = new WeakMap<Panel, Map<string, ShrunkGrowth | null>>();

/**
 * The shrunk growth of a category from data up to `origin`; null for the total itself (its own
 * history is the prior: shrinking it toward itself is not a new candidate) and when the total has no
 * change yet.
 */
export function shrunkShareGrowth(panel: Panel, cat: Category, origin: number): ShrunkGrowth | null {
	if (cat === 'totaal') return null;
	let m = memo.get(panel);
	if (!m) memo.set(panel, (m = new Map()));
	const key = `${cat}|${origin}`;
	if (!m.has(key)) m.set(key, shrinkGrowth(yearlyChanges(panel, cat, origin), yearlyChanges(panel, 'totaal', origin)));
	return m.get(key)!;
}
