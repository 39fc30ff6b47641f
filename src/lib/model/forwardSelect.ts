// Forward selection of indicators, scored out of sample. With several years of changes the
// splits are "fit on earlier years, score the next year" (validated on time); the caller decides.
// Every subset is scored from cross-product matrices built once per split, so a step costs a few
// tiny solves instead of passes over thousands of rows (this runs inside the 300 ms budget).

import { solveSymmetric, weightedGram, type Gram } from './ols';

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

/** Validation SSE of the subset `use` (column indices, intercept implied): fit on train, score on val. */
function subsetScore(train: Gram, val: Gram, use: number[]): number {
	const idx = [0, ...use.map((j) => j + 1)];
	const q = idx.length;
	const a = new Float64Array(q * q);
	const b = new Float64Array(q);
	for (let r = 0; r < q; r++) {
		b[r] = train.xy[idx[r]];
		for (let c = 0; c < q; c++) a[r * q + c] = train.xx[idx[r] * train.p + idx[c]];
	}
	const beta = solveSymmetric(a, b, q);
	if (!beta) return Infinity;
	let sse = val.yy;
	for (let r = 0; r < q; r++) {
		sse -= 2 * beta[r] * val.xy[idx[r]];
		for (let c = 0; c < q; c++) sse += beta[r] * beta[c] * val.xx[idx[r] * val.p + idx[c]];
	}
	return Math.max(0, sse);
}

/** Weighted validation SSE of a model with columns `use`, summed over the splits. */
export function validationScore(
	y: Float64Array,
	cols: Float64Array[],
	w: Float64Array,
	use: number[],
	splits: Split[]
): number {
	let score = 0;
	for (const s of splits) score += subsetScore(weightedGram(y, cols, w, s.train), weightedGram(y, cols, w, s.val), use);
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
	const grams = splits.map((s) => ({ train: weightedGram(y, cols, w, s.train), val: weightedGram(y, cols, w, s.val) }));
	const score = (use: number[]) => grams.reduce((acc, g) => acc + subsetScore(g.train, g.val, use), 0);
	const selected: number[] = [];
	const steps: SelectionStep[] = [];
	const baseScore = score([]);
	let current = baseScore;
	while (selected.length < maxDrivers) {
		let best = -1;
		let bestScore = current;
		for (const j of candidates) {
			if (selected.includes(j)) continue;
			const sc = score([...selected, j]);
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
