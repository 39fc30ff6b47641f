// The forecast pipeline, as named stages over one input:
//
//   snapshot tables → local data → panel → fit → project (scenario) → forecast (share × population,
//   reconcile) → intervals → derived measures → views (src/lib/view)
//
// Stages are memoised on what they depend on, so a scenario or cost change re-runs only the stages
// after the fit. The same code runs in the worker and in Node (tests, CLIs).
import type { SnapshotTables } from '../snapshot/schema';
import { fitPanel } from '../model/fit';
import { forecastRows, populationTotals, type LevelTotals } from '../model/forecast';
import { broadOrigin, buildPanel, latestGemeenteYears, type Panel } from '../model/panel';
import type { FittedModel, ForecastRow } from '../model/types';
import type { Costs, LocalOverrides, Scenario } from './input';
import { CATEGORIES, type Category, type ClientRow } from '../snapshot/schema';
import { projectPanel, toPopulationForecast } from '../model/project';
import { mergePopulationForecast } from '../model/populationOverride';
import { ageMix, ageRatesAt, ageRatesSource, type AgeMix } from '../model/ageProjection';
import { NO_LEVERS, isNeutral, scenarioPoint, type ScenarioLevers } from '../model/scenario';
import { spending } from '../model/costs';

export const HORIZON = 5;

/** A place to keep fits between visits (the worker's IndexedDB); optional. */
export interface FitCache {
	read(origin: number): Promise<FittedModel | null>;
	write(origin: number, fitted: FittedModel): Promise<void>;
}

export interface PipelineResult {
	origin: number;
	fitted: FittedModel;
	rows: ForecastRow[];
	/** Per gemeente code, the origin its forecast starts from (later for gemeenten with newer figures). */
	origins: Map<string, number>;
	/** The age-specific use rates at the origin per level × category (clients per inhabitant of a band). */
	ageRates: Array<{ level: 'wijk' | 'gemeente'; category: Category; rates: number[]; n: number }>;
	fitCached: boolean;
	/** The label of the local data used, if any. */
	localData?: string;
	timings: { fitMs: number; forecastMs: number };
}

/**
 * Stage 2: local data. Own counts replace the snapshot's where both exist (same region, category
 * and period) and extend them past its last year; categories the model does not know are kept out.
 */
export function applyLocalData(tables: SnapshotTables, local?: LocalOverrides): SnapshotTables {
	if (!local?.clients.length) return tables;
	const key = (r: { level: string; code: string; category: string; year: number; half: number }) => `${r.level}|${r.code}|${r.category}|${r.year}|${r.half}`;
	const own: ClientRow[] = local.clients
		.filter((r) => (CATEGORIES as readonly string[]).includes(r.category) && r.clients >= 0)
		.map((r) => ({
			level: r.level,
			code: r.code,
			category: r.category as Category,
			period: r.half ? `${r.year}H${r.half}` : String(r.year),
			year: r.year,
			half: r.half,
			clients: r.clients,
			status: 'observed',
			converted: false,
			derived: false
		}));
	const replaced = new Set(own.map(key));
	return { ...tables, clients: [...tables.clients.filter((r) => !replaced.has(key(r))), ...own] };
}

/**
 * Stage 4: the inhabitants the forecast multiplies by: the projection, with the user's own
 * population forecast in its place where given (wijken scaled pro rata to a gemeente total).
 * A scenario will act here too.
 */
export function projectStage(panel: Panel, origin: number, horizon: number, local?: LocalOverrides): LevelTotals {
	if (!local?.population.length) return populationTotals(panel, { origin }, horizon);
	const projected = toPopulationForecast(panel, projectPanel(panel, origin, horizon));
	return populationTotals(panel, { origin, population: mergePopulationForecast(projected, local.population) }, horizon);
}

/** The levers of a pipeline scenario (absent fields: no change). */
export function leversOf(scenario?: Scenario): ScenarioLevers {
	if (!scenario) return NO_LEVERS;
	return { growth65: scenario.growth65 ?? 0, growthTotal: scenario.growthTotal ?? 0, policy: scenario.policyEffect ?? {}, policyFrom: scenario.policyFrom ?? null };
}

/**
 * Stage 4b: the age mix of each forecast row (65+ share of its age-explained demand and of its
 * inhabitants), from the projection's bands and the age-specific rates at the origin.
 */
export function ageMixStage(panel: Panel, rows: ForecastRow[], origin: number, horizon: number): void {
	const proj = projectPanel(panel, origin, horizon);
	const mixes = new Map<string, AgeMix>();
	for (const r of rows) {
		if (r.year <= origin || r.year > origin + horizon) continue;
		const key = `${r.level}|${r.category}`;
		let mix = mixes.get(key);
		if (!mix) mixes.set(key, (mix = ageMix(panel, r.level, r.category, proj)));
		const i = panel[r.level].index.get(r.code);
		if (i === undefined) continue;
		const k = i * horizon + r.year - origin - 1;
		r.demand65 = Number.isNaN(mix.demand65[k]) ? null : mix.demand65[k];
		r.pop65 = Number.isNaN(mix.pop65[k]) ? null : mix.pop65[k];
	}
}

