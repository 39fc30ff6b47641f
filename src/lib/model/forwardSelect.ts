// Forward selection of indicators, scored out of sample. With several years of changes the
// splits are "fit on earlier years, score the next year" (validated on time); the caller decides.

import { olsWithIntercept, predictRow } from './ols';

export interface Split {
	train: Uint8Array;
	val: Uint8Array;
}

export interface SelectionStep {
	added: number;
	score: number;
}

export interface SelectionResult {
	selected: number[];
	/** Validation score (weighted SSE summed over splits) of the intercept-only model. */
	baseScore: number;
	steps: SelectionStep[];
}

/** Weighted validation SSE of a model with columns `use`, summed over the splits. */
export function validationScore(
	y: Float64Array,
	cols: Float64Array[],
	w: Float64Array,
	use: number[],
	splits: Split[]
): number {
	const xs = use.map((j) => cols[j]);
	let score = 0;
	for (const s of splits) {
		const fit = olsWithIntercept(y, xs, w, s.train);
		if (!fit) return Infinity;
		for (let i = 0; i < y.length; i++) {
			if (!s.val[i]) continue;
			score += w[i] * (y[i] - predictRow(fit, xs, i)) ** 2;
		}
	}
	return score;
}

/**
 * Greedily adds the candidate column that lowers the validation score most, while it lowers the
 * score by at least `minGain` (relative) and fewer than `maxDrivers` are chosen.
 */
export function forwardSelect(
	y: Float64Array,
	cols: Float64Array[],
	w: Float64Array,
	splits: Split[],
	maxDrivers: number,
	minGain = 0.005,
	candidates: number[] = cols.map((_, j) => j)
): SelectionResult {
	const selected: number[] = [];
	const steps: SelectionStep[] = [];
	const baseScore = validationScore(y, cols, w, [], splits);
	let current = baseScore;
	while (selected.length < maxDrivers) {
		let best = -1;
		let bestScore = current;
		for (const j of candidates) {
			if (selected.includes(j)) continue;
			const sc = validationScore(y, cols, w, [...selected, j], splits);
			if (sc < bestScore) {
				bestScore = sc;
				best = j;
			}
		}
		if (best < 0 || bestScore > current * (1 - minGain)) break;
		selected.push(best);
		steps.push({ added: best, score: bestScore });
		current = bestScore;
	}
	return { selected, baseScore, steps };
}
