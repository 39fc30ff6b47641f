// Adapter from the backtest table (src/lib/model BacktestRow) to the flat accuracy rows of the panel.
import type { AccuracyItem } from './types';

/** The part of the model's BacktestRow this adapter reads. */
export interface BacktestLike {
	level: string;
	category: string;
	horizon: number;
	band: string;
	origin: number | 'all';
	n: number;
	model: { mape: number; wape: number };
	naive: { mape: number; wape: number };
	sharePop?: { mape: number; wape: number };
}

/** Backtest rows (pooled over origins) → AccuracyItem[] for the panel. */
export function accuracyFromBacktest(rows: readonly BacktestLike[]): AccuracyItem[] {
	const pooled = rows.some((r) => r.origin === 'all') ? rows.filter((r) => r.origin === 'all') : rows;
	return pooled
		.map((r) => ({
			level: r.level,
			category: r.category,
			horizon: r.horizon,
			band: r.band,
			n: r.n,
			mape: r.model.mape,
			wape: r.model.wape,
			naiveMape: r.naive.mape,
			naiveWape: r.naive.wape,
			sharePopMape: r.sharePop?.mape,
			sharePopWape: r.sharePop?.wape
		}));
}
