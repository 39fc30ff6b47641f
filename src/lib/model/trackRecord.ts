// Each unit's own track record (issue 13): how the model's past forecasts (nested: each made from an
// earlier origin with only the data up to it) did against naive ("the count stays") for one
// gemeente or wijk. Built from the backtest's scored points; nothing here is fitted.

import type { Category } from '../snapshot/schema';
import type { BacktestPoint } from './types';

/** The compact part of a backtest point a track record needs (crosses the worker boundary). */
export interface TrackPoint {
	code: string;
	category: Category;
	origin: number;
	horizon: number;
	actual: number;
	model: number;
	naive: number;
}

export interface TrackRecord {
	code: string;
	category: Category;
	/** One row per scored forecast, by origin then horizon. */
	rows: TrackPoint[];
	n: number;
	/** Mean absolute percentage error over all rows, as fractions (0.05 = 5%). */
	modelMape: number;
	naiveMape: number;
	/** The model's mean error exceeded naive's for this unit. */
	worseThanNaive: boolean;
}

export function trackPointsOf(points: readonly BacktestPoint[]): TrackPoint[] {
	return points.map((p) => ({ code: p.code, category: p.category, origin: p.origin, horizon: p.horizon, actual: p.actual, model: p.model, naive: p.naive }));
}

/** The track record of one unit and category; null when it has no scored forecast. */
export function trackRecordFor(points: readonly TrackPoint[], code: string, category: Category): TrackRecord | null {
	const rows = points
		.filter((p) => p.code === code && p.category === category && p.actual > 0)
		.sort((a, b) => a.origin - b.origin || a.horizon - b.horizon);
	if (!rows.length) return null;
	let m = 0;
	let nv = 0;
	for (const r of rows) {
		m += Math.abs(r.model - r.actual) / r.actual;
		nv += Math.abs(r.naive - r.actual) / r.actual;
	}
	const modelMape = m / rows.length;
	const naiveMape = nv / rows.length;
	return { code, category, rows, n: rows.length, modelMape, naiveMape, worseThanNaive: modelMape > naiveMape };
}

/** Per unit of a level: how many track records the model wins, ties or loses against naive. */
export function trackRecordTally(points: readonly TrackPoint[], codes: readonly string[], category: Category): { units: number; better: number; worse: number; equal: number } {
	const byCode = new Map<string, TrackPoint[]>();
	for (const p of points) {
		if (p.category !== category) continue;
		const list = byCode.get(p.code) ?? [];
		list.push(p);
		byCode.set(p.code, list);
	}
	let better = 0;
	let worse = 0;
	let equal = 0;
	for (const code of codes) {
		const list = byCode.get(code);
		if (!list) continue;
		const r = trackRecordFor(list, code, category)!;
		if (Math.abs(r.modelMape - r.naiveMape) < 1e-9) equal++;
		else if (r.worseThanNaive) worse++;
		else better++;
	}
	return { units: better + worse + equal, better, worse, equal };
}
