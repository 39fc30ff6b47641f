// What is scored must be what is shown: every candidate of the grid, the forecast combination with
// the naive count included, gives the same numbers through the backtest engine (finalRuns) and
// through fitModel + forecast(), the path of the CLI and the worker.
import { describe, expect, it } from 'vitest';
import { fitModel, forecast } from '../../../src/lib/model';
import { gridOf } from '../../../src/lib/model/candidates';
import { resolveConfig } from '../../../src/lib/model/fit';
import { finalRuns } from '../../../src/lib/model/forecast';
import { buildPanel } from '../../../src/lib/model/panel';
import { syntheticTables } from './synthetic';

describe('one forecast path', () => {
	const tables = syntheticTables({ gemeenten: 24, wijkenPerGemeente: 3, drift: 0.003 });
	const base = resolveConfig({ naiveWeights: [0.25, 0.5, 0.75] });
	const grid = gridOf(base);

	it('covers the naive-weight candidates', () => {
		expect(grid.filter((c) => c.naiveWeight).length).toBe(3);
	});

	it.each(grid.map((c, i) => [i, c] as const))('candidate %i gives equal numbers in the engine and in forecast()', (_i, candidate) => {
		const cfg = resolveConfig({ ...base, fixedCandidate: { ...candidate } });
		const origin = 2018;
		const rows = forecast(tables, fitModel(tables, { origin, config: cfg }), { origin, horizon: 5 });
		const panel = buildPanel(tables);
		const runs = finalRuns(panel, origin, cfg);
		let compared = 0;
		for (const r of rows) {
			if (r.forecast === null) continue;
			const fr = runs.get(`${r.level}|${r.category}`)!;
			const H = fr.fc.horizon;
			const i = panel[r.level].index.get(r.code)!;
			expect(r.forecast).toBe(fr.fc.model[i * H + r.year - origin - 1]);
			compared++;
		}
		expect(compared).toBeGreaterThan(100);
	});
});
