// Adapter from a pipeline run to the views the page asks for: the country view (every gemeente, per
// category) at start-up and one gemeente with its wijken on demand.
import { CATEGORIES, type Category, type SnapshotTables } from '../snapshot/schema';
import type { PipelineResult } from '../pipeline/run';
import { seriesFor, type ForecastIndex } from './series';
import { summariseModel } from './modelSummary';
import type { GemeenteView, InitResult, RegionSeries } from './types';
import type { LocalOverrides } from '../pipeline/input';
import { subcategoryViews } from './subcategories';
import { categoryList } from './categories';

export const HISTORY_YEARS = 5;

export interface ViewIndex extends ForecastIndex {
	names: Map<string, string>;
	wijkenOf: Map<string, string[]>;
	/** Per category, whether any wijk has an observed count. */
	wijkData: Map<string, boolean>;
	/** The user's own data in the run, for the subcategories it has beyond the five. */
	local?: LocalOverrides | null;
}

function firstClientYear(tables: SnapshotTables): number {
	let first = Infinity;
	for (const r of tables.clients) if (r.status === 'observed' && r.year < first) first = r.year;
	return first;
}

function range(a: number, b: number): number[] {
	return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export function indexResult(tables: SnapshotTables, result: PipelineResult, local?: LocalOverrides | null): ViewIndex {
	const index: ViewIndex = {
		local,
		byKey: new Map(),
		origin: result.origin,
		// Only years that can have data: the snapshot starts in its first client year.
		historyYears: range(Math.max(firstClientYear(tables), result.origin - HISTORY_YEARS + 1), result.origin),
		tables,
		names: new Map(),
		wijkenOf: new Map(),
		wijkData: new Map(),
		historyLength: HISTORY_YEARS
	};
	for (const r of tables.regions) {
		index.names.set(r.code, r.name);
		if (r.level === 'wijk') {
			const list = index.wijkenOf.get(r.gemeente_code) ?? [];
			list.push(r.code);
			index.wijkenOf.set(r.gemeente_code, list);
		}
	}
	for (const r of result.rows) {
		const key = `${r.code}|${r.category}`;
		const list = index.byKey.get(key) ?? [];
		list.push(r);
		index.byKey.set(key, list);
	}
	for (const r of tables.clients) if (r.level === 'wijk' && r.status === 'observed') index.wijkData.set(r.category, true);
	return index;
}

export function initView(index: ViewIndex, result: PipelineResult, timings: InitResult['timings']): InitResult {
	const gemeenten = index.tables.regions
		.filter((r) => r.level === 'gemeente')
		.map((r) => ({ code: r.code, name: r.name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
	const country = {} as Record<Category, RegionSeries[]>;
	for (const c of CATEGORIES) country[c] = gemeenten.map((g) => seriesFor(index, g.code, g.name, c));
	const wijkCategories = CATEGORIES.filter((c) => index.wijkData.get(c));
	return {
		origin: result.origin,
		historyYears: index.historyYears,
		forecastYears: range(result.origin + 1, result.origin + result.rows.reduce((h, r) => Math.max(h, r.year - result.origin), 0)),
		gemeenten,
		wijkCodes: Object.fromEntries(index.wijkenOf),
		country,
		wijkCategories,
		categories: categoryList(wijkCategories, index.local?.subcategories),
		categoryYears: categoryYears(index.tables),
		models: result.fitted.models.map(summariseModel),
		localData: result.localData ?? null,
		ageRates: result.ageRates,
		timings
	};
}

function categoryYears(tables: SnapshotTables): Record<Category, number[]> {
	const years = Object.fromEntries(CATEGORIES.map((c) => [c, new Set<number>()])) as Record<Category, Set<number>>;
	for (const r of tables.clients) if (r.level === 'gemeente' && r.status === 'observed' && r.half === 0) years[r.category].add(r.year);
	return Object.fromEntries(CATEGORIES.map((c) => [c, [...years[c]].sort()])) as Record<Category, number[]>;
}

export function gemeenteView(index: ViewIndex, code: string): GemeenteView | null {
	const name = index.names.get(code);
	if (!name) return null;
	const wijken = (index.wijkenOf.get(code) ?? []).slice().sort();
	const series = {} as GemeenteView['series'];
	for (const c of CATEGORIES) {
		const wijkSeries = wijken.map((w) => seriesFor(index, w, index.names.get(w) ?? w, c));
		const hasWijkData = wijkSeries.some((s) => s.history.some((p) => p.clients !== null));
		series[c] = { gemeente: seriesFor(index, code, name, c), wijken: hasWijkData ? wijkSeries : [] };
	}
	const gemeente = series.totaal.gemeente;
	const origin = gemeente.forecast.length ? gemeente.forecast[0].year - 1 : index.origin;
	const subcategories = subcategoryViews(index.local, code, (c) => series[c]?.gemeente);
	return {
		code,
		name,
		series,
		origin,
		historyYears: gemeente.history.map((h) => h.year),
		forecastYears: gemeente.forecast.map((f) => f.year),
		...(subcategories.length ? { subcategories } : {})
	};
}
