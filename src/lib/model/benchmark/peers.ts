// Comparable gemeenten: the k units nearest to a chosen one on standardised traits, by weighted
// Euclidean distance. Similar on these traits only; it says nothing about why their Wmo use differs.

import { standardise } from '../crossSection';
import { TRAITS, type TraitId, type TraitWeights } from './traits';

export interface Peer {
	index: number;
	/** √(Σ w_t (z_t − z_t,target)² / Σ w_t): 0 = identical on every weighted trait. */
	distance: number;
}

export interface PeerSelection {
	ok: boolean;
	peers: Peer[];
	/** Units that could be compared (every weighted trait known), the target included. */
	candidates: number;
	/** Mean and sd of each trait over the candidates (used to standardise). */
	scale: Partial<Record<TraitId, { mean: number; sd: number }>>;
	problems: string[];
}

/**
 * Picks the k units most similar to `target` on the traits with a weight above 0. `values[t][i]`
 * is trait t of unit i (NaN unknown). Units missing a weighted trait are left out; ties are
 * broken by index, so the result is deterministic.
 */
export function selectPeers(
	values: Record<TraitId, ArrayLike<number>>,
	target: number,
	weights: TraitWeights,
	k: number,
	eligible?: (i: number) => boolean
): PeerSelection {
	const active = TRAITS.filter((t) => weights[t.id] > 0).map((t) => t.id);
	const nU = values[TRAITS[0].id].length;
	const known = (i: number) => active.every((t) => Number.isFinite(values[t][i]));
	if (!known(target)) {
		const missing = active.filter((t) => !Number.isFinite(values[t][target]));
		const labels = TRAITS.filter((t) => missing.includes(t.id)).map((t) => t.label);
		return {
			ok: false,
			peers: [],
			candidates: 0,
			scale: {},
			problems: [`Voor deze gemeente ontbreekt: ${labels.join(', ')}. Oplossing: zet het gewicht van dat kenmerk op 0.`]
		};
	}
	const rows: number[] = [];
	for (let i = 0; i < nU; i++) if (known(i) && (i === target || !eligible || eligible(i))) rows.push(i);
	const z: Partial<Record<TraitId, Float64Array>> = {};
	const scale: PeerSelection['scale'] = {};
	const used: TraitId[] = [];
	for (const t of active) {
		const st = standardise(Float64Array.from(values[t]), nU, rows);
		if (!st) continue; // no spread among the candidates: the trait cannot separate them
		z[t] = st.z;
		scale[t] = { mean: st.mean, sd: st.sd };
		used.push(t);
	}
	const wSum = used.reduce((s, t) => s + weights[t], 0);
	const peers: Peer[] = [];
	for (const i of rows) {
		if (i === target) continue;
		let d = 0;
		for (const t of used) d += weights[t] * (z[t]![i] - z[t]![target]) ** 2;
		peers.push({ index: i, distance: wSum > 0 ? Math.sqrt(d / wSum) : 0 });
	}
	peers.sort((a, b) => a.distance - b.distance || a.index - b.index);
	const problems = peers.length < k ? [`Er zijn maar ${peers.length} gemeenten met alle gekozen kenmerken; er worden er ${peers.length} getoond.`] : [];
	return { ok: true, peers: peers.slice(0, k), candidates: rows.length, scale, problems };
}
