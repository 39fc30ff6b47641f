import { describe, expect, it } from 'vitest';
import { douglasPeucker, simplifyMultiPolygon, simplifyRing, type Ring } from '../../../src/prep/geo/simplify';

describe('geometry simplification', () => {
	it('drops points within the tolerance and keeps corners', () => {
		// A square with a nearly collinear point on its bottom edge (0.00001° off the line).
		const ring: Ring = [[0, 0], [0.5, 0.00001], [1, 0], [1, 1], [0, 1], [0, 0]];
		expect(douglasPeucker(ring, 0.0001)).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
		// A bump larger than the tolerance stays.
		expect(douglasPeucker(ring, 0.000001)).toHaveLength(6);
	});

	it('rounds, removes duplicate points and keeps the ring closed', () => {
		const ring: Ring = [[5.123456, 52.000001], [5.123459, 52.000002], [5.2, 52], [5.2, 52.1], [5.123456, 52.000001]];
		const out = simplifyRing(ring, 0, 4);
		expect(out).toEqual([[5.1235, 52], [5.2, 52], [5.2, 52.1], [5.1235, 52]]);
	});

	it('never lets a small wijk disappear', () => {
		const tiny: Ring = [[0, 0], [0.00001, 0], [0.00001, 0.00001], [0, 0.00001], [0, 0]];
		const out = simplifyMultiPolygon([[tiny]], { tolerance: 0.001, decimals: 5, minRingArea: 1 });
		expect(out).toHaveLength(1);
		expect(out[0][0].length).toBeGreaterThanOrEqual(4);
	});

	it('drops islets below the minimum area when a larger part remains', () => {
		const big: Ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
		const islet: Ring = [[2, 2], [2.001, 2], [2.001, 2.001], [2, 2.001], [2, 2]];
		expect(simplifyMultiPolygon([[big], [islet]], { tolerance: 0, decimals: 5, minRingArea: 1e-4 })).toHaveLength(1);
	});
});
