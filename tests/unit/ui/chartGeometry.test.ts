import { describe, expect, it } from 'vitest';
import {
	DEFAULT_DIMS,
	bandPath,
	buildPanel,
	forecastValues,
	historyValue,
	linePath,
	linearScale,
	nearestYear,
	niceStep,
	niceTicks,
	seriesColor
} from '../../../src/lib/ui/chartGeometry';
import { gemeente, wijk } from './fixtures';

describe('scales and ticks', () => {
	it('maps linearly and handles a zero-width domain', () => {
		const s = linearScale([0, 10], [100, 0]);
		expect(s(0)).toBe(100);
		expect(s(5)).toBe(50);
		expect(s(10)).toBe(0);
		expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
	});
	it('chooses 1, 2 or 5 × 10^k steps', () => {
		expect(niceStep(2400, 5)).toBe(500);
		expect(niceStep(100, 5)).toBe(20);
		expect(niceStep(10, 4)).toBe(2);
		expect(niceStep(0, 5)).toBe(1);
		expect(niceStep(0.06, 5)).toBeCloseTo(0.01, 10);
		expect(niceStep(0.16, 5)).toBeCloseTo(0.05, 10);
	});
	it('produces round ticks that cover the data', () => {
		expect(niceTicks(0, 2660, 5)).toEqual({ ticks: [0, 500, 1000, 1500, 2000, 2500, 3000], domain: [0, 3000] });
		expect(niceTicks(0, 0.052, 5).ticks).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06]);
		expect(niceTicks(0, 0, 5).domain[1]).toBeGreaterThan(0);
		expect(niceTicks(NaN, 1).ticks).toEqual([0, 1]);
	});
});

describe('paths', () => {
	it('breaks lines at missing values instead of dropping to zero', () => {
		const d = linePath([
			{ x: 0, y: 10 },
			{ x: 1, y: 20 },
			{ x: 2, y: null },
			{ x: 3, y: 30 },
			{ x: 4, y: 40 }
		]);
		expect(d).toBe('M0,10L1,20M3,30L4,40');
	});
	it('sorts points by x and rounds to 2 decimals', () => {
		expect(linePath([{ x: 2, y: 1.23456 }, { x: 1, y: 2 }])).toBe('M1,2L2,1.23');
		expect(linePath([])).toBe('');
	});
	it('draws one closed band per complete run of at least two points', () => {
		const d = bandPath([
			{ x: 0, lo: 10, hi: 5 },
			{ x: 1, lo: 12, hi: 4 },
			{ x: 2, lo: null, hi: 3 },
			{ x: 3, lo: 9, hi: 2 }
		]);
		expect(d).toBe('M0,5L1,4L1,12L0,10Z');
	});
});

describe('values per mode', () => {
	it('reads clients or share from history; not observed is null', () => {
		expect(historyValue(gemeente.history[5], 'clients')).toBe(2400);
		expect(historyValue(gemeente.history[5], 'share')).toBeCloseTo(0.048, 10);
		expect(historyValue(gemeente.history[2], 'clients')).toBeNull();
	});
	it('derives forecast shares from population or from the share field', () => {
		const v = forecastValues(wijk.forecast[0], 'share');
		expect(v.value).toBeCloseTo(102 / 2000, 10);
		expect(v.lower).toBeCloseTo(90 / 2000, 10);
		const noPop = forecastValues({ year: 2019, forecast: 100, lower: 80, upper: 120, share: 0.05 }, 'share');
		expect(noPop.lower).toBeCloseTo(0.04, 10);
		expect(noPop.upper).toBeCloseTo(0.06, 10);
		expect(forecastValues({ year: 2019, forecast: null, lower: null, upper: null }, 'share').value).toBeNull();
	});
});

describe('buildPanel', () => {
	const p = buildPanel([gemeente], 'clients', 2018);
	it('spans five years back and five ahead', () => {
		expect(p.years[0]).toBe(2013);
		expect(p.years[p.years.length - 1]).toBe(2023);
		expect(p.xOf(2013)).toBe(DEFAULT_DIMS.left);
		expect(p.xOf(2023)).toBe(DEFAULT_DIMS.width - DEFAULT_DIMS.right);
		expect(p.originX).toBe(p.xOf(2018));
	});
	it('starts the y axis at zero and covers the upper bound', () => {
		expect(p.yTicks[0].value).toBe(0);
		expect(p.yTicks[p.yTicks.length - 1].value).toBeGreaterThanOrEqual(2840);
		expect(p.yTicks[0].y).toBe(DEFAULT_DIMS.height - DEFAULT_DIMS.bottom);
	});
	it('leaves a gap for the undelivered year and marks converted points', () => {
		const s = p.series[0];
		expect(s.historyPath.match(/M/g)?.length).toBe(2);
		expect(s.markers.map((m) => m.year)).toEqual([2013, 2014, 2016, 2017, 2018]);
		expect(s.markers.filter((m) => m.converted).map((m) => m.year)).toEqual([2013, 2014]);
	});
	it('joins the dashed forecast and band to the last observation', () => {
		const s = p.series[0];
		expect(s.forecastPath.startsWith(`M${Math.round(p.xOf(2018) * 100) / 100},`)).toBe(true);
		expect(s.forecastMarkers).toHaveLength(5);
		expect(s.bandPath.endsWith('Z')).toBe(true);
	});
	it('puts a wijk and its gemeente on one comparable share axis', () => {
		const both = buildPanel([gemeente, wijk], 'share', 2018);
		expect(both.series).toHaveLength(2);
		expect(both.yTicks[both.yTicks.length - 1].value).toBeGreaterThanOrEqual(0.0605);
		expect(both.series[1].emphasis).toBe(true);
	});
	it('never bridges a series break and marks it between the two years', () => {
		const b = buildPanel([gemeente], 'clients', 2018, 5, 5, DEFAULT_DIMS, [2017, 2012]);
		// 2013–2014 | gap 2015 | 2016 | break | 2017–2018: one more run than without the break.
		expect(b.series[0].historyPath.match(/M/g)?.length).toBe(3);
		expect(b.breaks).toEqual([{ year: 2017, x: (b.xOf(2016) + b.xOf(2017)) / 2 }]);
		expect(b.series[0].markers.map((m) => m.year)).toEqual([2013, 2014, 2016, 2017, 2018]);
		expect(p.breaks).toEqual([]);
	});
	it('is empty without data', () => {
		expect(buildPanel([{ label: 'x', history: [], forecast: [] }], 'clients', 2018).empty).toBe(true);
	});
});

describe('helpers', () => {
	it('finds the nearest year to a pointer position', () => {
		const p = buildPanel([gemeente], 'clients', 2018);
		expect(nearestYear(p.xOf(2016) + 3, p.years, p.xOf)).toBe(2016);
		expect(nearestYear(-100, p.years, p.xOf)).toBe(2013);
	});
	it('gives themable series colours', () => {
		expect(seriesColor(0)).toBe('var(--wmo-series-1, #1d4f91)');
		expect(seriesColor(5)).toBe('var(--wmo-series-2, #a34700)');
	});
});
