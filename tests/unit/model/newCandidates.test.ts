// Issue 13, items 3 and 4: the category shrinkage toward the total and the convergence toward the
// trait-expected share, on small hand-computed cases, and their place in the candidate grid.
import { describe, expect, it } from 'vitest';
import { candidateGrid, sameCandidate, A_PRIORI_CANDIDATE } from '../../../src/lib/model/candidates';
import { shrinkGrowth, shrunkShareGrowth, SHRINK_PRIOR_YEARS } from '../../../src/lib/model/categoryShrink';
import { convergedShare } from '../../../src/lib/model/convergence';
import { buildPanel } from '../../../src/lib/model/panel';
import { syntheticTables } from './synthetic';

describe('category shrinkage toward the total', () => {
	it('is the total pooled change when the category has no change of its own', () => {
		const g = shrinkGrowth([], [{ year: 2016, median: 0.01, n: 150 }, { year: 2017, median: 0.03, n: 200 }])!;
		expect(g.weight).toBe(0);
		expect(g.growth).toBeCloseTo(0.02, 12);
	});

	it('weights one own year against the total history as n / (n + k), k = 1', () => {
		expect(SHRINK_PRIOR_YEARS).toBe(1);
		// own 0.08 over 250 gemeenten (a full year), total mean (0.01 + 0.02 + 0.03) / 3 = 0.02: w = ½.
		const g = shrinkGrowth([{ year: 2018, median: 0.08, n: 250 }], [0.01, 0.02, 0.03].map((median, j) => ({ year: 2016 + j, median, n: 200 })))!;
		expect(g.evidence).toBe(1);
		expect(g.weight).toBe(0.5);
		expect(g.growth).toBeCloseTo(0.05, 12);
	});

	it('counts a year over few gemeenten as a fraction of a year (verblijf en opvang)', () => {
		// 25 gemeenten: evidence 0.25, w = 0.25 / 1.25 = 0.2; 0.2 × 0.1 + 0.8 × 0 = 0.02.
		const g = shrinkGrowth([{ year: 2018, median: 0.1, n: 25 }], [{ year: 2018, median: 0, n: 200 }])!;
		expect(g.evidence).toBeCloseTo(0.25, 12);
		expect(g.weight).toBeCloseTo(0.2, 12);
		expect(g.growth).toBeCloseTo(0.02, 12);
	});

	it('needs the total to have a change, and is never offered for the total itself', () => {
		expect(shrinkGrowth([{ year: 2018, median: 0.1, n: 200 }], [])).toBeNull();
		const panel = buildPanel(syntheticTables({ gemeenten: 24, wijkenPerGemeente: 3 }));
		expect(shrunkShareGrowth(panel, 'totaal', 2018)).toBeNull();
	});
});

describe('convergence toward the trait-expected share', () => {
	it('closes a fixed fraction of the log gap each year', () => {
		// 10% above expected (d = log 1.1), λ = ½: after one year half the log gap is left.
		const d = Math.log(1.1);
		expect(convergedShare(0.11, d, 0.5, 1)).toBeCloseTo(0.1 * Math.sqrt(1.1), 12);
		// After two years a quarter is left.
		expect(convergedShare(0.11, d, 0.5, 2)).toBeCloseTo(0.1 * 1.1 ** 0.25, 12);
		// λ = 0.1 from below expected: it rises toward it, never past it.
		const below = convergedShare(0.08, Math.log(0.8), 0.1, 50);
		expect(below).toBeGreaterThan(0.08);
		expect(below).toBeLessThan(0.1);
	});

	it('leaves a share without a deviation or with λ = 0 as it is', () => {
		expect(convergedShare(0.05, NaN, 0.2, 3)).toBe(0.05);
		expect(convergedShare(0.05, 0.3, 0, 3)).toBe(0.05);
	});
});

describe('the grid with the new candidates', () => {
	it('appends them after the old grid, whose indices stay', () => {
		const old = candidateGrid([0, 0.5, 1], [0, 0.5, 1], [0, 0.5], ['median', 'weightedMedian']);
		const grid = candidateGrid([0, 0.5, 1], [0, 0.5, 1], [0, 0.5], ['median', 'weightedMedian'], [], true, [0.1, 0.2]);
		expect(grid.slice(0, old.length)).toEqual(old);
		const added = grid.slice(old.length);
		expect(added.filter((c) => c.shrink && !c.convergence).map((c) => c.damping)).toEqual([0.5, 1]);
		// Convergence rides on the a-priori candidate, the four robust drifts and the two shrinkages.
		expect(added.filter((c) => c.convergence === 0.1).length).toBe(7);
		expect(added.some((c) => sameCandidate(c, { ...A_PRIORI_CANDIDATE, convergence: 0.2 }))).toBe(true);
		expect(sameCandidate({ ...A_PRIORI_CANDIDATE, shrink: true }, A_PRIORI_CANDIDATE)).toBe(false);
	});
});
