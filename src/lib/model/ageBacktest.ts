// The age-specific method in the backtest, next to the current one: at each origin T, rates from
// the cross-section at T only (ageProjection.ts), each region calibrated to its count at T, carried
// forward over the projection from T: forecast = last count × Σ r P(T+h) / Σ r P(T). Scored on the
// same points as the model, so the two WAPEs compare like for like. Nothing here is tuned.
import type { Category, Level } from '../snapshot/schema';
import { ageGrowth } from './ageProjection';
import type { Panel } from './panel';
import { projectPanel } from './project';
import type { BacktestPoint } from './types';

export interface AgeMethodRow {
	level: Level;
	category: Category;
	horizon: number;
	n: number;
	/** WAPE of the current model, the age-specific method and share × population on the same points. */
	model: number;
	age: number;
	sharePop: number;
}

/** Per level × category × horizon (origins pooled), WAPE of both methods on the points the age method can score. */
export function ageMethodBacktest(panel: Panel, points: BacktestPoint[]): AgeMethodRow[] {
	const horizonOf = new Map<number, number>();
	for (const p of points) horizonOf.set(p.origin, Math.max(horizonOf.get(p.origin) ?? 0, p.horizon));
	const groups = new Map<string, { n: number; act: number; model: number; age: number; sharePop: number }>();
	for (const p of points) {
		const i = panel[p.level].index.get(p.code);
		if (i === undefined || !(p.actual > 0)) continue;
		const g = ageGrowth(panel, p.level, p.category, projectPanel(panel, p.origin, horizonOf.get(p.origin)!), i, p.horizon);
		if (!Number.isFinite(g)) continue;
		const key = `${p.level}|${p.category}|${p.horizon}`;
		const s = groups.get(key) ?? { n: 0, act: 0, model: 0, age: 0, sharePop: 0 };
		s.n++;
		s.act += p.actual;
		s.model += Math.abs(p.model - p.actual);
		s.age += Math.abs(p.naive * g - p.actual);
		s.sharePop += Math.abs(p.sharePop - p.actual);
		groups.set(key, s);
	}
	return [...groups]
		.map(([key, s]) => {
			const [level, category, h] = key.split('|');
			return { level: level as Level, category: category as Category, horizon: Number(h), n: s.n, model: s.model / s.act, age: s.age / s.act, sharePop: s.sharePop / s.act };
		})
		.sort((a, b) => a.level.localeCompare(b.level) || a.category.localeCompare(b.category) || a.horizon - b.horizon);
}
