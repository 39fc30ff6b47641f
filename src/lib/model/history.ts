// The observed history of one region and category, for the chart's five years back.

import type { Category } from '../snapshot/schema';
import { levelOf } from '../snapshot/codes';
import type { SnapshotTables } from '../snapshot/schema';
import { buildPanel } from './panel';

export interface SeriesPoint {
	year: number;
	/** Annual clients (wijk HH: derived from the half-years, see panel.ts); null if missing. */
	clients: number | null;
	population: number | null;
	share: number | null;
	converted: boolean;
	/** A gap estimated from a neighbouring year and the wijken (gapFill.ts), not a CBS figure. */
	estimated: boolean;
}

/** Annual history of a region, as the model sees it. Empty if the code is unknown. */
export function seriesOf(tables: SnapshotTables, code: string, category: Category): SeriesPoint[] {
	const panel = buildPanel(tables);
	const lp = panel[levelOf(code)];
	const i = lp.index.get(code);
	if (i === undefined) return [];
	return lp.years.map((year, y) => {
		const k = i * lp.nYears + y;
		const c = lp.clients[category][k];
		const p = lp.pop[k];
		return {
			year,
			clients: Number.isNaN(c) ? null : c,
			population: p > 0 ? p : null,
			share: c >= 0 && p > 0 ? c / p : null,
			converted: lp.converted[category][k] === 1,
			estimated: lp.estimated[category][k] === 1
		};
	});
}
