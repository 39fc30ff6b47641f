// The scenario and cost stages of the pipeline on a synthetic snapshot: they act after the fit and
// never change the baseline rows.
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../src/lib/pipeline/run';
import { syntheticTables } from './synthetic';

describe('pipeline scenario and cost stages', () => {
	it('re-scales the baseline without a re-fit, as a level change, and prices the clients', async () => {
		const p = new Pipeline(syntheticTables());
		const base = await p.run();
		const sc = await p.run({ policyEffect: { totaal: -10 }, growthTotal: 1 }, { perClient: { totaal: 1000 }, priceIndex: 2 });
		expect(sc.fitted).toBe(base.fitted);
		const key = (r: { level: string; code: string; category: string; year: number }) => `${r.level}|${r.code}|${r.category}|${r.year}`;
		const byKey = new Map(base.rows.map((r) => [key(r), r]));
		let checked = 0;
		for (const r of sc.rows) {
			const b = byKey.get(key(r))!;
			if (r.category !== 'totaal' || b.forecast === null) continue;
			const h = r.year - base.origin;
			// Total growth +1 pp a year: × 1.01^h for every band; policy −10%: × 0.9, the same every year.
			expect(r.forecast!).toBeCloseTo(b.forecast * 1.01 ** h * 0.9, 6);
			expect(r.spending!).toBeCloseTo(r.forecast! * 1000 * 1.02 ** (h - 1), 4);
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
		// The baseline rows themselves are untouched.
		expect((await p.run()).rows.find((r) => r.forecast !== null)!.forecast).toBe(base.rows.find((r) => r.forecast !== null)!.forecast);
	});
});
