// forecast: counts, shares, 80% intervals and reliability per region × category × year, from a
// fitted model. Population comes from the projection unless the caller passes its own.

import type { Category, Level } from '../snapshot/schema';
import { EC_POS, FEATURE_IDS, type CategoryFitCore } from './categoryFit';
import {
	forecastCategory,
	indicatorStep,
	unitBase,
	type CategoryForecastArrays,
	type UnitBase
} from './categoryForecast';
import { reconcileAll } from './engine';
import { intervalFor } from './intervals';
import { buildPanel, type Panel } from './panel';
import { projectPanel, totalsFromForecast } from './population';
import { reliabilityOf } from './reliability';
import type { CategoryModel, FittedModel, ForecastOptions, ForecastRow, SnapshotTables } from './types';

function coreFromModel(m: CategoryModel, origin: number): CategoryFitCore {
	return {
		level: m.level,
		category: m.category,
		origin,
		selected: m.drivers.map((d) => FEATURE_IDS.indexOf(d.indicator)),
		coef: m.drivers.map((d) => d.coefficient),
		sdChange: m.drivers.map(() => 1),
		driftPooled: m.drift,
		driftByYear: {},
		driftLast: m.drift,
		gemeenteEffect: m.gemeenteEffect,
		diffYears: m.diffYears,
		nObs: m.nObs,
		selection: m.selection,
		robustGrowth: m.robustDrift
			? { year: m.robustDrift.year, median: m.robustDrift.logGrowth, weightedMedian: m.robustDrift.logGrowth, n: m.robustDrift.nGemeenten }
			: null
	};
}

function populationTotals(panel: Panel, level: Level, opts: ForecastOptions, H: number): Float64Array {
	if (opts.population) return totalsFromForecast(panel[level], opts.population, opts.origin, H);
	return projectPanel(panel, opts.origin, H)[level].total;
}

/** Dense forecasts per level × category (internal; the CLIs and the bench use it too). */
export function forecastArrays(
	panel: Panel,
	fitted: FittedModel,
	opts: ForecastOptions
): Map<string, { model: CategoryModel; run: { base: UnitBase }; fc: CategoryForecastArrays }> {
	const H = opts.horizon ?? 5;
	const out = new Map<string, { model: CategoryModel; run: { base: UnitBase }; fc: CategoryForecastArrays }>();
	const pops = { wijk: populationTotals(panel, 'wijk', opts, H), gemeente: populationTotals(panel, 'gemeente', opts, H) };
	for (const m of fitted.models) {
		const lp = panel[m.level];
		const core = coreFromModel(m, opts.origin);
		const base = unitBase(lp, m.category, opts.origin, core.selected.some((j) => j >= EC_POS));
		const fc = forecastCategory(
			lp,
			core,
			{
				source: 'pooled',
				damping: m.driftDamping,
				gemeenteWeight: m.gemeenteWeight,
				drivers: m.useDrivers,
				smoothing: m.smoothing,
				...(m.robustDrift ? { robust: m.robustDrift.kind } : {})
			},
			base,
			indicatorStep(lp, core, opts.origin),
			pops[m.level],
			H,
			fitted.config.indicatorDamping
		);
		out.set(`${m.level}|${m.category}`, { model: m, run: { base }, fc });
	}
	if (fitted.config.reconcile) reconcileAll(panel, out);
	return out;
}

/**
 * Forecast rows for every region with an observed count of a category up to the origin, years
 * origin+1 … origin+horizon. Regions with fewer than 10 clients get reliability 'none' and no
 * numbers; 10–99 'unreliable'; the interval is the fitted table's for the size band and horizon.
 */
export function forecast(tables: SnapshotTables, fitted: FittedModel, opts: ForecastOptions): ForecastRow[] {
	const panel = buildPanel(tables);
	const H = opts.horizon ?? 5;
	const rows: ForecastRow[] = [];
	const arrays = forecastArrays(panel, fitted, opts);
	const pops = { wijk: populationTotals(panel, 'wijk', opts, H), gemeente: populationTotals(panel, 'gemeente', opts, H) };
	// One lookup per level, count band and horizon instead of a search per row.
	const bandCache = new Map<string, ReturnType<typeof intervalFor>>();
	const bandOf = (level: Level, count: number, h: number) => {
		const key = `${level}|${count >= 500 ? 2 : count >= 100 ? 1 : 0}|${h}`;
		if (!bandCache.has(key)) bandCache.set(key, intervalFor(fitted.intervals, level, count, h));
		return bandCache.get(key);
	};
	for (const [key, { run, fc }] of arrays) {
		const [level, cat] = key.split('|') as [Level, Category];
		const lp = panel[level];
		const o = Math.min(opts.origin - lp.firstYear, lp.nYears - 1);
		const effect = (opts.policyEffect?.[cat] ?? 0) / 100;
		const pop = pops[level];
		const c = lp.clients[cat];
		for (let i = 0; i < lp.codes.length; i++) {
			let seen = false;
			for (let y = 0; y <= o && !seen; y++) seen = c[i * lp.nYears + y] >= 0;
			if (!seen) continue;
			const baseCount = run.base.count[i];
			const reliability = reliabilityOf(baseCount);
			for (let h = 1; h <= H; h++) {
				const k = i * H + h - 1;
				const raw = fc.model[k];
				const ok = reliability !== 'none' && raw >= 0;
				const f = ok ? raw * (1 + effect) ** h : null;
				const band = ok ? bandOf(level, baseCount, h) : undefined;
				rows.push({
					level,
					code: lp.codes[i],
					category: cat,
					year: opts.origin + h,
					forecast: f,
					lower: f !== null && band ? f * Math.exp(band.q10) : f,
					upper: f !== null && band ? f * Math.exp(band.q90) : f,
					reliability: ok ? reliability : 'none',
					share: ok && fc.share[k] >= 0 ? fc.share[k] * (1 + effect) ** h : null,
					population: pop[k] > 0 ? pop[k] : null,
					gemeente_code: lp.gemeente[i]
				});
			}
		}
	}
	return rows;
}
