// The one cross-sectional regression of the project: a region outcome (a log share, clients per
// inhabitant, …) on region traits or measures, weighted, with an optional sign constraint per
// coefficient. expectedShare.ts (error correction and expected versus actual) and the objective
// distribution (benchmark/distribution.ts) both fit through here, so there is one model, not three.
//
// Method: Lawson–Hanson active-set NNLS, generalised to sign constraints by flipping the sign of
// every non-positive column (b = −c, c ≥ 0) and keeping free coefficients always in the passive
// set. It works on the weighted Gram matrix of ols.ts, so with every coefficient free it reduces to
// exactly the normal-equation solve of olsWithIntercept: same arithmetic, same numbers.

import { solveSymmetric, weightedGram } from './ols';

/** Sign a coefficient may take: 'nonneg' (≥ 0), 'nonpos' (≤ 0) or 'free'. */
export type SignConstraint = 'free' | 'nonneg' | 'nonpos';

export interface CrossSectionInput {
	/** Outcome per row; rows with w = 0 (or mask 0) do not enter. */
	y: Float64Array;
	/** Regressor columns, each of the same length as y. */
	cols: Float64Array[];
	/** Row weights (≥ 0). Default 1 for every row. */
	w?: Float64Array;
	/** 1 for rows that enter the fit. Default: all rows with w > 0. */
	mask?: Uint8Array;
	/** Sign constraint per column of `cols`. Default all 'free'. */
	signs?: SignConstraint[];
	/** Sign constraint of the intercept (in a scaled regression it is the weight of "inwoners"). */
	interceptSign?: SignConstraint;
}

export interface CrossSectionFit {
	intercept: number;
	coef: number[];
	/** True where a sign constraint binds (the coefficient was held at 0). */
	atBound: boolean[];
	interceptAtBound: boolean;
	/** Fitted value per row (NaN for rows that did not enter). */
	fitted: Float64Array;
	/** Weighted residual sum of squares. */
	sse: number;
	/** Weighted total sum of squares around the weighted mean. */
	sst: number;
	/** 1 − sse / sst. */
	r2: number;
	/** Residual sd, degrees of freedom corrected: √(sse/Σw · n/(n − k)), k = coefficients off their bound. */
	residualSd: number;
	/** Rows that entered. */
	n: number;
}

/** A column standardised over the rows that count: z = (v − mean)/sd, NaN → 0 (the mean). */
export interface Standardised {
	z: Float64Array;
	mean: number;
	/** Population sd over the rows with a value. */
	sd: number;
	/** Rows (of `rows`) with a value. */
	n: number;
}

/**
 * Standardises `values` using the rows listed in `rows` (at offset `offset + i * stride` for row i).
 * Returns null when fewer than `minCoverage` of the rows have a value or the sd is zero.
 */
export function standardise(
	values: Float64Array,
	nRows: number,
	rows: number[],
	stride = 1,
	offset = 0,
	minCoverage = 0
): Standardised | null {
	let n = 0;
	let s = 0;
	let ss = 0;
	for (const i of rows) {
		const v = values[i * stride + offset];
		if (Number.isNaN(v)) continue;
		n++;
		s += v;
		ss += v * v;
	}
	if (n === 0 || n < minCoverage * rows.length) return null;
	const mean = s / n;
	const sd = Math.sqrt(Math.max(0, ss / n - mean * mean));
	if (!(sd > 0)) return null;
	const z = new Float64Array(nRows);
	for (let i = 0; i < nRows; i++) {
		const v = values[i * stride + offset];
		z[i] = Number.isNaN(v) ? 0 : (v - mean) / sd;
	}
	return { z, mean, sd, n };
}

const SIGN: Record<SignConstraint, number> = { free: 0, nonneg: 1, nonpos: -1 };

/**
 * Fits y = a + Σ b_j x_j by weighted least squares subject to the sign constraints. Returns null
 * when there are fewer rows than coefficients or the free part of the system is singular.
 */
export function fitCrossSection(input: CrossSectionInput): CrossSectionFit | null {
	const { y, cols, mask } = input;
	const w = input.w ?? new Float64Array(y.length).fill(1);
	const { p, xx, xy, n } = weightedGram(y, cols, w, mask);
	if (n < p) return null;
	const signs = [SIGN[input.interceptSign ?? 'free'], ...cols.map((_, j) => SIGN[input.signs?.[j] ?? 'free'])];
	const beta = signConstrainedSolve(xx, xy, p, signs);
	if (!beta) return null;

	const fitted = new Float64Array(y.length).fill(NaN);
	let sse = 0;
	let sw = 0;
	let swy = 0;
	for (let i = 0; i < y.length; i++) {
		if (mask && !mask[i]) continue;
		if (!(w[i] > 0)) continue;
		let f = beta[0];
		for (let j = 1; j < p; j++) f += beta[j] * cols[j - 1][i];
		fitted[i] = f;
		sse += w[i] * (y[i] - f) ** 2;
		sw += w[i];
		swy += w[i] * y[i];
	}
	const mean = swy / sw;
	let sst = 0;
	for (let i = 0; i < y.length; i++) if (!Number.isNaN(fitted[i])) sst += w[i] * (y[i] - mean) ** 2;
	const atBoundAll = Array.from(beta, (b, j) => signs[j] !== 0 && b === 0);
	const k = atBoundAll.filter((b) => !b).length;
	const residualSd = n > k ? Math.sqrt((sse / sw) * (n / (n - k))) : NaN;
	return {
		intercept: beta[0],
		coef: Array.from(beta.subarray(1)),
		atBound: atBoundAll.slice(1),
		interceptAtBound: atBoundAll[0],
		fitted,
		sse,
		sst,
		r2: sst > 0 ? 1 - sse / sst : NaN,
		residualSd,
		n
	};
}

