// Adapter from region series to what the map and the table draw for a chosen year and map measure:
// the value per region, its colour class and the table rows. No DOM, unit-tested.
import { buildScale, colorFor, NO_DATA_COLOR, type ColorScale } from './mapScale';
import type { MapMeasure, RegionSeries, RegionStyle, WijkRow } from './types';

/** Last observed year with a count, or null. */
export function lastObserved(s: RegionSeries) {
	for (let i = s.history.length - 1; i >= 0; i--) {
		const h = s.history[i];
		if (h.clients !== null && h.status === 'observed' && !h.estimated) return h;
	}
	return null;
}

/** Clients and share in a year: observed for history years, forecast after the origin. */
export function valueInYear(s: RegionSeries, year: number) {
	const f = s.forecast.find((p) => p.year === year);
	if (f) {
		return { clients: f.forecast, share: f.share ?? null, lower: f.lower, upper: f.upper, isForecast: true, estimated: !!f.estimated };
	}
	const h = s.history.find((p) => p.year === year);
	return { clients: h?.clients ?? null, share: h?.share ?? null, lower: null, upper: null, isForecast: false, estimated: !!h?.estimated };
}

/**
 * Relative change in clients between the last observed count and `year`: forward to a forecast
 * year, and from a past year up to the last count (so a past year shows how it grew since).
 */
export function changeTo(s: RegionSeries, year: number): number | null {
	const base = lastObserved(s);
	const v = valueInYear(s, year);
	if (!base || base.clients === null || base.clients <= 0 || v.clients === null || v.estimated) return null;
	if (year === base.year) return null;
	if (year < base.year) return v.clients > 0 ? base.clients / v.clients - 1 : null;
	return v.clients / base.clients - 1;
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
			clientsYear: last?.year ?? null,
			share: last?.share ?? null,
			value: v.clients,
			estimated: v.estimated,
			forecast: v.clients,
			lower: v.lower,
			upper: v.upper,
			change: v.isForecast ? changeTo(s, year) : null,
			reliability: s.reliability,
			reason: s.reason
		};
	});
}

/**
 * The rows under a gemeente's wijk table: what CBS could not place in a wijk (clients without a
 * known address or in suppressed wijken: the gemeente figure minus the sum of its wijken) and the
 * gemeente total, so the table adds up.
 */
export function summaryRows(gemeente: RegionSeries, wijken: RegionSeries[], year: number): WijkRow[] {
	const total = tableRows([gemeente], year)[0];
	const rows = tableRows(wijken, year);
	const rest = (pick: (r: WijkRow) => number | null | undefined): number | null => {
		const g = pick(total);
		if (g === null || g === undefined) return null;
		let sum = 0;
		for (const r of rows) sum += pick(r) ?? 0;
		return g - sum;
	};
	const unassigned: WijkRow = {
		code: `${gemeente.code}-rest`,
		name: 'Niet toe te wijzen aan een wijk',
		clients: total.clientsYear !== null && rows.every((r) => r.clientsYear === total.clientsYear) ? rest((r) => r.clients) : null,
		clientsYear: total.clientsYear,
		share: null,
		value: rest((r) => r.value),
		forecast: rest((r) => r.forecast),
		lower: null,
		upper: null,
		change: null,
		reliability: total.reliability,
		reason: null,
		kind: 'unassigned'
	};
	return [unassigned, { ...total, name: `${gemeente.name} (gemeente totaal)`, kind: 'total' }];
}

/** Forecast growth from the last observed count to `year` (fraction), null when either is missing. */
export function growthOf(s: RegionSeries, year: number): number | null {
	return changeTo(s, year);
}
