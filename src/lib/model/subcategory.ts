// Subcategories from the user's own records (issue 10): vervoersdiensten, rolstoelen, begeleiding,
// dagbesteding, beschermd wonen and the other type codes, forecast at gemeente level. A few years
// of one gemeente's counts cannot carry a model of their own, so a subcategory follows its parent
// category's forecast at its own share of that parent. The rule is fixed a priori:
// - the share is pooled over the last SHARE_YEARS years in which both counts exist (Σ sub / Σ parent),
//   so a small subcategory's yearly noise does not move it much;
// - no trend in the share is extrapolated (three points are no trend);
// - the 80% interval is the parent's, at the lowest and highest yearly share of those years, so a
//   share that moved shows a wider band.

import { MIN_CLIENTS } from '../snapshot/reliability';

export const SHARE_YEARS = 3;

export interface YearCount {
	year: number;
	clients: number;
}

export interface ParentForecastRow {
	year: number;
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	reliability?: 'ok' | 'unreliable' | 'none';
}

export interface SubcategoryForecast {
	/** Pooled share of the parent over the basis years; null without a basis. */
	share: number | null;
	/** Lowest and highest yearly share of the basis years (the interval's shares); null without a basis. */
	shareRange: [number, number] | null;
	basisYears: number[];
	forecast: Array<{ year: number; forecast: number | null; lower: number | null; upper: number | null }>;
	reliability: 'ok' | 'unreliable' | 'none';
	/** Why it is not 'ok': no count in the year before the forecast, fewer than MIN_CLIENTS, one basis year, or the parent. */
	reason: 'no_recent_count' | 'too_few_clients' | 'one_year' | 'parent' | null;
}

export function subcategoryForecast(sub: readonly YearCount[], parent: readonly YearCount[], parentForecast: readonly ParentForecastRow[]): SubcategoryForecast {
	const origin = (parentForecast[0]?.year ?? Infinity) - 1;
	const parentBy = new Map(parent.map((p) => [p.year, p.clients]));
	const basis = sub
		.filter((s) => s.year <= origin && s.clients >= 0 && (parentBy.get(s.year) ?? 0) > 0)
		.sort((a, b) => a.year - b.year)
		.slice(-SHARE_YEARS);
	const none = (reason: SubcategoryForecast['reason']): SubcategoryForecast => ({
		share: null,
		shareRange: null,
		basisYears: basis.map((b) => b.year),
		forecast: parentForecast.map((f) => ({ year: f.year, forecast: null, lower: null, upper: null })),
		reliability: 'none',
		reason
	});
	const latest = basis.at(-1);
	if (!latest || latest.year !== origin) return none('no_recent_count');
	let sumSub = 0;
	let sumParent = 0;
	let lo = Infinity;
	let hi = -Infinity;
	for (const b of basis) {
		const p = parentBy.get(b.year)!;
		sumSub += b.clients;
		sumParent += p;
		lo = Math.min(lo, b.clients / p);
		hi = Math.max(hi, b.clients / p);
	}
	const share = sumSub / sumParent;
	const times = (s: number, v: number | null) => (v === null ? null : s * v);
	const forecast = parentForecast.map((f) => ({ year: f.year, forecast: times(share, f.forecast), lower: times(lo, f.lower), upper: times(hi, f.upper) }));
	const reason: SubcategoryForecast['reason'] =
		latest.clients < MIN_CLIENTS ? 'too_few_clients' : basis.length < 2 ? 'one_year' : parentForecast.some((f) => f.reliability !== undefined && f.reliability !== 'ok') ? 'parent' : null;
	return { share, shareRange: [lo, hi], basisYears: basis.map((b) => b.year), forecast, reliability: reason ? 'unreliable' : 'ok', reason };
}
