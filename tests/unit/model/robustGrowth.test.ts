import { describe, expect, it } from 'vitest';
import { fitModel, forecast } from '../../../src/lib/model';
import { candidateGrid, sameCandidate } from '../../../src/lib/model/candidates';
import { finalRuns } from '../../../src/lib/model/forecast';
import { resolveConfig } from '../../../src/lib/model/fit';
import { intervalTable, type LogError } from '../../../src/lib/model/intervals';
import { buildPanel } from '../../../src/lib/model/panel';
import { robustShareGrowth, weightedMedian } from '../../../src/lib/model/robustGrowth';
import { syntheticTables, upTo } from './synthetic';
import { whereWide } from '../../../src/lib/snapshot/wide';

describe('robust national drift', () => {
	it('takes the weighted median, not the mean: one huge jump does not move it', () => {
		expect(weightedMedian([0.01, 0.02, 0.03, 2.11], [1, 1, 1, 1])).toBe(0.02);
		expect(weightedMedian([0.01, 0.02, 0.03, 2.11], [1, 1, 1, 10])).toBe(2.11);
		expect(weightedMedian([-0.3, 0.01, 0.02], [1, 5, 1])).toBe(0.01);
		expect(Number.isNaN(weightedMedian([], []))).toBe(true);
	});

	it('is measured from data up to the origin only, and is absent before the second year', () => {
		const tables = syntheticTables({ gemeenten: 24, wijkenPerGemeente: 3 });
		const panel = buildPanel(tables);
		expect(robustShareGrowth(panel, 'totaal', 2015)).toBeNull();
		const g = robustShareGrowth(panel, 'totaal', 2017)!;
		expect(g.year).toBe(2017);
		expect(g.n).toBe(24);
		const cut = { ...tables, clients: tables.clients.filter((r) => r.year <= 2017), population: whereWide(tables.population, (i) => tables.population.year[i] <= 2017) };
		expect(robustShareGrowth(buildPanel(cut), 'totaal', 2017)).toEqual(g);
	});

	it('a model with robust candidates uses no data after the origin', () => {
		const tables = syntheticTables({ gemeenten: 24, wijkenPerGemeente: 3, noise: 0.002 });
		const cut = upTo(tables, 2017);
		const a = forecast(tables, fitModel(tables, { origin: 2017 }), { origin: 2017, horizon: 2 });
		const b = forecast(cut, fitModel(cut, { origin: 2017 }), { origin: 2017, horizon: 2 });
		const key = (r: { code: string; category: string; year: number }) => `${r.code}|${r.category}|${r.year}`;
		const mb = new Map(b.map((r) => [key(r), r]));
		expect(a.length).toBe(b.length);
		for (const r of a) {
			expect(r.forecast).toBeCloseTo(mb.get(key(r))!.forecast!, 6);
			expect(r.upper).toBeCloseTo(mb.get(key(r))!.upper!, 6);
		}
	});

	it('adds robust candidates after the old grid, whose indices stay', () => {
		const old = candidateGrid([0, 0.5, 1], [0, 0.5, 1], [0, 0.5]);
		const grid = candidateGrid([0, 0.5, 1], [0, 0.5, 1], [0, 0.5], ['median', 'weightedMedian']);
		expect(grid.slice(0, old.length)).toEqual(old);
		expect(grid.slice(old.length).map((c) => c.robust)).toEqual(['median', 'median', 'weightedMedian', 'weightedMedian']);
		expect(sameCandidate(grid[old.length], { ...grid[old.length] })).toBe(true);
		expect(sameCandidate(grid[old.length], { ...grid[old.length], robust: undefined })).toBe(false);
	});

	it('forecast() from a fitted model with a robust drift equals the engine forecast', () => {
		const tables = syntheticTables({ gemeenten: 24, wijkenPerGemeente: 3, drift: 0.004, slope65: 0 });
		const cfg = resolveConfig({ fixedCandidate: { source: 'last', damping: 1, gemeenteWeight: 0, drivers: false, smoothing: 0, robust: 'median' } });
		const fitted = fitModel(tables, { origin: 2018, config: cfg });
		const m = fitted.models.find((x) => x.level === 'wijk' && x.category === 'totaal')!;
		expect(m.candidate.robust).toBe('median');
		expect(m.fit.robustGrowth!.median).toBeGreaterThan(0);
		const rows = forecast(tables, fitted, { origin: 2018, horizon: 5 });
		const panel = buildPanel(tables);
		const fr = finalRuns(panel, 2018, cfg).get('wijk|totaal')!;
		const H = fr.fc.horizon;
		let checked = 0;
		for (const r of rows) {
			if (r.level !== 'wijk' || r.category !== 'totaal' || r.forecast === null) continue;
			const i = panel.wijk.index.get(r.code)!;
			expect(r.forecast).toBeCloseTo(fr.fc.model[i * H + r.year - 2019], 6);
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('interval growth with the horizon', () => {
	it('keeps a measured horizon at least √h times as wide as the first one', () => {
		const errors: LogError[] = [];
		for (let k = 0; k < 50; k++) {
			const e = (k - 24.5) / 100;
			errors.push({ level: 'wijk', baseCount: 200, horizon: 1, logRatio: e });
			errors.push({ level: 'wijk', baseCount: 200, horizon: 2, logRatio: e }); // as narrow as h = 1
		}
		const t = intervalTable(errors, 3);
		const h1 = t.find((r) => r.level === 'wijk' && r.band === '100-499' && r.horizon === 1)!;
		const h2 = t.find((r) => r.level === 'wijk' && r.band === '100-499' && r.horizon === 2)!;
		expect(h2.q90).toBeCloseTo(h1.q90 * Math.SQRT2, 10);
		expect(h2.q10).toBeCloseTo(h1.q10 * Math.SQRT2, 10);
	});
});
