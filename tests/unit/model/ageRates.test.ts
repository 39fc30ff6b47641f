import { describe, expect, it } from 'vitest';
import { ageDemand, calibrationFactor, demandShareOf, estimateAgeRates, projectedClients } from '../../../src/lib/model/ageRates';

describe('age-specific use rates', () => {
	it('recovers exact rates from a cross-section that they generate', () => {
		// Band A 10%, band B 30%: A-only region 10 clients, B-only 30, half-half 20.
		const r = estimateAgeRates([10, 30, 20], [
			[100, 0, 50],
			[0, 100, 50]
		]);
		expect(r).not.toBeNull();
		expect(r!.rates[0]).toBeCloseTo(0.1, 12);
		expect(r!.rates[1]).toBeCloseTo(0.3, 12);
		expect(r!.n).toBe(3);
	});

	it('holds a rate at zero when the unconstrained fit would make it negative', () => {
		// Unconstrained: r1 = 0.1, r2 = −0.02. With r2 = 0: min 100(0.1 − r1)² + 100(0.04 − r1/2)² → r1 = 0.24/2.5.
		const r = estimateAgeRates([10, 4], [
			[100, 50],
			[0, 50]
		]);
		expect(r!.rates[1]).toBe(0);
		expect(r!.rates[0]).toBeCloseTo(0.096, 12);
	});

	it('leaves out regions with a missing count or band, and needs as many regions as bands', () => {
		const r = estimateAgeRates([10, NaN, 30, 20], [
			[100, 100, 0, 50],
			[0, 100, NaN, 50]
		]);
		expect(r!.n).toBe(2);
		expect(estimateAgeRates([10], [[100], [0]])).toBeNull();
	});

	it('calibrates a region to its observed count and projects with its own age structure', () => {
		const rates = [0.1, 0.3];
		// Age-explained demand 10 + 30 = 40, observed 50: factor 1.25.
		const f = calibrationFactor(rates, 50, [100, 100]);
		expect(f).toBeCloseTo(1.25, 12);
		expect(projectedClients(rates, f, [100, 100])).toBeCloseTo(50, 12);
		// The older band doubles: 1.25 × (10 + 60) = 87.5.
		expect(projectedClients(rates, f, [100, 200])).toBeCloseTo(87.5, 12);
		expect(ageDemand(rates, [100, NaN])).toBeNaN();
		expect(calibrationFactor(rates, 5, [0, 0])).toBeNaN();
		// Share of demand from band B: 30 of 40.
		expect(demandShareOf(rates, [100, 100], 1)).toBeCloseTo(0.75, 12);
	});
});
