import { describe, expect, it } from 'vitest';
import { fitModel, forecast, runBacktest } from '../../../src/lib/model';
import { reliabilityOf, sizeBandOf } from '../../../src/lib/snapshot/reliability';
import { syntheticTables, upTo } from './synthetic';

describe('the first-differences model on a synthetic panel', () => {
	// Share change = 0.002 + 0.5 · Δaandeel_65plus, counts rounded to 5.
	const tables = syntheticTables();

	it('recovers the drift and the 65+ driver with its sign', () => {
		const fitted = fitModel(tables, { origin: 2018 });
		const wijk = fitted.models.find((m) => m.level === 'wijk' && m.category === 'totaal')!;
		expect(wijk.drivers[0].indicator).toBe('aandeel_65plus');
		expect(wijk.drivers[0].sign).toBe(1);
		expect(wijk.drivers[0].coefficient).toBeGreaterThan(0.35);
		expect(wijk.drivers[0].coefficient).toBeLessThan(0.65);
		expect(wijk.fit.selection).toBe('time');
		const weights = wijk.drivers.reduce((a, d) => a + d.weight, 0);
		expect(weights).toBeCloseTo(1, 10);
	});

	it('uses no data after the origin', () => {
		const cut = upTo(tables, 2016);
		const a = forecast(tables, fitModel(tables, { origin: 2016 }), { origin: 2016, horizon: 2 });
		const b = forecast(cut, fitModel(cut, { origin: 2016 }), { origin: 2016, horizon: 2 });
		const key = (r: { code: string; category: string; year: number }) => `${r.code}|${r.category}|${r.year}`;
		const mb = new Map(b.map((r) => [key(r), r.forecast]));
		expect(a.length).toBe(b.length);
		for (const r of a) expect(r.forecast).toBeCloseTo(mb.get(key(r))!, 6);
	});

	it('forecasts every region for five years, non-negative, with the interval around it', () => {
		const fitted = fitModel(tables, { origin: 2018 });
		const rows = forecast(tables, fitted, { origin: 2018 });
		expect(rows.length).toBe((4 + 48) * 5);
		for (const r of rows) {
			expect(r.forecast).not.toBeNull();
			expect(r.forecast!).toBeGreaterThanOrEqual(0);
			expect(r.lower!).toBeLessThanOrEqual(r.forecast!);
			expect(r.upper!).toBeGreaterThanOrEqual(r.forecast!);
		}
	});

	it('runs the rolling backtest with both baselines on the same set', () => {
		const bt = runBacktest(tables);
		expect(bt.origins).toEqual([2015, 2016, 2017]);
		const row = bt.rows.find((r) => r.level === 'wijk' && r.horizon === 1 && r.origin === 'all' && r.band === 'all')!;
		expect(row.n).toBe(48 * 3);
		for (const m of [row.model, row.naive, row.sharePop]) expect(Number.isFinite(m.wape)).toBe(true);
		// The synthetic share grows every year: the model must beat the naive count.
		const later = bt.rows.find((r) => r.level === 'wijk' && r.horizon === 1 && r.origin === 2017 && r.band === 'all')!;
		expect(later.model.wape).toBeLessThan(later.naive.wape);
	});
});

describe('reliability rules of the seeds', () => {
	it('maps counts to none / unreliable / ok and to size bands', () => {
		expect(reliabilityOf(5)).toBe('none');
		expect(reliabilityOf(null)).toBe('none');
		expect(reliabilityOf(10)).toBe('unreliable');
		expect(reliabilityOf(99)).toBe('unreliable');
		expect(reliabilityOf(100)).toBe('ok');
		expect(sizeBandOf(5)).toBeNull();
		expect(sizeBandOf(10)).toBe('10-99');
		expect(sizeBandOf(499)).toBe('100-499');
		expect(sizeBandOf(500)).toBe('500+');
	});
});
