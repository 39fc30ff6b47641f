// Scenario maths: levers that act on the projection stage, after the fit (nothing here re-fits).
// - Extra growth of the 65+ band and of the whole population, in percentage points per year on top
//   of the projection: after h years the 65+ band is × (1 + g65)^h and every band × (1 + gTot)^h.
//   Demand follows the age-specific rates (ageRates.ts): only the 65+ part of the demand grows by
//   the 65+ lever, so the effect is the 65+ share of demand × the extra 65+ growth.
// - A policy effect in % per category from a chosen year: a level change from that year on
//   (× (1 + p/100) for every year ≥ the start year), not compounding.
import type { Category } from '../snapshot/schema';

export interface ScenarioLevers {
	/** Extra yearly growth of the 65+ band, percentage points (1 = +1 pp a year). */
	growth65: number;
	/** Extra yearly growth of the whole population, percentage points. */
	growthTotal: number;
	/** Level change in % per category (−100 … ), from `policyFrom` on. */
	policy: Partial<Record<Category, number>>;
	/** First year the policy effect applies; null = the first forecast year. */
	policyFrom: number | null;
}

export const NO_LEVERS: ScenarioLevers = { growth65: 0, growthTotal: 0, policy: {}, policyFrom: null };

/** True when the levers change nothing. */
export function isNeutral(l: ScenarioLevers): boolean {
	return l.growth65 === 0 && l.growthTotal === 0 && Object.values(l.policy).every((v) => !v);
}

/**
 * Factor on a group's size after h years when a part `share65` of it is 65+:
 * (1 + gTot)^h × (1 + share65 × ((1 + g65)^h − 1)). A share that is unknown counts as 0.
 */
export function groupFactor(h: number, share65: number | null | undefined, growth65: number, growthTotal: number): number {
	const s = share65 !== null && share65 !== undefined && share65 >= 0 ? Math.min(1, share65) : 0;
	const total = (1 + growthTotal / 100) ** h;
	return total * (1 + s * ((1 + growth65 / 100) ** h - 1));
}

/** The policy level change of a category in a year: 1 + p/100 from the start year on, else 1. */
export function policyFactor(levers: ScenarioLevers, category: Category, year: number, firstForecastYear: number): number {
	const p = levers.policy[category] ?? 0;
	if (!p) return 1;
	return year >= (levers.policyFrom ?? firstForecastYear) ? Math.max(0, 1 + p / 100) : 1;
}

export interface ScenarioPointInput {
	year: number;
	/** Years ahead of the series' own origin (1 for the first forecast year). */
	h: number;
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	population: number | null;
	/** Share of the age-explained demand from 65+ (ageRates.ts); null when unknown. */
	demand65: number | null;
	/** Share of inhabitants aged 65+ in the projection; null when unknown. */
	pop65: number | null;
}

export interface ScenarioPoint {
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	population: number | null;
	share: number | null;
}

/**
 * One forecast year under the levers: clients (and the interval, which scales with its forecast)
 * × the demand factor × the policy factor; inhabitants × the population factor.
 */
export function scenarioPoint(p: ScenarioPointInput, levers: ScenarioLevers, category: Category, firstForecastYear: number): ScenarioPoint {
	const demand = groupFactor(p.h, p.demand65 ?? p.pop65, levers.growth65, levers.growthTotal) * policyFactor(levers, category, p.year, firstForecastYear);
	const popF = groupFactor(p.h, p.pop65, levers.growth65, levers.growthTotal);
	const scale = (v: number | null) => (v === null ? null : v * demand);
	const forecast = scale(p.forecast);
	const population = p.population === null ? null : p.population * popF;
	return {
		forecast,
		lower: scale(p.lower),
		upper: scale(p.upper),
		population,
		share: forecast !== null && population ? forecast / population : null
	};
}
