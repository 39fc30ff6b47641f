// Gaps: a gemeente of the 2024 indeling can lack a count in a year only because a small part that
// merged into it later did not deliver (Amsterdam 2016 and 2018 through Weesp). Such a year is
// estimated from the gemeente's own count in the year before, carried by the change of
// the wijken observed in both years, and marked `estimated`: never a CBS figure, never scored.

import { CATEGORIES } from '../snapshot/schema';
import type { Panel } from './panel';

/**
 * A priori (from the data's nature, not tuned): the wijken observed in both years must hold at
 * least this share of the gemeente's count in the year before, so the part that is
 * carried without its own figure is small.
 */
export const MIN_WIJK_COVERAGE = 0.8;

/** Definition codes in `wijkSum` for estimated cells; they alternate by year (see fillGaps). */
export const ESTIMATED_CODE = 2;

/**
 * Fills missing gemeente counts in place. For a gemeente-year t without a count, the year before,
 * t0 = t − 1, with a count of its own (official or summed from wijken, not itself an estimate)
 * gives G(t) = G(t0) × S(t) / S(t0), S the sum over wijken observed in both years. Only the year
 * before: an estimate that used t + 1 would carry a later figure into a backtest origin t.
 * The cell is marked in `estimated` and gets a definition code of its own in `wijkSum` (2 or 3 by
 * year parity), so no share change is ever learned across it, not even between two estimates.
 */
export function fillGaps(panel: Panel): void {
	const { wijk, gemeente } = panel;
	const nY = gemeente.nYears;
	const wijkRows = new Map<number, number[]>();
	for (let i = 0; i < wijk.codes.length; i++) {
		const g = gemeente.index.get(wijk.gemeente[i]);
		if (g === undefined) continue;
		const list = wijkRows.get(g) ?? [];
		list.push(i);
		wijkRows.set(g, list);
	}
	for (const cat of CATEGORIES) {
		const gc = gemeente.clients[cat];
		const wc = wijk.clients[cat];
		const flags = gemeente.wijkSum[cat];
		const est = gemeente.estimated[cat];
		const own = (k: number) => gc[k] > 0 && est[k] === 0;
		for (const [g, rows] of wijkRows) {
			for (let y = 0; y < nY; y++) {
				const k = g * nY + y;
				if (!Number.isNaN(gc[k])) continue;
				for (const y0 of [y - 1]) {
					if (y0 < 0 || !own(g * nY + y0)) continue;
					let s = 0;
					let s0 = 0;
					for (const i of rows) {
						const a = wc[i * nY + y];
						const a0 = wc[i * nY + y0];
						if (a >= 0 && a0 >= 0) {
							s += a;
							s0 += a0;
						}
					}
					const g0 = gc[g * nY + y0];
					if (!(s0 > 0) || s0 < MIN_WIJK_COVERAGE * g0) continue;
					gc[k] = (g0 * s) / s0;
					est[k] = 1;
					flags[k] = ESTIMATED_CODE + (y % 2);
					break;
				}
			}
		}
	}
}