/** Prediction of a fit for one row of regressor values (in the order of `cols`). */
export function predictCrossSection(fit: Pick<CrossSectionFit, 'intercept' | 'coef'>, x: ArrayLike<number>): number {
	let f = fit.intercept;
	for (let j = 0; j < fit.coef.length; j++) f += fit.coef[j] * x[j];
	return f;
}

/** Solves the normal equations on the index set `set` (ascending); null when singular. */
function solveOn(xx: Float64Array, xy: Float64Array, p: number, set: number[]): Float64Array | null {
	const m = set.length;
	if (m === 0) return new Float64Array(0);
	const a = new Float64Array(m * m);
	const b = new Float64Array(m);
	for (let r = 0; r < m; r++) {
		b[r] = xy[set[r]];
		for (let c = 0; c < m; c++) a[r * m + c] = xx[set[r] * p + set[c]];
	}
	return solveSymmetric(a, b, m);
}

/**
 * min ‖y − Xb‖² (as ½bᵀGb − bᵀg) with sign[j] · b_j ≥ 0 for sign[j] ≠ 0, by Lawson–Hanson on the
 * Gram matrix. Columns with sign −1 are flipped so every constrained coefficient is non-negative.
 */
export function signConstrainedSolve(xx: Float64Array, xy: Float64Array, p: number, sign: number[]): Float64Array | null {
	const s = sign.map((v) => (v < 0 ? -1 : 1));
	const constrained = sign.map((v) => v !== 0);
	const G = new Float64Array(p * p);
	const g = new Float64Array(p);
	for (let r = 0; r < p; r++) {
		g[r] = s[r] * xy[r];
		for (let c = 0; c < p; c++) G[r * p + c] = s[r] * s[c] * xx[r * p + c];
	}
	const passive = new Uint8Array(p);
	const excluded = new Uint8Array(p); // constrained columns that would make the system singular
	for (let j = 0; j < p; j++) if (!constrained[j]) passive[j] = 1;
	const setOf = () => {
		const out: number[] = [];
		for (let j = 0; j < p; j++) if (passive[j]) out.push(j);
		return out;
	};
	const x = new Float64Array(p);
	const first = setOf();
	const z0 = solveOn(G, g, p, first);
	if (!z0) return null;
	first.forEach((j, r) => (x[j] = z0[r]));
	if (first.length === p) return unflip(x, s);

	const gScale = Math.max(1e-300, ...Array.from(g, Math.abs), ...Array.from({ length: p }, (_, j) => Math.abs(G[j * p + j])));
	const tol = 1e-12 * gScale;
	for (let outer = 0; outer < 10 * p; outer++) {
		// Gradient of the objective's negative: g − Gx = Xᵀ(y − Xx) in flipped coordinates.
		let best = -1;
		let bestW = tol;
		for (let j = 0; j < p; j++) {
			if (passive[j] || excluded[j]) continue;
			let wj = g[j];
			for (let c = 0; c < p; c++) wj -= G[j * p + c] * x[c];
			if (wj > bestW) {
				bestW = wj;
				best = j;
			}
		}
		if (best < 0) break;
		passive[best] = 1;
		for (let inner = 0; inner < 10 * p; inner++) {
			const set = setOf();
			const z = solveOn(G, g, p, set);
			if (!z) {
				// The new column is collinear with the passive set: it cannot improve the fit.
				passive[best] = 0;
				excluded[best] = 1;
				break;
			}
			// Step from x towards z until the first constrained coefficient reaches its bound.
			let alpha = Infinity;
			let block = -1;
			set.forEach((j, r) => {
				if (constrained[j] && z[r] <= 0) {
					const a = x[j] / (x[j] - z[r]);
					if (a < alpha) {
						alpha = a;
						block = j;
					}
				}
			});
			if (block < 0) {
				x.fill(0);
				set.forEach((j, r) => (x[j] = z[r]));
				break;
			}
			set.forEach((j, r) => (x[j] += alpha * (z[r] - x[j])));
			x[block] = 0;
			for (const j of set) {
				if (constrained[j] && x[j] <= 0) {
					x[j] = 0;
					passive[j] = 0;
				}
			}
		}
	}
	return unflip(x, s);
}

function unflip(x: Float64Array, s: number[]): Float64Array {
	for (let j = 0; j < x.length; j++) x[j] = x[j] === 0 ? 0 : s[j] * x[j];
	return x;
}
