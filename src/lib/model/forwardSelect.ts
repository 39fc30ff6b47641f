// Forward selection of indicators, scored out of sample. With several years of changes the
// splits are "fit on earlier years, score the next year" (validated on time); the caller decides.
// Every subset is scored from cross-product matrices built once per split, so a step costs a few
// tiny solves instead of passes over thousands of rows (this runs inside the 300 ms budget).

import { solveSymmetric } from './ols';

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

/** Weighted cross-products of [1, x_0 … x_{m−1}] and y over masked rows. */
interface Gram {
	p: number;
	xx: Float64Array;
	xy: Float64Array;
	yy: number;
}

function gram(y: Float64Array, cols: Float64Array[], w: Float64Array, mask: Uint8Array): Gram {
	const p = cols.length + 1;
	const xx = new Float64Array(p * p);
	const xy = new Float64Array(p);
	let yy = 0;
	const x = new Float64Array(p);
	for (let i = 0; i < y.length; i++) {
		if (!mask[i]) continue;
		const wi = w[i];
		if (!(wi > 0)) continue;
		x[0] = 1;
		for (let j = 1; j < p; j++) x[j] = cols[j - 1][i];
		for (let r = 0; r < p; r++) {
			const wx = wi * x[r];
			xy[r] += wx * y[i];
			for (let c = r; c < p; c++) xx[r * p + c] += wx * x[c];
		}
		yy += wi * y[i] * y[i];
	}
	for (let r = 0; r < p; r++) for (let c = 0; c < r; c++) xx[r * p + c] = xx[c * p + r];
	return { p, xx, xy, yy };
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
	for (const s of splits) score += subsetScore(gram(y, cols, w, s.train), gram(y, cols, w, s.val), use);
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
	const grams = splits.map((s) => ({ train: gram(y, cols, w, s.train), val: gram(y, cols, w, s.val) }));
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
