import { describe, expect, it } from 'vitest';
import { coverage, intervalFor, intervalTable, widthGrowth, type LogError } from '../../../src/lib/model/intervals';

function lcg(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
}

describe('80% intervals from backtest errors', () => {
	it('cover about 80% of new errors from the same synthetic series', () => {
		const rnd = lcg(7);
		const normal = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
		// Past: log errors with sd 0.05·√h; future: fresh draws of the same process.
		const past: LogError[] = [];
		for (let h = 1; h <= 2; h++)
			for (let i = 0; i < 2000; i++) past.push({ level: 'wijk', baseCount: 200, horizon: h, logRatio: 0.05 * Math.sqrt(h) * normal() });
		const table = intervalTable(past, 5);
		for (const h of [1, 2, 4]) {
			const band = intervalFor(table, 'wijk', 200, h)!;
			const f: number[] = [];
			const lo: number[] = [];
			const hi: number[] = [];
			const act: number[] = [];
			for (let i = 0; i < 4000; i++) {
				const forecast = 200;
				act.push(forecast * Math.exp(0.05 * Math.sqrt(h) * normal()));
				f.push(forecast);
				lo.push(forecast * Math.exp(band.q10));
				hi.push(forecast * Math.exp(band.q90));
			}
			const c = coverage(act, lo, hi);
			expect(c).toBeGreaterThan(0.76);
			expect(c).toBeLessThan(0.84);
		}
	});

	it('extrapolates beyond the measured horizons by √(h / h_max)', () => {
		const past: LogError[] = [];
		for (let i = 0; i < 100; i++) past.push({ level: 'wijk', baseCount: 150, horizon: 1, logRatio: (i - 49.5) / 100 });
		const t = intervalTable(past, 5);
		const h1 = intervalFor(t, 'wijk', 150, 1)!;
		const h4 = intervalFor(t, 'wijk', 150, 4)!;
		expect(h1.source).toBe('backtest');
		expect(h4.source).toBe('extrapolated');
		expect(h4.q90).toBeCloseTo(h1.q90 * 2, 12);
		expect(h4.q10).toBeCloseTo(h1.q10 * 2, 12);
	});

	it('grows beyond the measured horizons at the measured rate, between √h and h', () => {
		const past: LogError[] = [];
		// Widths 0.2 at h = 1 and 0.4 at h = 2: growth exponent 1 (linear).
		for (let h = 1; h <= 2; h++)
			for (let i = 0; i < 100; i++) past.push({ level: 'gemeente', baseCount: 1000, horizon: h, logRatio: (h * (i - 49.5)) / 396 });
		const t = intervalTable(past, 4);
		const h2 = intervalFor(t, 'gemeente', 1000, 2)!;
		const h4 = intervalFor(t, 'gemeente', 1000, 4)!;
		expect(h4.source).toBe('extrapolated');
		expect(h4.q90).toBeCloseTo(h2.q90 * 2, 10);
		expect(widthGrowth([h2])).toBe(0.5);
	});

	it('falls back to a priori widths without any backtest', () => {
		const t = intervalTable([], 5);
		const g = intervalFor(t, 'gemeente', 1000, 1)!;
		expect(g.source).toBe('a_priori');
		expect(g.q10).toBeLessThan(0);
		expect(g.q90).toBeGreaterThan(0);
	});
});
