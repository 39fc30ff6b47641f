// Public API of the model layer. Pure TypeScript: the browser worker (comlink), the Node CLIs and
// the tests all call these functions. Signatures are stable; the app depends on them.

import type { Category, Level } from '../snapshot/schema';
import { expectedVersusActual, type ExpectedShareRow } from './expectedShare';
import { broadOrigin, buildPanel } from './panel';
import { projectPanel, toPopulationForecast } from './project';
import type { PopulationForecast, SnapshotTables } from './types';

export type * from './types';
export { SIZE_BANDS, reliabilityOf, sizeBandOf } from '../snapshot/reliability';
export { loadSnapshotTables, type SnapshotBuffers } from '../snapshot/read';
export { fitModel, DEFAULT_CONFIG } from './fit';
export { forecast } from './forecast';
export { runBacktest, formatBacktestTable } from './backtest';
export { describeCandidate, type Candidate } from './candidates';
export { mergePopulationForecast, type UserPopulationRow } from './populationOverride';
export { seriesOf, type SeriesPoint } from './history';
export { mape, wape, mdape, metrics } from './metrics';
export { analyseErrors, type ErrorAnalysis } from './errorAnalysis';
export type { ExpectedShareRow };

/**
 * Benchmark: per region of a level, its actual share against the share its traits predict (a
 * cross-sectional regression of log share on the indicators of that year, all regions of the
 * level). The same residual drives the model's error-correction candidate.
 */
export function expectedShares(tables: SnapshotTables, level: Level, category: Category, year: number): ExpectedShareRow[] {
	return expectedVersusActual(buildPanel(tables)[level], category, year);
}

/**
 * Projects inhabitants per wijk and gemeente for `origin + 1 … origin + horizon` from data up to
 * `origin`: KWB age bands aged one year at a time, plus each region's damped net-migration trend,
 * wijken scaled to grow like their gemeente. Pass the result (or a user's replacement, see
 * mergePopulationForecast) to `forecast(..., { population })`.
 */
export function projectPopulation(tables: SnapshotTables, origin: number, horizon = 5): PopulationForecast {
	const panel = buildPanel(tables);
	return toPopulationForecast(panel, projectPanel(panel, origin, horizon));
}

/** The default forecast origin: the latest year most gemeenten have data for (broadOrigin). */
export function lastDataYear(tables: SnapshotTables): number {
	return broadOrigin(buildPanel(tables));
}
