// Public surface of the benchmark maths: peer selection, the scaled regression of the objective
// distribution, the measures and the trait definitions. The views are in src/lib/view/benchmark.

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
