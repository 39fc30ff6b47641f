// View of comparable gemeenten: the peers of one gemeente on the chosen traits, and per category
// the share of clients of the gemeente, its peers and the country, ranked. Plain data for a worker.

import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../snapshot/schema';
import { buildPanel } from '../../model/panel';
import type { SnapshotTables } from '../../snapshot/schema';
import { CAVEAT, countryShare, nameOf, orNull } from './common';
import { selectPeers } from '../../model/benchmark/peers';
import { DEFAULT_PEER_COUNT, DEFAULT_TRAIT_WEIGHTS, TRAITS, traitColumns, type TraitId, type TraitWeights } from '../../model/benchmark/traits';

export interface PeerTrait {
	id: TraitId;
	label: string;
	explanation: string;
	weight: number;
	/** The gemeente's own value (log traits on their natural scale: inhabitants, addresses/km²). */
	value: number | null;
	/** Mean over the compared gemeenten (same scale as value); null when the weight is 0. */
	mean: number | null;
}

export interface PeerRow {
	code: string;
	name: string;
	/** Weighted distance in sd units; 0 for the gemeente itself. */
	distance: number;
	isTarget: boolean;
	inhabitants: number | null;
}

export interface PeerBar {
	code: string;
	name: string;
	kind: 'gemeente' | 'peer' | 'land';
	/** Clients per inhabitant; null when not delivered or suppressed. */
	share: number | null;
	clients: number | null;
}

export interface PeerCategory {
	category: Category;
	label: string;
	year: number;
	/** Gemeente, peers and the country, highest share first; missing shares last. */
	bars: PeerBar[];
}

export interface PeerView {
	ok: boolean;
	problems: string[];
	code: string;
	name: string;
	/** Year of the traits. */
	year: number | null;
	k: number;
	/** Gemeenten that could be compared (all weighted traits known). */
	candidates: number;
	traits: PeerTrait[];
	peers: PeerRow[];
	categories: PeerCategory[];
	caveat: string;
}

const natural = (id: TraitId, v: number) => (id === 'inwoners_log' || id === 'stedelijkheid_log' ? Math.exp(v) : v);

/** The k gemeenten most like `code` on the weighted traits (latest year the gemeente has them). */
export function peerView(tables: SnapshotTables, code: string, weights: TraitWeights = DEFAULT_TRAIT_WEIGHTS, k = DEFAULT_PEER_COUNT): PeerView {
	const lp = buildPanel(tables).gemeente;
	const target = lp.index.get(code);
	const view: PeerView = { ok: false, problems: [], code, name: nameOf(tables, code), year: null, k, candidates: 0, traits: [], peers: [], categories: [], caveat: CAVEAT };
	if (target === undefined) {
		view.problems.push(`Onbekende gemeentecode "${code}". Oplossing: kies een gemeente uit de lijst.`);
		return view;
	}
	let sel: ReturnType<typeof selectPeers> | null = null;
	let y = lp.nYears - 1;
	for (; y >= 0; y--) {
		const cols = traitColumns(lp, y);
		const s = selectPeers(cols, target, weights, k, (i) => lp.pop[i * lp.nYears + y] > 0);
		if (s.ok && s.peers.length > 0) {
			sel = s;
			view.traits = TRAITS.map((t) => ({
				...t,
				weight: weights[t.id],
				value: orNull(natural(t.id, cols[t.id][target])),
				mean: s.scale[t.id] ? orNull(natural(t.id, s.scale[t.id]!.mean)) : null
			}));
			break;
		}
		if (y === lp.nYears - 1) view.problems = s.problems;
	}
	if (!sel) return view;
	view.ok = true;
	view.problems = sel.problems;
	view.year = lp.years[y];
	view.candidates = sel.candidates;
	const popAt = (i: number) => orNull(lp.pop[i * lp.nYears + y]);
	view.peers = [
		{ code, name: view.name, distance: 0, isTarget: true, inhabitants: popAt(target) },
		...sel.peers.map((p) => ({ code: lp.codes[p.index], name: nameOf(tables, lp.codes[p.index]), distance: p.distance, isTarget: false, inhabitants: popAt(p.index) }))
	];
	for (const cat of CATEGORIES) {
		if (!lp.categories.includes(cat)) continue;
		let cy = lp.nYears - 1;
		while (cy >= 0 && countryShare(lp, cat, cy).units < 40) cy--;
		if (cy < 0) continue;
		const bar = (i: number, kind: PeerBar['kind']): PeerBar => {
			const kk = i * lp.nYears + cy;
			const c = lp.clients[cat][kk];
			return { code: lp.codes[i], name: nameOf(tables, lp.codes[i]), kind, share: orNull(c / lp.pop[kk]), clients: orNull(c) };
		};
		const land = countryShare(lp, cat, cy);
		const bars = [bar(target, 'gemeente'), ...sel.peers.map((p) => bar(p.index, 'peer'))];
		bars.push({ code: 'NL', name: 'Nederland (gemeenten met gegevens)', kind: 'land', share: land.share, clients: land.clients });
		bars.sort((a, b) => (b.share ?? -Infinity) - (a.share ?? -Infinity));
		view.categories.push({ category: cat, label: CATEGORY_LABELS[cat], year: lp.years[cy], bars });
	}
	return view;
}
