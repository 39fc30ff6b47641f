// Public surface of the benchmark: comparable gemeenten, expected versus actual and the objective
// distribution, each as a pure view function returning plain (structured-clone safe) data.

export { CAVEAT } from './common';
export { benchmarkViews, type BenchmarkViews, type BenchmarkOptions } from './benchmarkView';
export { peerView, type PeerView, type PeerRow, type PeerBar, type PeerCategory, type PeerTrait } from './peerView';
export { expectedActualView, EXPECTED_METHOD, type ExpectedActualView, type ExpectedActualRow, type ExpectedFlag } from './expectedActualView';
export { distributionView, R2_TEXT, type DistributionView, type DistributionRow, type DistributionGemeente, type DistributionOptions } from './distributionView';
export { scaledRegression, type ScaledRegression, type ScaledMeasure } from './distribution';
export { selectPeers, type Peer, type PeerSelection } from './peers';
export { MEASURES, MISSING_MEASURES, URBANITY_NOTE, type MeasureId, type MeasureDef } from './measures';
export {
	TRAITS,
	DEFAULT_TRAIT_WEIGHTS,
	DEFAULT_PEER_COUNT,
	MAX_PEER_COUNT,
	validateTraitWeights,
	validatePeerCount,
	applyPeerSettings,
	type TraitId,
	type TraitDef,
	type TraitWeights,
	type PeerSettings,
	type Validated
} from './traits';
