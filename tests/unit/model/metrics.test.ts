import { describe, expect, it } from 'vitest';
import { mape, mdape, metrics, quantile, wape } from '../../../src/lib/model/metrics';

describe('accuracy metrics', () => {
	// Actuals 100, 200, 50; forecasts 110, 180, 50 → APE 10%, 10%, 0%.
	const a = [100, 200, 50];
	const f = [110, 180, 50];

	it('MAPE is the mean of |F−A|/A', () => {
		expect(mape(f, a)).toBeCloseTo((0.1 + 0.1 + 0) / 3, 12);
	});
	it('WAPE is Σ|F−A| / ΣA', () => {
		expect(wape(f, a)).toBeCloseTo(30 / 350, 12);
	});
	it('MdAPE is the median APE', () => {
		expect(mdape(f, a)).toBeCloseTo(0.1, 12);
		expect(mdape([110, 100], [100, 100])).toBeCloseTo(0.05, 12);
	});
	it('bundles the three', () => {
		expect(metrics(f, a)).toEqual({ mape: mape(f, a), wape: wape(f, a), mdape: mdape(f, a) });
	});
	it('quantile interpolates linearly', () => {
		expect(quantile([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
		expect(quantile([5, 1, 3], 0.5)).toBe(3);
	});
});
