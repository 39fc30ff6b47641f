import { describe, expect, it } from 'vitest';
import { expectedShares } from '../../../src/lib/model';
import { syntheticTables } from './synthetic';

describe('expected versus actual share', () => {
	it('predicts the synthetic share from the indicators and returns consistent deviations', () => {
		const rows = expectedShares(syntheticTables(), 'wijk', 'totaal', 2018);
		expect(rows.length).toBe(48);
		for (const r of rows) {
			expect(r.expectedShare).toBeGreaterThan(0);
			expect(r.actualShare / r.expectedShare - 1).toBeCloseTo(r.deviation, 10);
			// The synthetic share is a smooth function of aandeel_65plus: small residuals.
			expect(Math.abs(r.deviation)).toBeLessThan(0.25);
		}
	});
});
