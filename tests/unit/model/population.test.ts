import { describe, expect, it } from 'vitest';
import { ageCohorts, BIRTHS_PER_25_44, DEATHS_PER_65PLUS } from '../../../src/lib/model/project';
import { mergePopulationForecast } from '../../../src/lib/model/populationOverride';
import { projectPopulation } from '../../../src/lib/model';
import { syntheticTables } from './synthetic';

describe('cohort ageing', () => {
	it('moves 1/width of each band up one band per year', () => {
		// Bands 0-14, 15-24, 25-44, 45-64, 65+ with widths 15, 10, 20, 20.
		const a = ageCohorts([150, 100, 200, 200, 100]);
		expect(a[0]).toBeCloseTo(150 - 10 + BIRTHS_PER_25_44 * 200, 10);
		expect(a[1]).toBeCloseTo(100 - 10 + 10, 10);
		expect(a[2]).toBeCloseTo(200 - 10 + 10, 10);
		expect(a[3]).toBeCloseTo(200 - 10 + 10, 10);
		expect(a[4]).toBeCloseTo(100 * (1 - DEATHS_PER_65PLUS) + 10, 10);
	});

	it('conserves people apart from births and deaths', () => {
		const b = [300, 120, 400, 380, 250];
		const a = ageCohorts(b);
		const sum = (v: number[]) => v.reduce((x, y) => x + y, 0);
		expect(sum(a)).toBeCloseTo(sum(b) + BIRTHS_PER_25_44 * 400 - DEATHS_PER_65PLUS * 250, 10);
	});
});

describe('population projection', () => {
	const t = syntheticTables();
	const pf = projectPopulation(t, 2018, 5);

	it('projects every region with inhabitants for five years', () => {
		expect(pf.years).toEqual([2019, 2020, 2021, 2022, 2023]);
		expect(Object.keys(pf.regions).length).toBe(4 + 4 * 12);
		for (const r of Object.values(pf.regions)) {
			expect(r.total.length).toBe(5);
			for (const v of r.total) expect(v).toBeGreaterThan(0);
		}
	});

	it('keeps wijken consistent with their gemeente total', () => {
		// In the synthetic data the wijken cover the whole gemeente, so the sums match exactly.
		for (let h = 0; h < 5; h++) {
			let sum = 0;
			for (const [code, r] of Object.entries(pf.regions)) if (code.startsWith('WK0100')) sum += r.total[h];
			expect(sum).toBeCloseTo(pf.regions.GM0100.total[h], 6);
		}
	});

	it('lets a user forecast replace a gemeente and spreads it over its wijken', () => {
		const user = mergePopulationForecast(pf, [{ level: 'gemeente', code: 'GM0100', year: 2020, persons: 60_000 }]);
		expect(user.regions.GM0100.total[1]).toBe(60_000);
		let sum = 0;
		for (const [code, r] of Object.entries(user.regions)) if (code.startsWith('WK0100')) sum += r.total[1];
		expect(sum).toBeCloseTo(60_000, 6);
		expect(user.regions.GM0100.total[0]).toBe(pf.regions.GM0100.total[0]);
		expect(user.source).toBe('mixed');
	});
});
