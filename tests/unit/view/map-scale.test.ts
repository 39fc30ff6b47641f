import { describe, expect, it } from 'vitest';
import { buildScale, colorFor, NO_DATA_COLOR } from '../../../src/lib/view/mapScale';

describe('choropleth scale', () => {
	it('uses quantile classes for the share, labelled in nl-NL', () => {
		const values = Array.from({ length: 100 }, (_, i) => 0.02 + i * 0.001);
		const s = buildScale(values, 'aandeel');
		expect(s.colors).toHaveLength(5);
		expect(s.breaks).toHaveLength(4);
		expect(s.labels[0]).toMatch(/^2,0%/);
		expect(colorFor(s, 0.02)).toBe(s.colors[0]);
		expect(colorFor(s, 0.119)).toBe(s.colors[4]);
	});

	it('never colours a missing value as a number', () => {
		const s = buildScale([0.1, 0.2, null, undefined, NaN], 'aandeel');
		expect(colorFor(s, null)).toBe(NO_DATA_COLOR);
		expect(colorFor(s, NaN)).toBe(NO_DATA_COLOR);
	});

	it('collapses classes when values are all equal', () => {
		const s = buildScale([0.05, 0.05, 0.05], 'aandeel');
		expect(s.colors.length).toBe(s.breaks.length + 1);
		expect(s.colors.length).toBeLessThan(5);
	});

	it('is symmetric around zero for the change, with signed labels', () => {
		const s = buildScale([-0.04, -0.01, 0, 0.02, 0.08, 0.1], 'verandering');
		expect(s.breaks[0]).toBe(-s.breaks[3]);
		expect(colorFor(s, 0)).toBe(s.colors[2]);
		expect(colorFor(s, 0.5)).toBe(s.colors[4]);
		expect(colorFor(s, -0.5)).toBe(s.colors[0]);
		expect(s.labels[4]).toMatch(/^> \+/);
	});
});

describe('choropleth scale for one-sided change', () => {
	it('uses classes within the direction when every region grows', () => {
		const s = buildScale([0.15, 0.18, 0.2, 0.22, 0.25, 0.3], 'verandering');
		expect(s.breaks.every((b) => b > 0.15)).toBe(true);
		expect(colorFor(s, 0.15)).not.toBe(colorFor(s, 0.3));
		expect(s.labels[0]).toMatch(/^\+15%/);
	});

	it('uses the blue half when every region declines', () => {
		const s = buildScale([-0.3, -0.2, -0.1], 'verandering');
		expect(colorFor(s, -0.3)).toBe('#08519c');
	});
});

describe('choropleth legend labels', () => {
	const degenerate = (labels: string[]) =>
		labels.filter((l) => {
			const [lo, hi] = l.split(' – ');
			return hi !== undefined && lo === hi;
		});

	it('merges classes whose bounds collapse to one label (no "+21% – +21%")', () => {
		// Many regions with (almost) the same growth: quintiles fall on the same rounded percentage.
		const values = [0.1, 0.2101, 0.2102, 0.2103, 0.2104, 0.2105, 0.2106, 0.2107, 0.35];
		const s = buildScale(values, 'verandering');
		expect(degenerate(s.labels)).toEqual([]);
		expect(new Set(s.labels).size).toBe(s.labels.length);
		expect(s.colors.length).toBe(s.breaks.length + 1);
		expect(s.labels.length).toBe(s.colors.length);
	});

	it('never repeats a share label ("6,7% – 6,7%" twice)', () => {
		const values = [0.03, 0.0668, 0.0669, 0.067, 0.0671, 0.0672, 0.0673, 0.0674, 0.1];
		const s = buildScale(values, 'aandeel');
		expect(degenerate(s.labels)).toEqual([]);
		expect(new Set(s.labels).size).toBe(s.labels.length);
		// each value still falls into the class whose label covers it
		expect(colorFor(s, 0.03)).toBe(s.colors[0]);
		expect(colorFor(s, 0.1)).toBe(s.colors[s.colors.length - 1]);
	});

	it('shows one value when every region has the same figure', () => {
		const s = buildScale([0.05, 0.05, 0.05], 'aandeel');
		expect(s.labels).toEqual(['5,0%']);
	});
});
