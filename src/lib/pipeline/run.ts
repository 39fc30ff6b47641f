// The forecast pipeline, as named stages over one input:
//
//   snapshot tables → local data → panel → fit → project (scenario) → forecast (share × population,
//   reconcile) → intervals → derived measures → views (src/lib/view)
//
// Stages are memoised on what they depend on, so a scenario or cost change re-runs only the stages
// after the fit. The same code runs in the worker and in Node (tests, CLIs).
import type { SnapshotTables } from '../snapshot/schema';
import { fitModel } from '../model/fit';
import { forecastRows, populationTotals, type LevelTotals } from '../model/forecast';
import { broadOrigin, buildPanel, latestGemeenteYears, type Panel } from '../model/panel';
import type { FittedModel, ForecastRow } from '../model/types';
import type { Costs, LocalOverrides, Scenario } from './input';
import { CATEGORIES, type Category, type ClientRow } from '../snapshot/schema';
import { projectPanel, toPopulationForecast } from '../model/project';
import { mergePopulationForecast } from '../model/populationOverride';

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

/** Stage 7: derived measures (costs). None yet: the rows pass unchanged. */
export function deriveStage(rows: ForecastRow[], _costs?: Costs): ForecastRow[] {
	return rows;
}

export class Pipeline {
	readonly tables: SnapshotTables;
	readonly panel: Panel;
	readonly origin: number;
	private fitted: Promise<{ fitted: FittedModel; cached: boolean; ms: number }> | null = null;

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
			const fitted = hit ?? fitModel(this.tables, { origin: this.origin });
			if (!hit) void this.cache?.write(this.origin, fitted).catch(() => {});
			return { fitted, cached: !!hit, ms: performance.now() - t0 };
		})();
		return this.fitted;
	}

	/** Stages 4–7 for a scenario and costs: never re-fits. */
	async run(scenario?: Scenario, costs?: Costs): Promise<PipelineResult> {
		const { fitted, cached, ms } = await this.fit();
		const t0 = performance.now();
		const at = (origin: number) =>
			forecastRows(this.panel, fitted, projectStage(this.panel, origin, HORIZON, this.local), { origin, horizon: HORIZON, policyEffect: scenario?.policyEffect });
		let rows = at(this.origin);
		// Gemeenten with newer figures than the rest are forecast from their own latest year, with
		// the models chosen at the national origin (no year after it could validate another choice).
		const late = latestGemeenteYears(this.panel, this.origin);
		for (const year of new Set(late.values())) {
			const codes = new Set([...late].filter(([, y]) => y === year).map(([g]) => g));
			rows = rows.filter((r) => !codes.has(r.gemeente_code)).concat(at(year).filter((r) => codes.has(r.gemeente_code)));
		}
		rows = deriveStage(rows, costs);
		return { origin: this.origin, fitted, rows, fitCached: cached, localData: this.local?.clients.length || this.local?.population.length ? this.local.label : undefined, timings: { fitMs: ms, forecastMs: performance.now() - t0 } };
	}
}
