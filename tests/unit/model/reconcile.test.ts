import { describe, expect, it } from 'vitest';
import { reconcileToGemeente } from '../../../src/lib/model/reconcile';

describe('reconciliation to the gemeente forecast', () => {
	it('makes wijk forecasts sum to the gemeente forecast when the wijken cover the gemeente', () => {
		// Base 100 + 300 = 400 = gemeente base. Wijk forecasts sum to 440, gemeente says 420.
		const r = reconcileToGemeente([110, 330], [100, 300], 420, 400);
		expect(r[0] + r[1]).toBeCloseTo(420, 10);
		// Proportional: each scaled by 420/440.
		expect(r[0]).toBeCloseTo((110 * 420) / 440, 10);
	});

	it('gives partially covered wijken the gemeente growth, not its level', () => {
		// Wijken hold 300 of 400 clients; gemeente grows 5%: wijk sum must grow 5% → 315.
		const r = reconcileToGemeente([200, 130], [180, 120], 420, 400);
		expect(r[0] + r[1]).toBeCloseTo(315, 10);
	});

	it('leaves forecasts alone when the gemeente has no base', () => {
		expect(reconcileToGemeente([5, 6], [5, 6], 20, 0)).toEqual([5, 6]);
	});
});
