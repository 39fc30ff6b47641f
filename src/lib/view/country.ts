// The national figure. It covers every gemeente of the indeling: a gemeente's own count or forecast
// where it has one, otherwise an estimate (its nearest own share, else the share of the gemeenten
// with a figure that year, times its inhabitants), marked as estimated. The card's total is the sum
// of the table's gemeente figures, and it says how much of it is estimated. No interval: summing
// 80% bounds would not give an 80% interval of the sum.
import type { ForecastPoint, HistoryPoint, RegionSeries } from './types';

/** Share of the gemeenten with a figure in a year: the fallback for those without one. */
function pooledShare(values: Array<{ clients: number | null; population: number | null }>): number | null {
	let c = 0;
	let p = 0;
	for (const v of values) {
		if (v.clients === null || !(v.population! > 0)) continue;
		c += v.clients;
		p += v.population!;
	}
	return p > 0 ? c / p : null;
}

/** A gemeente's share nearest to `year` among its observed years, or null. */
function nearestShare(s: RegionSeries, year: number): number | null {
	let best: HistoryPoint | null = null;
	for (const h of s.history) {
		if (h.clients === null || h.share === null) continue;
		if (!best || Math.abs(h.year - year) < Math.abs(best.year - year)) best = h;
	}
	return best?.share ?? null;
}

/** Every gemeente with each missing year filled by an estimate (points marked `estimated`). */
export function withEstimates(gemeenten: RegionSeries[]): RegionSeries[] {
	if (!gemeenten.length) return [];
	const years = gemeenten[0].history.map((h) => h.year);
	const fyears = gemeenten[0].forecast.map((f) => f.year);
	const histShare = years.map((_, i) => pooledShare(gemeenten.map((g) => ({ clients: g.history[i]?.clients ?? null, population: g.history[i]?.population ?? null }))));
	const fcShare = fyears.map((y) =>
		pooledShare(gemeenten.map((g) => {
			const f = g.forecast.find((p) => p.year === y);
			return { clients: f?.forecast ?? null, population: f?.population ?? null };
		}))
	);
	return gemeenten.map((g) => {
		const history = g.history.map((h, i): HistoryPoint => {
			if (h.clients !== null || !(h.population! > 0)) return h;
			const share = nearestShare(g, h.year) ?? histShare[i];
			return share === null ? h : { ...h, clients: share * h.population!, share, estimated: true };
		});
		const forecast = fyears.map((y, j): ForecastPoint => {
			const f = g.forecast.find((p) => p.year === y);
			if (f && f.forecast !== null) return f;
			const pop = f?.population ?? null;
			const share = nearestShare(g, y) ?? fcShare[j];
			if (!(pop! > 0) || share === null) return f ?? { year: y, forecast: null, lower: null, upper: null };
			return { year: y, forecast: share * pop!, lower: null, upper: null, share, population: pop, estimated: true };
		});
		return { ...g, history, forecast };
	});
}

export interface CountrySeries extends RegionSeries {
	/** Per history year and per forecast year: the share of the total that is estimated. */
	estimatedShare: Record<number, number>;
	gemeenten: number;
}

/** The sum over every gemeente (use the output of withEstimates). */
export function countrySeries(gemeenten: RegionSeries[]): CountrySeries {
	const estimatedShare: Record<number, number> = {};
	const sum = (values: Array<{ v: number | null; est: boolean; pop: number | null }>, year: number) => {
		let total = 0;
		let est = 0;
		let pop = 0;
		let n = 0;
		for (const x of values) {
			if (x.v === null) continue;
			total += x.v;
			if (x.est) est += x.v;
			if (x.pop! > 0) pop += x.pop!;
			n++;
		}
		estimatedShare[year] = total > 0 ? est / total : 0;
		return n ? { total, pop } : null;
	};
	const history = (gemeenten[0]?.history ?? []).map((h0, i): HistoryPoint => {
		const s = sum(gemeenten.map((g) => ({ v: g.history[i]?.clients ?? null, est: !!g.history[i]?.estimated, pop: g.history[i]?.population ?? null })), h0.year);
		if (!s) return { year: h0.year, clients: null, share: null, converted: false, status: 'not_delivered' };
		return { year: h0.year, clients: s.total, share: s.pop > 0 ? s.total / s.pop : null, converted: false, status: 'observed', population: s.pop, estimated: estimatedShare[h0.year] > 0 };
	});
	const forecast = (gemeenten[0]?.forecast ?? []).map((f0, j): ForecastPoint => {
		const s = sum(gemeenten.map((g) => ({ v: g.forecast[j]?.forecast ?? null, est: !!g.forecast[j]?.estimated, pop: g.forecast[j]?.population ?? null })), f0.year);
		return { year: f0.year, forecast: s?.total ?? null, lower: null, upper: null, share: s && s.pop > 0 ? s.total / s.pop : null, population: s?.pop || null, estimated: (estimatedShare[f0.year] ?? 0) > 0 };
	});
	return {
		code: 'NL',
		name: `Nederland: alle ${gemeenten.length} gemeenten`,
		history,
		forecast,
		reliability: 'ok',
		reason: null,
		baseYear: null,
		estimatedShare,
		gemeenten: gemeenten.length
	};
}
