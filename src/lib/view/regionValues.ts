// Adapter from region series to what the map and the table draw for a chosen year and map measure:
// the value per region, its colour class and the table rows. No DOM, unit-tested.
import { buildScale, colorFor, NO_DATA_COLOR, type ColorScale } from './mapScale';
import type { MapMeasure, RegionSeries, RegionStyle, WijkRow } from './types';

/** Last observed year with a count, or null. */
export function lastObserved(s: RegionSeries) {
	for (let i = s.history.length - 1; i >= 0; i--) {
		const h = s.history[i];
		if (h.clients !== null && h.status === 'observed') return h;
	}
	return null;
}

/** Clients and share in a year: observed for history years, forecast after the origin. */
export function valueInYear(s: RegionSeries, year: number) {
	const f = s.forecast.find((p) => p.year === year);
	if (f) {
		return { clients: f.forecast, share: f.share ?? null, lower: f.lower, upper: f.upper, isForecast: true };
	}
	const h = s.history.find((p) => p.year === year);
	return { clients: h?.clients ?? null, share: h?.share ?? null, lower: null, upper: null, isForecast: false };
}

/** Relative change in clients from the last observed count to `year`. */
export function changeTo(s: RegionSeries, year: number): number | null {
	const base = lastObserved(s);
	const v = valueInYear(s, year).clients;
	if (!base || base.clients === null || base.clients <= 0 || v === null) return null;
	if (year <= base.year) return null;
	return v / base.clients - 1;
}

export function mapValue(s: RegionSeries, year: number, measure: MapMeasure): number | null {
	return measure === 'aandeel' ? valueInYear(s, year).share : changeTo(s, year);
}

export interface Choropleth {
	scale: ColorScale;
	styles: Record<string, RegionStyle>;
}

export function choropleth(series: RegionSeries[], year: number, measure: MapMeasure, forecastYear: boolean): Choropleth {
	const values = series.map((s) => mapValue(s, year, measure));
	const scale = buildScale(values, measure);
	const styles: Record<string, RegionStyle> = {};
	series.forEach((s, i) => {
		// In history years every observed region is shown as is; reliability applies to forecasts.
		const reliability = forecastYear ? s.reliability : values[i] === null ? 'none' : 'ok';
		styles[s.code] = { color: colorFor(scale, values[i]), reliability };
	});
	return { scale, styles };
}

/** Every region of the geometry drawn as "no forecast" (a category without data at this level). */
export function noForecast(geo: GeoJSON.FeatureCollection, measure: MapMeasure): Choropleth {
	const styles: Record<string, RegionStyle> = {};
	for (const f of geo.features) {
		const code = f.properties?.code;
		if (typeof code === 'string') styles[code] = { color: NO_DATA_COLOR, reliability: 'none' };
	}
	return { scale: buildScale([], measure), styles };
}

export function tableRows(series: RegionSeries[], year: number): WijkRow[] {
	return series.map((s) => {
		const last = lastObserved(s);
		const v = valueInYear(s, year);
		return {
			code: s.code,
			name: s.name,
			clients: last?.clients ?? null,
			share: last?.share ?? null,
			forecast: v.clients,
			lower: v.lower,
			upper: v.upper,
			change: changeTo(s, year),
			reliability: s.reliability
		};
	});
}

/** Forecast growth from the last observed count to `year` (fraction), null when either is missing. */
export function growthOf(s: RegionSeries, year: number): number | null {
	return changeTo(s, year);
}
