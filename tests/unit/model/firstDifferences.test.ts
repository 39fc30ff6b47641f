import { describe, expect, it } from 'vitest';
import { firstDifferences, shareChange, shareOf } from '../../../src/lib/model/firstDifferences';

describe('first differences', () => {
	it('takes year-on-year changes within each unit, never across units', () => {
		// Two units × three years.
		const v = Float64Array.from([1, 3, 6, 10, 10, 7]);
		const d = firstDifferences(v, 3);
		expect(Number.isNaN(d[0])).toBe(true);
		expect(d[1]).toBe(2);
		expect(d[2]).toBe(3);
		expect(Number.isNaN(d[3])).toBe(true); // first year of unit 2, not 10 − 6
		expect(d[4]).toBe(0);
		expect(d[5]).toBe(-3);
	});

	it('keeps missing values missing instead of treating them as zero', () => {
		const d = firstDifferences(Float64Array.from([5, NaN, 8]), 3);
		expect(Number.isNaN(d[1])).toBe(true);
		expect(Number.isNaN(d[2])).toBe(true);
	});

	it('computes the change in share of inhabitants', () => {
		// 50/1000 = 0.05 → 66/1100 = 0.06: change 0.01.
		const s = shareOf(Float64Array.from([50, 66]), Float64Array.from([1000, 1100]));
		expect(s[0]).toBeCloseTo(0.05, 12);
		const ds = shareChange(Float64Array.from([50, 66]), Float64Array.from([1000, 1100]), 2);
		expect(ds[1]).toBeCloseTo(0.01, 12);
		expect(Number.isNaN(shareOf(Float64Array.from([5]), Float64Array.from([0]))[0])).toBe(true);
	});
});
