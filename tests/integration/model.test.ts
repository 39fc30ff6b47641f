// End to end on the real snapshot (public/data, built by `npm run data`): the rolling backtest
// and the forecast export must be complete, finite and non-negative.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitModel, forecast, lastDataYear, runBacktest } from '../../src/lib/model';
import type { BacktestTable, ForecastRow, SnapshotTables } from '../../src/lib/model';
import { buildPanel } from '../../src/lib/model/panel';
import { loadSnapshotFromDir } from '../../src/cli/loadSnapshot';

const DIR = 'public/data';

// A missing snapshot is a failure, not a skip: a green run must mean the model was tested.
if (!existsSync(join(DIR, 'clients.parquet'))) {
	throw new Error(`Geen snapshot in ${DIR}: bouw hem eerst met \`npm run data\`, anders test deze suite niets.`);
}

describe('model on the real snapshot', () => {
	let tables: SnapshotTables;
	let bt: BacktestTable;
	let rows: ForecastRow[];
	let origin: number;

	beforeAll(async () => {
		tables = await loadSnapshotFromDir(DIR);
		bt = runBacktest(tables);
		origin = lastDataYear(tables);
		rows = forecast(tables, fitModel(tables, { origin }), { origin, horizon: 5 });
	});

	it('backtests every origin before the last year', () => {
		const panel = buildPanel(tables);
		expect(bt.origins).toEqual(Array.from({ length: panel.lastYear - panel.firstYear }, (_, i) => panel.firstYear + i));
	});

	it('has finite metrics on a non-empty set in every row, for the model and both baselines', () => {
		expect(bt.rows.length).toBeGreaterThan(0);
		for (const r of bt.rows) {
			expect(r.n).toBeGreaterThan(0);
			for (const m of [r.model, r.naive, r.sharePop]) {
				expect(Number.isFinite(m.mape)).toBe(true);
				expect(Number.isFinite(m.wape)).toBe(true);
				expect(Number.isFinite(m.mdape)).toBe(true);
			}
		}
		const headline = bt.rows.find((r) => r.level === 'wijk' && r.category === 'totaal' && r.horizon === 1 && r.origin === 'all' && r.band === '100-499');
		expect(headline).toBeDefined();
	});

	it('reports converted and unchanged regions separately', () => {
		expect(bt.converted.some((r) => r.converted)).toBe(true);
		expect(bt.converted.some((r) => !r.converted)).toBe(true);
	});

	it('forecasts five years for every region and category with at least 10 clients at the origin', () => {
		const panel = buildPanel(tables);
		const key = (l: string, c: string, cat: string) => `${l}|${c}|${cat}`;
		const byKey = new Map<string, ForecastRow[]>();
		for (const r of rows) {
			const k = key(r.level, r.code, r.category);
			const list = byKey.get(k);
			if (list) list.push(r);
			else byKey.set(k, [r]);
		}
		let supported = 0;
		for (const level of ['wijk', 'gemeente'] as const) {
			const lp = panel[level];
			const y = origin - lp.firstYear;
			for (const cat of lp.categories) {
				for (let i = 0; i < lp.codes.length; i++) {
					if (!(lp.clients[cat][i * lp.nYears + y] >= 10)) continue;
					supported++;
					const list = byKey.get(key(level, lp.codes[i], cat));
					expect(list, `${level} ${lp.codes[i]} ${cat}`).toBeDefined();
					expect(list!.map((r) => r.year)).toEqual([1, 2, 3, 4, 5].map((h) => origin + h));
					for (const r of list!) {
						expect(r.reliability).not.toBe('none');
						expect(Number.isFinite(r.forecast)).toBe(true);
						expect(r.forecast!).toBeGreaterThanOrEqual(0);
						expect(r.lower!).toBeGreaterThanOrEqual(0);
						expect(r.lower!).toBeLessThanOrEqual(r.forecast!);
						expect(r.upper!).toBeGreaterThanOrEqual(r.forecast!);
					}
				}
			}
		}
		expect(supported).toBeGreaterThan(1000);
	});

	it('never gives a number where the rules say no forecast', () => {
		for (const r of rows) {
			if (r.reliability === 'none') expect(r.forecast).toBeNull();
			else expect(r.forecast).not.toBeNull();
		}
	});
});
