// Public surface of the benchmark views: comparable gemeenten, expected versus actual and the
// objective distribution, each a pure function returning plain (structured-clone safe) data, plus
// the model's trait settings the panel edits.
export { CAVEAT } from './common';
export { benchmarkViews, type BenchmarkViews, type BenchmarkOptions } from './benchmarkView';
export { peerView, type PeerView, type PeerRow, type PeerBar, type PeerCategory, type PeerTrait } from './peerView';
export { expectedActualView, EXPECTED_METHOD, type ExpectedActualView, type ExpectedActualRow, type ExpectedFlag } from './expectedActualView';
export { distributionView, R2_TEXT, type DistributionView, type DistributionRow, type DistributionGemeente, type DistributionOptions } from './distributionView';
export {
	DEFAULT_TRAIT_WEIGHTS,
	DEFAULT_PEER_COUNT,
	MAX_PEER_COUNT,
	TRAITS,
	validateTraitWeights,
	validatePeerCount,
	applyPeerSettings,
	type TraitId,
	type TraitWeights,
	type PeerSettings
} from '../../model/benchmark/traits';
