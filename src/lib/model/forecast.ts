// Forecast stage: the one path from a fitted model to forecasts. forecast() (the CLI, the worker),
// the backtest and the intervals' nested errors all call forecastFromModels, so what is scored is
// what is shown. Population comes from the projection unless the caller passes its own.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS, RELIABLE_CLIENTS, MIN_HISTORY_YEARS, reliabilityOf, sizeBandOf, type ForecastReason } from '../snapshot/reliability';
import { cached, cfgKey, horizonFor } from './categoryRun';
import { chooseModels } from './chooseModels';
import { EC_POS } from './fitCategory';
import { gemeenteFromWijken } from './gemeenteFromWijken';
import { capUpper, maxObservedShare } from './intervalBounds';
import { intervalFor } from './intervals';
import { buildPanel, type Panel } from './panel';
import { projectPanel, totalsFromForecast } from './project';
import { reconcileAll } from './reconcile';
import { forecastCategory, indicatorStep, unitBase, withTraitDeviation, type CategoryForecastArrays, type UnitBase } from './shareForecast';
import type { CategoryModel, FittedModel, ForecastOptions, ForecastRow, ModelConfig, SnapshotTables } from './types';

/** Projected inhabitants per level: [unit * horizon + h − 1], NaN where unknown. */
export interface LevelTotals {
	wijk: Float64Array;
	gemeente: Float64Array;
}

export interface CategoryForecast {
	model: CategoryModel;
	base: UnitBase;
	fc: CategoryForecastArrays;
	/** 1 where a gemeente's forecast is the sum of its wijken (gemeenteFromWijken.ts). */
	fromWijken?: Uint8Array;
}

/** Chosen, reconciled forecasts of every level × category (key `level|category`). */
export function forecastFromModels(
	panel: Panel,
	models: CategoryModel[],
	cfg: ModelConfig,
	origin: number,
	population: LevelTotals,
	horizon: number
): Map<string, CategoryForecast> {
	const out = new Map<string, CategoryForecast>();
	for (const m of models) {
		const lp = panel[m.level];
		const base = unitBase(lp, m.category, origin, m.fit.selected.some((j) => j >= EC_POS));
		if (m.candidate.convergence) withTraitDeviation(panel, m.level, m.category, base);
		const step = indicatorStep(lp, m.fit, origin);
		const fc = forecastCategory(lp, m.fit, m.candidate, base, step, population[m.level], horizon, cfg.indicatorDamping);
		out.set(`${m.level}|${m.category}`, { model: m, base, fc });
	}
	if (cfg.reconcile) reconcileAll(panel, out);
	gemeenteFromWijken(panel, out, population.gemeente);
	return out;
}

/** The projection of both levels, as dense totals. */
export function projectedTotals(panel: Panel, origin: number, horizon: number): LevelTotals {
	const p = projectPanel(panel, origin, horizon);
	return { wijk: p.wijk.total, gemeente: p.gemeente.total };
}

/** What the backtest scores at origin T: the chosen models carried forward over the projection. Memoised. */
export function finalRuns(panel: Panel, T: number, cfg: ModelConfig): Map<string, CategoryForecast> {
	return cached(panel, `final|${T}|${cfgKey(cfg)}`, () => {
		const H = horizonFor(panel, T);
		return forecastFromModels(panel, chooseModels(panel, T, cfg), cfg, T, projectedTotals(panel, T, H), H);
	});
}

/** The inhabitants a forecast multiplies by: the caller's own forecast, else the projection. */
export function populationTotals(panel: Panel, opts: Pick<ForecastOptions, 'origin' | 'population'>, H: number): LevelTotals {
	if (!opts.population) return projectedTotals(panel, opts.origin, H);
	const pf = opts.population;
	return { wijk: totalsFromForecast(panel.wijk, pf, opts.origin, H), gemeente: totalsFromForecast(panel.gemeente, pf, opts.origin, H) };
}

/**
 * Forecast rows for every region with an observed count of a category up to the origin, years
 * origin+1 … origin+horizon. Regions with fewer than 10 clients get reliability 'none' and no
 * numbers; 10–99 'unreliable'; the interval is the fitted table's for the size band and horizon.
 */
export function forecast(tables: SnapshotTables, fitted: FittedModel, opts: ForecastOptions): ForecastRow[] {
	const panel = buildPanel(tables);
	return forecastRows(panel, fitted, populationTotals(panel, opts, opts.horizon ?? 5), opts);
}

