// Where the backtest error comes from: per origin year, per gemeente, and how much of a wijk's
// error is its gemeente's common change in that year (ex post, an explanation, never a forecast).

import type { Category, Level } from '../snapshot/schema';
import { mape, median } from './metrics';
import type { BacktestPoint } from './types';

export interface GemeenteErrorRow {
	gemeente_code: string;
	origin: number;
	/** Wijken scored. */
	n: number;
	/** Share of all absolute error of the selection that this gemeente-year carries. */
	errorShare: number;
	/** Actual change of the summed clients of these wijken, target year vs the origin's counts. */
	actualGrowth: number;
	modelMape: number;
}

export interface ErrorAnalysis {
	level: Level;
	category: Category;
	horizon: number;
	minActual: number;
	byOrigin: { origin: number; n: number; model: number; naive: number; sharePop: number; gemeenteShockRemoved: number }[];
	topGemeenten: GemeenteErrorRow[];
	/** Median |actual growth| of a gemeente's wijken sum, per origin: the size of the common shocks. */
	medianAbsGemeenteGrowth: { origin: number; value: number }[];
}

/**
 * `gemeenteShockRemoved` is the MAPE of the naive forecast once each wijk is given its gemeente's
 * actual growth (over the scored wijken). What remains is wijk-specific; the difference to naive is
 * the part of the error that no wijk model can remove without knowing the gemeente's next year.
 */
export function analyseErrors(
	points: BacktestPoint[],
	level: Level,
	category: Category,
	horizon: number,
	minActual = 100,
	top = 10
): ErrorAnalysis {
	const pts = points.filter((p) => p.level === level && p.category === category && p.horizon === horizon && p.actual >= minActual);
	const origins = [...new Set(pts.map((p) => p.origin))].sort((a, b) => a - b);
	const groups = new Map<string, BacktestPoint[]>();
	for (const p of pts) {
		const k = `${p.gemeente_code}|${p.origin}`;
		const g = groups.get(k);
		if (g) g.push(p);
		else groups.set(k, [p]);
	}
	const growth = new Map<string, number>();
	for (const [k, g] of groups) {
		const a = g.reduce((s, p) => s + p.actual, 0);
		const b = g.reduce((s, p) => s + p.naive, 0);
		growth.set(k, b > 0 ? a / b - 1 : 0);
	}
	const byOrigin = origins.map((o) => {
		const po = pts.filter((p) => p.origin === o);
		const a = po.map((p) => p.actual);
		const shockFree = po.map((p) => p.naive * (1 + growth.get(`${p.gemeente_code}|${o}`)!));
		return {
			origin: o,
			n: po.length,
			model: mape(po.map((p) => p.model), a),
			naive: mape(po.map((p) => p.naive), a),
			sharePop: mape(po.map((p) => p.sharePop), a),
			gemeenteShockRemoved: mape(shockFree, a)
		};
	});
	const totalErr = pts.reduce((s, p) => s + Math.abs(p.model - p.actual), 0) || 1;
	const topGemeenten: GemeenteErrorRow[] = [...groups]
		.map(([k, g]) => {
			const [gemeente_code, o] = k.split('|');
			return {
				gemeente_code,
				origin: Number(o),
				n: g.length,
				errorShare: g.reduce((s, p) => s + Math.abs(p.model - p.actual), 0) / totalErr,
				actualGrowth: growth.get(k)!,
				modelMape: mape(
					g.map((p) => p.model),
					g.map((p) => p.actual)
				)
			};
		})
		.sort((a, b) => b.errorShare - a.errorShare)
		.slice(0, top);
	const medianAbsGemeenteGrowth = origins.map((o) => ({
		origin: o,
		value: median([...growth].filter(([k]) => k.endsWith(`|${o}`)).map(([, v]) => Math.abs(v)))
	}));
	return { level, category, horizon, minActual, byOrigin, topGemeenten, medianAbsGemeenteGrowth };
}
