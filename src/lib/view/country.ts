// The country figure of the country view: the sum over one fixed set of gemeenten, those with a
// forecast and a count in every history year that has national data, so history and forecast
// describe the same gemeenten. No interval: summing the gemeenten's 80% bounds would not give an
// 80% interval of the sum, and the model does not estimate their correlation.
import type { RegionSeries } from './types';

export function countrySeries(gemeenten: RegionSeries[], forecastYears: number[]): RegionSeries {
	const nYears = gemeenten[0]?.history.length ?? 0;
	// History years in which at least a third of the gemeenten have a count.
	const usable = Array.from({ length: nYears }, (_, i) => {
		const n = gemeenten.filter((g) => g.history[i]?.clients != null).length;
		return n >= gemeenten.length / 3;
	});
	const set = gemeenten.filter(
		(g) =>
			g.reliability !== 'none' &&
			g.forecast.some((f) => f.forecast !== null) &&
			g.history.every((h, i) => !usable[i] || (h.clients !== null && h.share !== null && h.share > 0))
	);
	const history = (gemeenten[0]?.history ?? []).map((h0, i) => {
		if (!usable[i] || set.length === 0) {
			return { year: h0.year, clients: null, share: null, converted: false, status: 'not_delivered' as const };
		}
		let clients = 0;
		let pop = 0;
		let converted = false;
		for (const g of set) {
			const h = g.history[i];
			clients += h.clients!;
			pop += h.clients! / h.share!;
			converted ||= h.converted;
		}
		return { year: h0.year, clients, share: pop > 0 ? clients / pop : null, converted, status: 'observed' as const };
	});
	const forecast = forecastYears.map((year) => {
		let f = 0;
		let pop = 0;
		for (const g of set) {
			const p = g.forecast.find((x) => x.year === year);
			if (!p || p.forecast === null) continue;
			f += p.forecast;
			pop += p.population ?? 0;
		}
		return { year, forecast: f, lower: null, upper: null, share: pop > 0 ? f / pop : null, population: pop || null };
	});
	return { code: 'NL', name: `Nederland: som van ${set.length} gemeenten met een volledige reeks`, history, forecast, reliability: 'ok' };
}
