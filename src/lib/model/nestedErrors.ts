// The interval stage's evidence: log errors of the chosen, reconciled forecasts made before T, of
// years up to T. The same forecasts the backtest scores (finalRuns), so intervals and accuracy agree.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import { finalRuns } from './forecast';
import { intervalTable, type LogError } from './intervals';
import { actualOf, type LevelPanel, type Panel } from './panel';
import type { IntervalBand, ModelConfig } from './types';

export const MAX_HORIZON = 5;

export function errorsBefore(panel: Panel, T: number, cfg: ModelConfig): LogError[] {
	const errors: LogError[] = [];
	for (let o = panel.firstYear; o < T; o++) {
		for (const [key, fr] of finalRuns(panel, o, cfg)) {
			const [level, cat] = key.split('|') as [Level, Category];
			const lp = panel[level];
			const H = fr.fc.horizon;
			for (let h = 1; o + h <= T && h <= H; h++) {
				for (let i = 0; i < lp.codes.length; i++) {
					const f = fr.fc.model[i * H + h - 1];
					const a = actualOf(lp, cat, i, o + h);
					if (!(f > 0) || !(a >= MIN_CLIENTS)) continue;
					if (lp.estimated[cat][i * lp.nYears + o + h - lp.firstYear]) continue;
					// A sum of wijken against an official gemeente figure differs by definition, too.
					if (fr.fromWijken?.[i]) continue;
					// A summed gemeente figure as base and an official one as actual differ by definition
					// (about 4%); forecasts from the origin never straddle that, so it is no interval error.
					const flags = lp.wijkSum[cat];
					const row = i * lp.nYears - lp.firstYear;
					if (flags[row + fr.base.year[i]] !== flags[row + o + h]) continue;
					// A series break between base and actual is a level shift no forecast could know.
					if (straddlesBreak(lp, fr.base.year[i], o + h)) continue;
					errors.push({ level, baseCount: fr.base.count[i], horizon: h, logRatio: Math.log(a / f) });
				}
			}
		}
	}
	return errors;
}

export function intervalsAt(panel: Panel, T: number, cfg: ModelConfig): IntervalBand[] {
	return intervalTable(errorsBefore(panel, T, cfg), MAX_HORIZON);
}

/** True when a series break lies in (fromYear, toYear]. */
function straddlesBreak(lp: LevelPanel, fromYear: number, toYear: number): boolean {
	for (let y = fromYear + 1; y <= toYear; y++) if (lp.seriesBreak[y - lp.firstYear]) return true;
	return false;
}
