// Reconciliation of wijk forecasts with their gemeente forecast. Wijk counts rarely cover the whole
// gemeente (suppressed wijken, clients without an address), so the wijken are scaled to share the
// gemeente's growth rather than to sum to its level: with full coverage both are the same.

import type { LevelPanel, Panel } from './panel';
import type { CategoryForecastArrays, UnitBase } from './shareForecast';

/**
 * Scales wijk forecasts so that Σ forecast / Σ base equals gemeenteForecast / gemeenteBase.
 * When Σ base = gemeenteBase, the wijk forecasts sum exactly to the gemeente forecast.
 */
export function reconcileToGemeente(
	wijkForecast: number[],
	wijkBase: number[],
	gemeenteForecast: number,
	gemeenteBase: number
): number[] {
	const fSum = wijkForecast.reduce((a, b) => a + b, 0);
	const bSum = wijkBase.reduce((a, b) => a + b, 0);
	if (!(fSum > 0) || !(bSum > 0) || !(gemeenteBase > 0) || !(gemeenteForecast >= 0)) return [...wijkForecast];
	const k = gemeenteForecast / gemeenteBase / (fSum / bSum);
	return wijkForecast.map((f) => f * k);
}

/** Applies reconcileToGemeente to every gemeente and horizon of one category, in place. */
export function reconcileCategory(
	wijk: LevelPanel,
	wBase: UnitBase,
	wFc: CategoryForecastArrays,
	gem: LevelPanel,
	gBase: UnitBase,
	gFc: CategoryForecastArrays
): void {
	const H = wFc.horizon;
	const groups = new Map<number, number[]>();
	for (let i = 0; i < wijk.codes.length; i++) {
		if (Number.isNaN(wFc.model[i * H])) continue;
		const gi = gem.index.get(wijk.gemeente[i]);
		if (gi === undefined || !(gBase.count[gi] > 0) || Number.isNaN(gFc.model[gi * gFc.horizon])) continue;
		// A gemeente without inhabitants carries its count flat; that is no forecast to align to.
		if (Number.isNaN(gFc.share[gi * gFc.horizon])) continue;
		const list = groups.get(gi);
		if (list) list.push(i);
		else groups.set(gi, [i]);
	}
	for (const [gi, list] of groups) {
		const base = list.map((i) => wBase.count[i]);
		for (let h = 0; h < Math.min(H, gFc.horizon); h++) {
			const f = list.map((i) => wFc.model[i * H + h]);
			const r = reconcileToGemeente(f, base, gFc.model[gi * gFc.horizon + h], gBase.count[gi]);
			list.forEach((i, m) => {
				wFc.model[i * H + h] = r[m];
				if (!Number.isNaN(wFc.share[i * H + h]) && f[m] > 0) wFc.share[i * H + h] *= r[m] / f[m];
			});
		}
	}
}

/** Reconciles every category with wijk and gemeente forecasts, in place. */
export function reconcileAll(panel: Panel, runs: Map<string, { base: UnitBase; fc: CategoryForecastArrays }>): void {
	for (const cat of panel.wijk.categories) {
		const w = runs.get(`wijk|${cat}`);
		const g = runs.get(`gemeente|${cat}`);
		if (!w || !g) continue;
		reconcileCategory(panel.wijk, w.base, w.fc, panel.gemeente, g.base, g.fc);
	}
}
