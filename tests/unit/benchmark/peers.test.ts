import { describe, expect, it } from 'vitest';
import { selectPeers } from '../../../src/lib/model/benchmark/peers';
import { applyPeerSettings, DEFAULT_TRAIT_WEIGHTS, validateTraitWeights, type TraitId, type TraitWeights } from '../../../src/lib/model/benchmark/traits';

const zero = Object.fromEntries(Object.keys(DEFAULT_TRAIT_WEIGHTS).map((k) => [k, 0])) as TraitWeights;

function values(pop: number[], old: number[]): Record<TraitId, number[]> {
	const nan = pop.map(() => NaN);
	return {
		inwoners_log: pop,
		aandeel_65plus: old,
		aandeel_eenpersoonshuishoudens: nan,
		inkomen_per_inwoner: nan,
		aandeel_bijstand: nan,
		aandeel_ao: nan,
		stedelijkheid_log: nan
	};
}

describe('selectPeers', () => {
	// Six units on two traits; distances are in sd units of the candidates.
	const v = values([0, 1, 2, 3, 4, 10], [0, 0, 0, 0, 0, 1]);

	it('ranks by weighted distance on standardised traits and returns k peers', () => {
		const sel = selectPeers(v, 2, { ...zero, inwoners_log: 1 }, 3);
		expect(sel.ok).toBe(true);
		// Distances from unit 2 on one trait are |Δ| / sd: units 1 and 3 tie (broken by index), then 0.
		expect(sel.peers.map((p) => p.index)).toEqual([1, 3, 0]);
		expect(sel.peers[0].distance).toBeCloseTo(1 / sel.scale.inwoners_log!.sd, 12);
		expect(sel.candidates).toBe(6);
	});

	it('changes the ranking when a second trait gets weight', () => {
		// Unit 0 (small, "old") is nearest to unit 1 on size alone; with a heavy weight on
		// aandeel_65plus its nearest is unit 5, the only other old one, though much larger.
		const u = values([0, 1, 2, 3, 4, 10], [1, 0, 0, 0, 0, 1]);
		expect(selectPeers(u, 0, { ...zero, inwoners_log: 1 }, 1).peers[0].index).toBe(1);
		expect(selectPeers(u, 0, { ...zero, inwoners_log: 1, aandeel_65plus: 100 }, 1).peers[0].index).toBe(5);
	});

	it('leaves out units missing a weighted trait and reports a target that misses one', () => {
		const w = values([0, 1, NaN, 3], [0, 1, 0, 1]);
		expect(selectPeers(w, 0, { ...zero, inwoners_log: 1 }, 5).peers.map((p) => p.index)).toEqual([1, 3]);
		const bad = selectPeers(w, 2, { ...zero, inwoners_log: 1 }, 5);
		expect(bad.ok).toBe(false);
		expect(bad.problems[0]).toMatch(/ontbreekt: Inwoners \(log\)/);
	});
});

describe('trait weights from the user', () => {
	it('rejects weights that are all zero with a Dutch message', () => {
		const r = validateTraitWeights(zero);
		expect(r.ok).toBe(false);
		expect(r.problems[0]).toMatch(/Alle gewichten zijn 0/);
		expect(r.problems[0]).toMatch(/Oplossing:/);
	});

	it('rejects text that is not a number and a negative weight, naming the trait', () => {
		const r = validateTraitWeights({ ...DEFAULT_TRAIT_WEIGHTS, aandeel_65plus: 'veel', aandeel_ao: -1, inkomen_per_inwoner: Number.NaN });
		expect(r.ok).toBe(false);
		expect(r.problems.join('\n')).toMatch(/"Aandeel 65 jaar of ouder": "veel" is geen getal/);
		expect(r.problems.join('\n')).toMatch(/arbeidsongeschiktheidsuitkering": -1 is negatief/);
		expect(r.problems.join('\n')).toMatch(/Gemiddeld inkomen per inwoner": "NaN" is geen getal/);
	});

	it('accepts Dutch decimal text', () => {
		const r = validateTraitWeights({ ...DEFAULT_TRAIT_WEIGHTS, aandeel_65plus: '1,5' });
		expect(r.ok && r.value.aandeel_65plus).toBe(1.5);
	});

	it('keeps the last valid settings when a change is rejected', () => {
		const prev = { weights: { ...DEFAULT_TRAIT_WEIGHTS, aandeel_ao: 2 }, k: 10 };
		const r = applyPeerSettings(prev, { weights: zero });
		expect(r.ok).toBe(false);
		expect(r.settings).toBe(prev);
		const k = applyPeerSettings(prev, { k: '0' });
		expect(k.ok).toBe(false);
		expect(k.problems[0]).toMatch(/heel getal van 1 tot en met 50/);
		const good = applyPeerSettings(prev, { weights: { aandeel_ao: '0' }, k: 5 });
		expect(good.ok).toBe(true);
		expect(good.settings.weights.aandeel_ao).toBe(0);
		expect(good.settings.weights.aandeel_65plus).toBe(1);
		expect(good.settings.k).toBe(5);
	});
});
