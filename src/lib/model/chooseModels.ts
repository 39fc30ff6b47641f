// Fit stage of the whole panel: for an origin, every level × category gets its first-differences
// fit and the candidate the nested choice picked (the a-priori one when the choice is skipped).
// The result is the whole model: forecast() and the backtest both carry exactly this forward.

import type { Level } from '../snapshot/schema';
import { cached, cfgKey, coreRun } from './categoryRun';
import { FEATURE_IDS, type CategoryFit } from './fitCategory';
import type { Panel } from './panel';
import { selectCandidate, type Selection } from './select';
import type { CategoryModel, Driver, ModelConfig } from './types';

/** The chosen model of every level × category at `origin`. Memoised per panel. */
export function chooseModels(panel: Panel, origin: number, cfg: ModelConfig, nested = true): CategoryModel[] {
	return cached(panel, `models|${origin}|${nested}|${cfgKey(cfg)}`, () => {
		const models: CategoryModel[] = [];
		for (const level of ['gemeente', 'wijk'] as Level[]) {
			for (const cat of panel[level].categories) {
				const run = coreRun(panel, level, cat, origin, cfg);
				const sel: Selection = nested ? selectCandidate(panel, level, cat, origin, cfg) : { index: 0, wape: [], origins: [], n: 0 };
				models.push({
					level,
					category: cat,
					fit: run.core,
					candidate: run.candidates[sel.index],
					drivers: driversOf(run.core),
					validation: {
						origins: sel.origins,
						n: sel.n,
						wape: sel.wape.length ? sel.wape[sel.index] : null,
						aPrioriWape: sel.wape.length ? sel.wape[0] : null
					}
				});
			}
		}
		return models;
	});
}

/** Drivers with sign and relative weight: |β| × sd of the indicator change, normalised to 1. */
function driversOf(fit: CategoryFit): Driver[] {
	const raw = fit.selected.map((_, m) => Math.abs(fit.coef[m]) * fit.sdChange[m]);
	const total = raw.reduce((a, b) => a + b, 0) || 1;
	return fit.selected.map((j, m) => ({
		indicator: FEATURE_IDS[j],
		coefficient: fit.coef[m],
		sign: fit.coef[m] >= 0 ? 1 : -1,
		weight: raw[m] / total
	}));
}
