import { describe, expect, it } from 'vitest';
import { changeTo, choropleth, lastObserved, mapValue, noForecast, tableRows, valueInYear } from '../../../src/lib/view/regionValues';
import { countrySeries } from '../../../src/lib/view/country';
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
			status: c === null ? 'not_delivered' : 'observed'
		})),
		forecast: forecast.map((f, i) => ({
			year: 2019 + i,
			forecast: f,
			lower: f === null ? null : f * 0.9,
			upper: f === null ? null : f * 1.1,
			share: f === null ? null : f / 1000,
			population: 1000
		})),
		reliability
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
		expect(changeTo(a, 2016)).toBeNull();
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

	it('sums the country over one fixed set of gemeenten, without a fake interval', () => {
		const c = series('GM0003', [null, 10, 20, 30, 40], [50, 60, 70, 80, 90]);
		const nl = countrySeries([a, b, c], [2019, 2020, 2021, 2022, 2023]);
		expect(nl.name).toBe('Nederland: som van 2 gemeenten met een volledige reeks');
		expect(nl.history.map((h) => h.clients)).toEqual([null, 110, 130, 150, 170]);
		expect(nl.forecast[4]).toMatchObject({ forecast: 270, lower: null, upper: null });
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
