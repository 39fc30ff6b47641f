import { describe, expect, it } from 'vitest';
import { changeTo, choropleth, lastObserved, mapValue, noForecast, summaryRows, tableRows, valueInYear } from '../../../src/lib/view/regionValues';
import { countrySeries, withEstimates } from '../../../src/lib/view/country';
import type { RegionSeries } from '../../../src/lib/view/types';

function series(code: string, clients: Array<number | null>, forecast: Array<number | null>, reliability: RegionSeries['reliability'] = 'ok'): RegionSeries {
	return {
		code,
		name: code,
		history: clients.map((c, i) => ({
			year: 2014 + i,
			clients: c,
			share: c === null ? null : c / 1000,
			converted: false,
			status: c === null ? 'not_delivered' : 'observed',
			population: 1000
		})),
		forecast: forecast.map((f, i) => ({
			year: 2019 + i,
			forecast: f,
			lower: f === null ? null : f * 0.9,
			upper: f === null ? null : f * 1.1,
			share: f === null ? null : f / 1000,
			population: 1000
		})),
		reliability,
		reason: reliability === 'none' ? 'no_recent_count' : null,
		baseYear: null
	};
}

describe('region values', () => {
	const a = series('GM0001', [null, 100, 110, 120, 130], [140, 150, 160, 170, 180]);
	const b = series('GM0002', [null, 50, 50, 60, null], [null, null, null, null, null], 'none');

	it('uses observed values for history years and forecasts after the origin', () => {
		expect(valueInYear(a, 2016)).toMatchObject({ clients: 110, isForecast: false });
		expect(valueInYear(a, 2021)).toMatchObject({ clients: 160, lower: 144, isForecast: true });
	});

	it('measures the change from the last observed count, which may be before the origin', () => {
		expect(lastObserved(b)?.year).toBe(2017);
		expect(changeTo(a, 2023)).toBeCloseTo(180 / 130 - 1);
		// A past year: the change from that year up to the last count, not an empty map.
		expect(changeTo(a, 2016)).toBeCloseTo(130 / 110 - 1);
		expect(changeTo(a, 2018)).toBeNull();
		expect(changeTo(b, 2023)).toBeNull();
	});

	it('maps share or change, and marks regions without a forecast', () => {
		expect(mapValue(a, 2023, 'aandeel')).toBeCloseTo(0.18);
		const c = choropleth([a, b], 2023, 'aandeel', true);
		expect(c.styles.GM0002.reliability).toBe('none');
		expect(c.styles.GM0001.reliability).toBe('ok');
	});

	it('builds table rows with the last observed count and the forecast of the year', () => {
		const [row] = tableRows([a], 2023);
		expect(row).toMatchObject({ code: 'GM0001', clients: 130, forecast: 180 });
		expect(row.lower).toBeCloseTo(162);
		expect(row.upper).toBeCloseTo(198);
	});

	it('covers every gemeente in the national figure, estimates marked, equal to the sum of the table', () => {
		const c = series('GM0003', [null, 10, 20, 30, 40], [50, 60, 70, 80, 90]);
		const d = series('GM0004', [null, null, null, null, null], [null, null, null, null, null], 'none');
		const all = withEstimates([a, b, c, d]);
		const nl = countrySeries(all);
		expect(nl.name).toBe('Nederland: alle 4 gemeenten');
		// 2018: a 130, b missing → its nearest own share (60/1000) × 1000 = 60, c 40, d never counted
		// → the share of the others (170 / 2000) × 1000 = 85.
		expect(nl.history[4].clients).toBeCloseTo(130 + 60 + 40 + 85, 10);
		expect(nl.estimatedShare[2018]).toBeCloseTo((60 + 85) / 315, 10);
		expect(all[1].history[4].estimated).toBe(true);
		expect(all[0].history[4].estimated).toBeUndefined();
		// The card equals the sum of the table's gemeente rows, in every forecast year.
		for (const year of [2019, 2023]) {
			const rows = tableRows(all, year);
			expect(nl.forecast.find((f) => f.year === year)!.forecast).toBeCloseTo(rows.reduce((s, r) => s + (r.forecast ?? 0), 0), 8);
			expect(rows.every((r) => r.forecast !== null)).toBe(true);
		}
		expect(nl.forecast[4]).toMatchObject({ lower: null, upper: null });
	});

	it('adds the clients no wijk can hold and the gemeente total under a wijk table, so it adds up', () => {
		const g = series('GM0001', [null, 100, 110, 120, 130], [140, 150, 160, 170, 180]);
		const w1 = series('WK000101', [null, 50, 50, 60, 60], [64, 68, 72, 76, 80]);
		const w2 = series('WK000102', [null, 40, 45, 50, 55], [60, 64, 68, 72, 76]);
		const [rest, total] = summaryRows(g, [w1, w2], 2023);
		expect(rest.kind).toBe('unassigned');
		expect(rest.clients).toBe(130 - 60 - 55);
		expect(rest.forecast).toBe(180 - 80 - 76);
		expect(total.forecast).toBe(180);
	});

	it('marks every wijk as without forecast when a category has no wijk data', () => {
		const geo = {
			type: 'FeatureCollection' as const,
			features: ['WK000101', 'WK000102'].map((code) => ({
				type: 'Feature' as const,
				properties: { code },
				geometry: { type: 'Point' as const, coordinates: [5, 52] }
			}))
		};
		const c = noForecast(geo, 'aandeel');
		expect(Object.values(c.styles).map((s) => s.reliability)).toEqual(['none', 'none']);
	});
});
