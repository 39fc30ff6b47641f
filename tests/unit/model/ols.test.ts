import { describe, expect, it } from 'vitest';
import { olsWithIntercept } from '../../../src/lib/model/ols';

describe('OLS with an intercept', () => {
	it('recovers y = 1 + 2x exactly', () => {
		const x = Float64Array.from([0, 1, 2, 3]);
		const y = Float64Array.from([1, 3, 5, 7]);
		const fit = olsWithIntercept(y, [x], new Float64Array(4).fill(1))!;
		expect(fit.intercept).toBeCloseTo(1, 10);
		expect(fit.coef[0]).toBeCloseTo(2, 10);
		expect(fit.sse).toBeCloseTo(0, 10);
	});

	it('matches the hand-computed least-squares line', () => {
		// x = 1,2,3, y = 2,2,5: x̄ = 2, ȳ = 3, Sxy = (−1)(−1)+0+(1)(2) = 3, Sxx = 2 → b = 1.5, a = 0.
		const fit = olsWithIntercept(Float64Array.from([2, 2, 5]), [Float64Array.from([1, 2, 3])], Float64Array.from([1, 1, 1]))!;
		expect(fit.coef[0]).toBeCloseTo(1.5, 12);
		expect(fit.intercept).toBeCloseTo(0, 12);
		// Residuals 0.5, −1, 0.5 → SSE 1.5.
		expect(fit.sse).toBeCloseTo(1.5, 12);
	});

	it('intercept only is the weighted mean', () => {
		const fit = olsWithIntercept(Float64Array.from([1, 4]), [], Float64Array.from([3, 1]))!;
		expect(fit.intercept).toBeCloseTo(7 / 4, 12);
	});

	it('honours the row mask and returns null when singular', () => {
		const x = Float64Array.from([1, 1, 1]);
		const y = Float64Array.from([1, 2, 3]);
		expect(olsWithIntercept(y, [x], Float64Array.from([1, 1, 1]))).toBeNull();
		const fit = olsWithIntercept(Float64Array.from([1, 3, 100]), [Float64Array.from([0, 1, 2])], Float64Array.from([1, 1, 1]), Uint8Array.from([1, 1, 0]))!;
		expect(fit.coef[0]).toBeCloseTo(2, 12);
		expect(fit.n).toBe(2);
	});
});
