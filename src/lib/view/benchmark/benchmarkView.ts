// The three benchmark views of one gemeente in one call: what a worker method returns to the page.

import { CATEGORIES, type Category } from '../../snapshot/schema';
import type { SnapshotTables } from '../../snapshot/schema';
import { distributionView, type DistributionView } from './distributionView';
import { expectedActualView, type ExpectedActualView } from './expectedActualView';
import { peerView, type PeerView } from './peerView';
import { DEFAULT_PEER_COUNT, DEFAULT_TRAIT_WEIGHTS, type PeerSettings } from '../../model/benchmark/traits';

export interface BenchmarkViews {
	peers: PeerView;
	expected: ExpectedActualView;
	/** One per category, in CATEGORIES order. */
	distributions: DistributionView[];
}

export interface BenchmarkOptions {
	/** Valid peer settings (see applyPeerSettings); default all weights 1, k = 10. */
	settings?: PeerSettings;
	/** Euro per client: the distribution's target becomes spending. */
	costPerClient?: number | null;
	/** The gemeente's forecast share of the total per category, shown next to its objective share. */
	forecastShare?: Partial<Record<Category, number | null>>;
}

/** Peers, expected versus actual and the objective distribution (every category) of `code`. */
export function benchmarkViews(tables: SnapshotTables, code: string, options: BenchmarkOptions = {}): BenchmarkViews {
	const settings = options.settings ?? { weights: DEFAULT_TRAIT_WEIGHTS, k: DEFAULT_PEER_COUNT };
	return {
		peers: peerView(tables, code, settings.weights, settings.k),
		expected: expectedActualView(tables, code),
		distributions: CATEGORIES.map((category) =>
			distributionView(tables, { category, code, costPerClient: options.costPerClient, forecastShare: options.forecastShare?.[category] })
		)
	};
}
