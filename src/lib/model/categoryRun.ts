// One level × category at one origin, computed once per panel: the fit, where each unit stands, the
// projected inhabitants and a memo of each candidate's forecast. The nested choice, the backtest
// and the command-line evidence all read from this.

import type { Category, Level } from '../snapshot/schema';
import { gridOf, type Candidate } from './candidates';
import { EC_POS, fitCategory, type CategoryFit } from './fitCategory';
import type { Panel } from './panel';
import { projectPanel } from './project';
import { robustShareGrowth } from './robustGrowth';
import { shrunkShareGrowth } from './categoryShrink';
import { forecastCategory, indicatorStep, makeForecaster, unitBase, withTraitDeviation, type CategoryForecastArrays, type ShareForecaster, type UnitBase } from './shareForecast';
import type { ModelConfig } from './types';

export interface CoreRun {
	core: CategoryFit;
	base: UnitBase;
	indStep: Float64Array;
	candidates: Candidate[];
	shareAt: ShareForecaster;
	/** Projected inhabitants, [unit * horizon + h − 1]. */
	pop: Float64Array;
	horizon: number;
	/** Full forecast arrays of one candidate (memoised). */
	forecastFor(c: number): CategoryForecastArrays;
}

const memo = new WeakMap<Panel, Map<string, unknown>>();
/** Memoise per panel: every origin of a backtest shares the fits of the origins before it. */
export function cached<T>(panel: Panel, key: string, make: () => T): T {
	let m = memo.get(panel);
	if (!m) memo.set(panel, (m = new Map()));
	if (m.has(key)) return m.get(key) as T;
	const v = make();
	m.set(key, v);
	return v;
}

export function horizonFor(panel: Panel, origin: number): number {
	return Math.max(5, panel.lastYear - origin);
}

export function cfgKey(c: ModelConfig): string {
	return JSON.stringify(c);
}

export function coreRun(panel: Panel, level: Level, cat: Category, origin: number, cfg: ModelConfig): CoreRun {
	return cached(panel, `core|${level}|${cat}|${origin}|${cfgKey(cfg)}`, () => {
		const lp = panel[level];
		const horizon = horizonFor(panel, origin);
		const robust = cfg.robustDrifts ?? [];
		const core: CategoryFit = {
			...fitCategory(lp, cat, origin, cfg.maxDrivers),
			robustGrowth: robust.length ? robustShareGrowth(panel, cat, origin) : null,
			shrunkGrowth: cfg.shrinkToTotal ? shrunkShareGrowth(panel, cat, origin) : null
		};
		const base = unitBase(lp, cat, origin, core.selected.some((j) => j >= EC_POS));
		if (cfg.convergenceRates?.length) withTraitDeviation(panel, level, cat, base);
		const indStep = indicatorStep(lp, core, origin);
		const pop = projectPanel(panel, origin, horizon)[level].total;
		const candidates = gridOf(cfg);
		const shareAt = makeForecaster(lp, core, base, indStep, cfg.indicatorDamping);
		const made = new Map<number, CategoryForecastArrays>();
		const forecastFor = (c: number) => {
			let f = made.get(c);
			if (!f) {
				f = forecastCategory(lp, core, candidates[c], base, indStep, pop, horizon, cfg.indicatorDamping);
				made.set(c, f);
			}
			return f;
		};
		return { core, base, indStep, candidates, shareAt, pop, horizon, forecastFor };
	});
}