/** forecast() over given population totals (the pipeline's projection stage). */
export function forecastRows(panel: Panel, fitted: FittedModel, pops: LevelTotals, opts: ForecastOptions): ForecastRow[] {
	const H = opts.horizon ?? 5;
	const arrays = forecastFromModels(panel, fitted.models, fitted.config, opts.origin, pops, H);
	// One lookup per level, count band and horizon instead of a search per row.
	const bandCache = new Map<string, ReturnType<typeof intervalFor>>();
	const bandOf = (level: Level, count: number, h: number) => {
		const key = `${level}|${sizeBandOf(count)}|${h}`;
		if (!bandCache.has(key)) bandCache.set(key, intervalFor(fitted.intervals, level, count, h));
		return bandCache.get(key);
	};
	const rows: ForecastRow[] = [];
	for (const [key, { base, fc, fromWijken }] of arrays) {
		const [level, cat] = key.split('|') as [Level, Category];
		const lp = panel[level];
		const o = Math.min(opts.origin - lp.firstYear, lp.nYears - 1);
		const effect = (opts.policyEffect?.[cat] ?? 0) / 100;
		const pop = pops[level];
		const c = lp.clients[cat];
		const maxShare = maxObservedShare(lp, cat, opts.origin);
		for (let i = 0; i < lp.codes.length; i++) {
			let lastSeen = -1;
			let observed = 0;
			for (let y = 0; y <= o; y++) {
				if (!(c[i * lp.nYears + y] >= 0)) continue;
				lastSeen = y;
				// An estimated gap (gapFill.ts) is a base, not a CBS observation: it adds no history.
				if (y > o - 4 && !lp.estimated[cat][i * lp.nYears + y]) observed++;
			}
			const summed = fromWijken?.[i] === 1;
			// A region never counted still gets its rows (no numbers, the reason, its inhabitants), so a
			// national figure can estimate it instead of leaving it out.
			if (lastSeen < 0 && !summed && !(pop[i * H] > 0)) continue;
			const baseCount = base.count[i];
			const rel = reliabilityOf(baseCount, summed ? 0 : observed);
			const reason: ForecastReason | null = summed
				? 'from_wijken'
				: !(baseCount >= 0)
					? 'no_recent_count'
					: baseCount < MIN_CLIENTS
						? 'below_minimum'
						: baseCount < RELIABLE_CLIENTS
							? 'few_clients'
							: observed < MIN_HISTORY_YEARS
								? 'short_history'
								: null;
			const baseYear = baseCount >= 0 && !summed ? base.year[i] : lastSeen >= 0 ? lp.firstYear + lastSeen : null;
			for (let h = 1; h <= H; h++) {
				const k = i * H + h - 1;
				const raw = fc.model[k];
				const ok = rel !== 'none' && raw >= 0;
				const f = ok ? raw * (1 + effect) ** h : null;
				const band = ok ? bandOf(level, baseCount, h) : undefined;
				rows.push({
					level,
					code: lp.codes[i],
					category: cat,
					year: opts.origin + h,
					forecast: f,
					lower: f !== null && band ? f * Math.exp(band.q10) : f,
					upper: f !== null && band ? capUpper(f * Math.exp(band.q90), f, pop[k], maxShare) : f,
					reliability: ok ? rel : 'none',
					share: ok && fc.share[k] >= 0 ? fc.share[k] * (1 + effect) ** h : null,
					population: pop[k] > 0 ? pop[k] : null,
					gemeente_code: lp.gemeente[i],
					reason,
					baseYear
				});
			}
		}
	}
	sameIntervalForSoleWijk(rows);
	return rows;
}

/**
 * A wijk that is its whole gemeente (the only wijk with a forecast, the same forecast) gets the
 * gemeente's interval: the same area cannot be more uncertain under another name.
 */
function sameIntervalForSoleWijk(rows: ForecastRow[]): void {
	const byKey = new Map<string, ForecastRow[]>();
	for (const r of rows) {
		if (r.forecast === null) continue;
		const key = `${r.gemeente_code}|${r.category}|${r.year}`;
		const list = byKey.get(key);
		if (list) list.push(r);
		else byKey.set(key, [r]);
	}
	for (const list of byKey.values()) {
		const g = list.find((r) => r.level === 'gemeente');
		const w = list.filter((r) => r.level === 'wijk');
		if (!g || w.length !== 1 || g.lower === null || g.upper === null) continue;
		const only = w[0];
		if (Math.abs(only.forecast! - g.forecast!) > 0.005 * g.forecast!) continue;
		only.lower = (g.lower * only.forecast!) / g.forecast!;
		only.upper = (g.upper * only.forecast!) / g.forecast!;
	}
}
