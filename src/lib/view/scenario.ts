// Adapter of the scenario and the costs to the series the page draws. The baseline series come from
// the worker once; a lever change re-scales them here (model/scenario.ts, model/costs.ts), so a
// redraw never waits for the worker and never re-fits.
import type { Category } from '../snapshot/schema';
import { isNeutral, scenarioPoint, type ScenarioLevers } from '../model/scenario';
import { spending, type CostSettings } from '../model/costs';
import type { RegionSeries } from './types';

export type { ScenarioLevers } from '../model/scenario';
export { isNeutral, NO_LEVERS } from '../model/scenario';
export { spending } from '../model/costs';
export type { CostSettings } from '../model/costs';

/** The series under the levers; the same object when they change nothing. */
export function scenarioSeries(s: RegionSeries, levers: ScenarioLevers, category: Category): RegionSeries {
	if (isNeutral(levers) || !s.forecast.length) return s;
	const first = s.forecast[0].year;
	return {
		...s,
		forecast: s.forecast.map((f) => {
			const p = scenarioPoint(
				{ year: f.year, h: f.year - first + 1, forecast: f.forecast, lower: f.lower, upper: f.upper, population: f.population ?? null, demand65: f.demand65 ?? null, pop65: f.pop65 ?? null },
				levers,
				category,
				first
			);
			return { ...f, ...p, share: f.share === null || f.share === undefined ? f.share : p.share };
		})
	};
}

export function scenarioList(list: RegionSeries[], levers: ScenarioLevers, category: Category): RegionSeries[] {
	return isNeutral(levers) ? list : list.map((s) => scenarioSeries(s, levers, category));
}

/** Per forecast year: clients and euros of the baseline and the scenario, and their difference. */
export interface ScenarioYear {
	year: number;
	baseline: number | null;
	scenario: number | null;
	baselineEuro: number | null;
	scenarioEuro: number | null;
}

export function scenarioYears(baseline: RegionSeries, scenario: RegionSeries, costs: CostSettings, category: Category): ScenarioYear[] {
	const first = baseline.forecast[0]?.year ?? 0;
	return baseline.forecast.map((b, j) => {
		const s = scenario.forecast[j];
		return {
			year: b.year,
			baseline: b.forecast,
			scenario: s?.forecast ?? null,
			baselineEuro: spending(b.forecast, costs, category, b.year, first),
			scenarioEuro: spending(s?.forecast ?? null, costs, category, b.year, first)
		};
	});
}

/** The series in euros (history at the tariff of the first forecast year), for the chart's euro view. */
export function euroSeries(s: RegionSeries, costs: CostSettings, category: Category): RegionSeries | null {
	if (costs.perClient[category] === undefined || !s.forecast.length) return null;
	const first = s.forecast[0].year;
	const eur = (v: number | null | undefined, year: number) => spending(v ?? null, costs, category, Math.max(year, first), first);
	return {
		...s,
		history: s.history.map((h) => ({ ...h, clients: eur(h.clients, h.year) })),
		forecast: s.forecast.map((f) => ({ ...f, forecast: eur(f.forecast, f.year), lower: eur(f.lower, f.year), upper: eur(f.upper, f.year) }))
	};
}
