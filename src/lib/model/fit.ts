// fitModel: the chosen model of every level × category from data up to an origin, with the 80%
// interval table from the nested backtest. Plain data, so the worker can cache and send it.

import { chooseModels } from './chooseModels';
import { intervalTable } from './intervals';
import { intervalsAt, MAX_HORIZON } from './nestedErrors';
import { buildPanel, type Panel } from './panel';
import type { FitOptions, FittedModel, ModelConfig, SnapshotTables } from './types';

export { MAX_HORIZON };

/** Fixed a priori; the candidates are then chosen per origin by the nested backtest. */
export const DEFAULT_CONFIG: ModelConfig = {
	maxDrivers: 4,
	driftDampings: [0, 0.5, 1],
	gemeenteWeights: [0, 0.5, 1],
	smoothings: [0, 0.5],
	indicatorDamping: 1,
	reconcile: true,
	robustDrifts: ['median', 'weightedMedian'],
	// Issue 13, items 3 and 4: fixed before any of them was scored (see docs/MODEL.md).
	shrinkToTotal: true,
	convergenceRates: [0.1, 0.2]
};

export function resolveConfig(c?: Partial<ModelConfig>): ModelConfig {
	return { ...DEFAULT_CONFIG, ...(c ?? {}) };
}

/** Fits all models for `origin`. Only data up to `origin` is used, also for every choice made. */
export function fitModel(tables: SnapshotTables, options: FitOptions): FittedModel {
	return fitPanel(buildPanel(tables), options);
}

/** The same on a panel already built (the pipeline builds it once for fit, forecast and views). */
export function fitPanel(panel: Panel, options: FitOptions): FittedModel {
	const cfg = resolveConfig(options.config);
	const nested = options.nested !== false;
	const models = chooseModels(panel, options.origin, cfg, nested);
	const intervals = nested ? intervalsAt(panel, options.origin, cfg) : intervalTable([], MAX_HORIZON);
	return { origin: options.origin, models, intervals, config: cfg };
}
