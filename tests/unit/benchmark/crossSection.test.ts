import { describe, expect, it } from 'vitest';
import { fitCrossSection, standardise, type SignConstraint } from '../../../src/lib/model/crossSection';
import { olsWithIntercept } from '../../../src/lib/model/ols';

const f = (a: number[]) => Float64Array.from(a);

// An orthogonal design: a and b are centred and uncorrelated, so dropping one column leaves the
// other coefficients unchanged and the constrained solution is known exactly.
const a = f([1, 1, -1, -1, 1, 1, -1, -1]);
const b = f([1, -1, 1, -1, 1, -1, 1, -1]);
const y = Float64Array.from(a, (_, i) => 1 + 2 * a[i] - 1 * b[i]);

describe('fitCrossSection', () => {
	it('equals olsWithIntercept exactly when every coefficient is free', () => {
		const x1 = f([0.3, 1.2, -0.7, 2.5, 0.1, -1.4, 0.9, 0.4]);
		const x2 = f([1.1, -0.2, 0.5, 0.3, -0.9, 0.8, -0.1, 1.7]);
		const yy = f([2.1, 3.3, 0.2, 5.9, 0.7, -0.5, 2.8, 3.1]);
		const w = f([1, 2, 1, 1, 3, 1, 1, 2]);
		const ols = olsWithIntercept(yy, [x1, x2], w)!;
		const cs = fitCrossSection({ y: yy, cols: [x1, x2], w })!;
		expect(cs.intercept).toBe(ols.intercept);
		expect(cs.coef).toEqual(ols.coef);
		expect(cs.sse).toBe(ols.sse);
		expect(cs.atBound).toEqual([false, false]);
	});

	it('recovers a known solution with no binding constraint', () => {
		const fit = fitCrossSection({ y, cols: [a, b], signs: ['nonneg', 'nonpos'] })!;
		expect(fit.intercept).toBeCloseTo(1, 12);
		expect(fit.coef[0]).toBeCloseTo(2, 12);
		expect(fit.coef[1]).toBeCloseTo(-1, 12);
		expect(fit.r2).toBeCloseTo(1, 12);
		expect(fit.atBound).toEqual([false, false]);
	});

	it('holds a coefficient at 0 when its constraint binds (b ≥ 0 while the truth is −1)', () => {
		const fit = fitCrossSection({ y, cols: [a, b], signs: ['nonneg', 'nonneg'] })!;
		expect(fit.intercept).toBeCloseTo(1, 12);
		expect(fit.coef[0]).toBeCloseTo(2, 12);
		expect(fit.coef[1]).toBe(0);
		expect(fit.atBound).toEqual([false, true]);
		// The residual is exactly the dropped −b: sse = Σ b² = 8; sst = Σ (2a − b)² = 8 · 5 = 40.
		expect(fit.sse).toBeCloseTo(8, 10);
		expect(fit.r2).toBeCloseTo(1 - 8 / 40, 12);
		// residual sd: √(sse/n · n/(n − k)) with k = 2 coefficients off their bound.
		expect(fit.residualSd).toBeCloseTo(Math.sqrt(8 / 6), 12);
	});

	it('holds a non-positive coefficient at 0 when the data want it positive', () => {
		const fit = fitCrossSection({ y, cols: [a, b], signs: ['nonpos', 'free'] })!;
		expect(fit.coef[0]).toBe(0);
		expect(fit.coef[1]).toBeCloseTo(-1, 12);
		expect(fit.atBound).toEqual([true, false]);
	});

	it('constrains the intercept too', () => {
		const yy = Float64Array.from(a, (_, i) => -3 + 0.5 * a[i]);
		const fit = fitCrossSection({ y: yy, cols: [a], interceptSign: 'nonneg' })!;
		expect(fit.intercept).toBe(0);
		expect(fit.interceptAtBound).toBe(true);
		expect(fit.coef[0]).toBeCloseTo(0.5, 12);
	});

	it('with correlated columns finds the optimum that a brute-force search over active sets finds', () => {
		let s = 7;
		const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32) - 0.5;
		for (let trial = 0; trial < 25; trial++) {
			const n = 30;
			const base = Float64Array.from({ length: n }, rnd);
			const cols = [0, 1, 2].map(() => Float64Array.from(base, (v) => v + 0.6 * rnd()));
			const yy = Float64Array.from(base, (v, i) => 0.3 + 1.5 * cols[0][i] - 2 * cols[1][i] + 0.4 * cols[2][i] + 0.3 * rnd());
			const signs: SignConstraint[] = ['nonneg', 'nonneg', 'nonpos'];
			const fit = fitCrossSection({ y: yy, cols, signs })!;
			// Brute force: every subset of columns held at 0, plain OLS on the rest, keep the
			// feasible fit with the smallest sse.
			let best = Infinity;
			for (let mask = 0; mask < 8; mask++) {
				const keep = [0, 1, 2].filter((j) => mask & (1 << j));
				const o = olsWithIntercept(yy, keep.map((j) => cols[j]), new Float64Array(n).fill(1));
				if (!o) continue;
				const ok = keep.every((j, r) => (signs[j] === 'nonneg' ? o.coef[r] >= 0 : o.coef[r] <= 0));
				if (ok) best = Math.min(best, o.sse);
			}
			expect(fit.sse).toBeCloseTo(best, 10);
			expect(fit.coef[0]).toBeGreaterThanOrEqual(0);
			expect(fit.coef[1]).toBeGreaterThanOrEqual(0);
			expect(fit.coef[2]).toBeLessThanOrEqual(0);
		}
	});

	it('returns null with fewer rows than coefficients', () => {
		expect(fitCrossSection({ y: f([1, 2]), cols: [f([1, 2]), f([3, 1])] })).toBeNull();
	});
});

describe('standardise', () => {
	it('uses the population sd over the listed rows and maps missing values to 0', () => {
		const st = standardise(f([1, 3, NaN, 100]), 4, [0, 1, 2])!;
		expect(st.mean).toBe(2);
		expect(st.sd).toBe(1);
		expect(Array.from(st.z)).toEqual([-1, 1, 0, 98]);
		expect(standardise(f([1, NaN, NaN]), 3, [0, 1, 2], 1, 0, 0.9)).toBeNull();
	});
});
