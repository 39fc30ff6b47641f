// The country figure of the country view: the sum over the gemeenten that have both a forecast and
// a count in every history year shown, so the history and the forecast describe the same set.
import type { RegionSeries } from '../../workers/forecast-api';

export function countrySeries(gemeenten: RegionSeries[], forecastYears: number[]): RegionSeries {
	const set = gemeenten.filter(
		(g) => g.reliability !== 'none' && g.forecast.some((f) => f.forecast !== null) && g.history.at(-1)?.clients != null
	);
	const first = gemeenten[0];
	const history = (first?.history ?? []).map((h0, i) => {
		let clients = 0;
		let pop = 0;
		let complete = true;
		let converted = false;
		for (const g of set) {
			const h = g.history[i];
			if (h.clients === null || h.share === null || h.share <= 0) {
				complete = false;
				break;
			}
			clients += h.clients;
			pop += h.clients / h.share;
			converted ||= h.converted;
		}
		return {
			year: h0.year,
			clients: complete && set.length ? clients : null,
			share: complete && pop > 0 ? clients / pop : null,
			converted,
			status: complete ? ('observed' as const) : ('not_delivered' as const)
		};
	});
	const forecast = forecastYears.map((year) => {
		let f = 0;
		let lo = 0;
		let up = 0;
		let pop = 0;
		for (const g of set) {
			const p = g.forecast.find((x) => x.year === year);
			if (!p || p.forecast === null) continue;
			f += p.forecast;
			lo += p.lower ?? p.forecast;
			up += p.upper ?? p.forecast;
			pop += p.population ?? 0;
		}
		return { year, forecast: f, lower: lo, upper: up, share: pop > 0 ? f / pop : null, population: pop || null };
	});
	return { code: 'NL', name: `Nederland (${set.length} gemeenten)`, history, forecast, reliability: 'ok' };
}
