// The forecast worker: a thin comlink wrapper over src/lib/model, the same code the command-line
// tools run, so the browser shows exactly the numbers of `npm run forecast`. It keeps the decoded
// tables and all forecasts in memory; the page asks for small, plain-data views.
import * as Comlink from 'comlink';
import { CATEGORIES, type Category } from '../src/lib/snapshot/schema';
import type { SnapshotBuffers } from '../src/lib/snapshot/read';
import {
	fitModel,
	forecast,
	lastDataYear,
	loadSnapshotTables,
	runBacktest,
	type BacktestRow,
	seriesOf,
	type FittedModel,
	type ForecastRow,
	type SnapshotTables
} from '../src/lib/model';
import type { ForecastApi, GemeenteView, InitResult, RegionSeries } from './forecast-api';
import { seriesFor, type ForecastIndex } from './series';
import { fitKey, readFit, writeFit } from './fit-cache';
import { TableIntake, type TableName } from './table-intake';

const HORIZON = 5;
const HISTORY_YEARS = 5;

let tables: SnapshotTables | null = null;
let fitted: FittedModel | null = null;
let index: ForecastIndex | null = null;
const intake = new TableIntake();
const names = new Map<string, string>();
const wijkenOf = new Map<string, string[]>();

function now() {
	return performance.now();
}

const api: ForecastApi = {
	addTable(name: TableName, buffer: ArrayBuffer) {
		intake.add(name, buffer);
	},

	async init(): Promise<InitResult> {
		const loaded = await intake.all();
		const buffers = loaded.buffers;
		tables = loaded.tables;
		const t1 = now();
		const t0 = intake.firstAt ?? t1;
		const origin = lastDataYear(tables);
		const key = await fitKey(buffers, origin).catch(() => null);
		const cached = key ? await readFit(key) : null;
		fitted = cached ?? fitModel(tables, { origin });
		if (key && !cached) void writeFit(key, fitted);
		const t2 = now();
		const rows: ForecastRow[] = forecast(tables, fitted, { origin, horizon: HORIZON });
		const t3 = now();

		for (const r of tables.regions) {
			names.set(r.code, r.name);
			if (r.level === 'wijk') {
				const list = wijkenOf.get(r.gemeente_code) ?? [];
				list.push(r.code);
				wijkenOf.set(r.gemeente_code, list);
			}
		}
		index = { byKey: new Map(), origin, historyYears: range(origin - HISTORY_YEARS + 1, origin), tables };
		for (const r of rows) {
			const key = `${r.code}|${r.category}`;
			const list = index.byKey.get(key) ?? [];
			list.push(r);
			index.byKey.set(key, list);
		}

		const gemeenten = tables.regions
			.filter((r) => r.level === 'gemeente')
			.map((r) => ({ code: r.code, name: r.name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
		const country = {} as Record<Category, RegionSeries[]>;
		for (const c of CATEGORIES) country[c] = gemeenten.map((g) => seriesFor(index!, g.code, g.name, c));

		const wijkCategories = CATEGORIES.filter((c) => tables!.clients.some((r) => r.level === 'wijk' && r.category === c));
		return {
			origin,
			historyYears: index.historyYears,
			forecastYears: range(origin + 1, origin + HORIZON),
			gemeenten,
			wijkCodes: Object.fromEntries(wijkenOf),
			country,
			wijkCategories,
			models: fitted.models,
			intervals: fitted.intervals,
			timings: { decodeMs: t1 - t0, fitMs: t2 - t1, forecastMs: t3 - t2, viewsMs: now() - t3, fitCached: !!cached }
		};
	},

	async gemeente(code: string): Promise<GemeenteView | null> {
		if (!index || !names.has(code)) return null;
		const name = names.get(code)!;
		const wijken = (wijkenOf.get(code) ?? []).slice().sort();
		const series = {} as GemeenteView['series'];
		for (const c of CATEGORIES) {
			const hasWijkData = wijken.some((w) => seriesOf(index!.tables, w, c).some((p) => p.clients !== null));
			series[c] = {
				gemeente: seriesFor(index, code, name, c),
				wijken: hasWijkData ? wijken.map((w) => seriesFor(index!, w, names.get(w) ?? w, c)) : []
			};
		}
		return { code, name, series };
	},

	async backtest(buffers: SnapshotBuffers): Promise<BacktestRow[]> {
		tables ??= await loadSnapshotTables(buffers);
		return runBacktest(tables).rows;
	}
};

function range(a: number, b: number): number[] {
	return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

Comlink.expose(api);