/** Stage 5b: the scenario on the baseline rows (new rows; the fit and the baseline stay). */
export function scenarioStage(rows: ForecastRow[], scenario: Scenario | undefined, origins: Map<string, number>): ForecastRow[] {
	const levers = leversOf(scenario);
	if (isNeutral(levers)) return rows;
	return rows.map((r) => {
		const origin = origins.get(r.gemeente_code) ?? r.year - 1;
		const p = scenarioPoint({ ...r, h: r.year - origin, demand65: r.demand65 ?? null, pop65: r.pop65 ?? null }, levers, r.category, origin + 1);
		return { ...r, ...p, share: r.share === null ? null : p.share };
	});
}

/** Stage 7: derived measures: spending = clients × cost per client (price index from the first forecast year). */
export function deriveStage(rows: ForecastRow[], costs: Costs | undefined, origins: Map<string, number>): ForecastRow[] {
	if (!costs?.perClient || !Object.keys(costs.perClient).length) return rows;
	const settings = { perClient: costs.perClient, priceIndex: costs.priceIndex ?? 0 };
	return rows.map((r) => ({ ...r, spending: spending(r.forecast, settings, r.category, r.year, (origins.get(r.gemeente_code) ?? r.year - 1) + 1) }));
}

export class Pipeline {
	readonly tables: SnapshotTables;
	readonly panel: Panel;
	readonly origin: number;
	private fitted: Promise<{ fitted: FittedModel; cached: boolean; ms: number }> | null = null;
	private baseline: { rows: ForecastRow[]; origins: Map<string, number> } | null = null;

	constructor(
		snapshot: SnapshotTables,
		private readonly cache?: FitCache,
		readonly local?: LocalOverrides
	) {
		this.tables = applyLocalData(snapshot, local);
		this.panel = buildPanel(this.tables);
		this.origin = broadOrigin(this.panel);
	}

	/** Stage 3: the fit, once per pipeline (from the cache when it holds this code and data). */
	fit(): Promise<{ fitted: FittedModel; cached: boolean; ms: number }> {
		this.fitted ??= (async () => {
			const t0 = performance.now();
			const hit = (await this.cache?.read(this.origin).catch(() => null)) ?? null;
			const fitted = hit ?? fitPanel(this.panel, { origin: this.origin });
			if (!hit) void this.cache?.write(this.origin, fitted).catch(() => {});
			return { fitted, cached: !!hit, ms: performance.now() - t0 };
		})();
		return this.fitted;
	}

	/** Stages 4–5 without a scenario: memoised, so a scenario or cost change only re-scales. */
	private baselineRows(fitted: FittedModel): { rows: ForecastRow[]; origins: Map<string, number> } {
		const at = (origin: number) => {
			const rows = forecastRows(this.panel, fitted, projectStage(this.panel, origin, HORIZON, this.local), { origin, horizon: HORIZON });
			ageMixStage(this.panel, rows, origin, HORIZON);
			return rows;
		};
		let rows = at(this.origin);
		// Gemeenten with newer figures than the rest are forecast from their own latest year, with
		// the models chosen at the national origin (no year after it could validate another choice).
		const late = latestGemeenteYears(this.panel, this.origin);
		for (const year of new Set(late.values())) {
			const codes = new Set([...late].filter(([, y]) => y === year).map(([g]) => g));
			rows = rows.filter((r) => !codes.has(r.gemeente_code)).concat(at(year).filter((r) => codes.has(r.gemeente_code)));
		}
		const origins = new Map<string, number>(this.panel.gemeente.codes.map((g) => [g, late.get(g) ?? this.origin]));
		return { rows, origins };
	}

	/** Stages 4–7 for a scenario and costs: never re-fits. */
	async run(scenario?: Scenario, costs?: Costs): Promise<PipelineResult> {
		const { fitted, cached, ms } = await this.fit();
		const t0 = performance.now();
		this.baseline ??= this.baselineRows(fitted);
		const { origins } = this.baseline;
		const rows = deriveStage(scenarioStage(this.baseline.rows, scenario, origins), costs, origins);
		const ageRates = this.panel.gemeente.categories.flatMap((category) => {
			const r = ageRatesAt(this.panel, 'gemeente', category, this.origin);
			return r ? [{ level: ageRatesSource(this.panel, category, this.origin), category, rates: r.rates, n: r.n }] : [];
		});
		return { origin: this.origin, fitted, rows, origins, ageRates, fitCached: cached, localData: this.local?.clients.length || this.local?.population.length ? this.local.label : undefined, timings: { fitMs: ms, forecastMs: performance.now() - t0 } };
	}
}
