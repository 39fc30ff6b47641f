import { describe, expect, it } from 'vitest';
import { scaledRegression } from '../../../src/lib/model/benchmark/distribution';

// Four gemeenten, one measure. Per inhabitant: x = [.1, .2, .1, .2], y = [.05, .07, .05, .09].
// By hand: slope = Sxy/Sxx = .003/.01 = .3, intercept = .065 − .3·.15 = .02; fitted .05/.08;
// scaled SSE = .0002, SST = .0011 → R² = 9/11. Counts T = [50, 140, 150, 360], model
// [50, 160, 150, 320]: SSE 2000, SST 51700 → R² = 497/517. Inhabitants alone (.065 × inw):
// [65, 130, 195, 260], SSE 12350 → R² = 3935/5170.
const inhabitants = [1000, 2000, 3000, 4000];
const target = [50, 140, 150, 360];
const measure = [100, 400, 300, 800];

describe('scaledRegression', () => {
	it('gives the hand-computed weights and R² scaled and unscaled', () => {
		const r = scaledRegression({ target, inhabitants, measures: [{ id: 'm', values: measure, sign: 'nonneg' }] })!;
		expect(r.inhabitantWeight).toBeCloseTo(0.02, 12);
		expect(r.weights[0]).toBeCloseTo(0.3, 12);
		expect(r.r2Scaled).toBeCloseTo(9 / 11, 12);
		expect(r.r2Unscaled).toBeCloseTo(497 / 517, 12);
		expect(r.r2Inhabitants).toBeCloseTo(3935 / 5170, 12);
		expect(r.r2Combined).toBeCloseTo(3935 / 5170 + (9 / 11) * (1 - 3935 / 5170), 12);
		expect(Array.from(r.predicted)).toEqual([50, 160, 150, 320].map((v) => expect.closeTo(v, 9)));
		expect(r.n).toBe(4);
	});

	it('holds a weight at 0 when its sign constraint binds', () => {
		const r = scaledRegression({ target, inhabitants, measures: [{ id: 'm', values: measure, sign: 'nonpos' }] })!;
		expect(r.weights[0]).toBe(0);
		expect(r.atBound[0]).toBe(true);
		expect(r.inhabitantWeight).toBeCloseTo(0.065, 12);
		expect(r.r2Scaled).toBeCloseTo(0, 12);
		expect(r.r2Unscaled).toBeCloseTo(r.r2Inhabitants, 12);
	});

	it('leaves out rows with a missing measure', () => {
		const r = scaledRegression({ target, inhabitants: [...inhabitants, 500], measures: [{ id: 'm', values: [...measure, NaN], sign: 'free' }] });
		expect(r?.n).toBe(4);
	});
});
