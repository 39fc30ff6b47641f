// Weighted least squares with an intercept, by the normal equations. The models have at most a
// handful of regressors, so a dense (p+1)² solve in plain loops beats any matrix library here.

export interface OlsFit {
	intercept: number;
	coef: number[];
	/** Weighted residual sum of squares on the training rows. */
	sse: number;
	n: number;
}

/** Weighted cross-products of [1, x_0 … x_{m−1}] and y over the rows with mask[i] = 1 and w[i] > 0. */
export interface Gram {
	p: number;
	xx: Float64Array;
	xy: Float64Array;
	yy: number;
	/** Rows that entered. */
	n: number;
}

export function weightedGram(y: Float64Array, cols: Float64Array[], w: Float64Array, mask?: Uint8Array): Gram {
	const p = cols.length + 1;
	const xx = new Float64Array(p * p);
	const xy = new Float64Array(p);
	const x = new Float64Array(p);
	let yy = 0;
	let n = 0;
	for (let i = 0; i < y.length; i++) {
		if (mask && !mask[i]) continue;
		const wi = w[i];
		if (!(wi > 0)) continue;
		n++;
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
	return { p, xx, xy, yy, n };
}

/**
 * Fits y = a + Σ b_j x_j with weights w over the rows where mask[i] is 1.
 * `cols` are column vectors of length n. Returns null if the system is singular.
 */
export function olsWithIntercept(
	y: Float64Array,
	cols: Float64Array[],
	w: Float64Array,
	mask?: Uint8Array
): OlsFit | null {
	const { p, xx, xy, n } = weightedGram(y, cols, w, mask);
	if (n < p) return null;
	const beta = solveSymmetric(xx, xy, p);
	if (!beta) return null;
	let sse = 0;
	for (let i = 0; i < y.length; i++) {
		if (mask && !mask[i]) continue;
		if (!(w[i] > 0)) continue;
		let f = beta[0];
		for (let j = 1; j < p; j++) f += beta[j] * cols[j - 1][i];
		sse += w[i] * (y[i] - f) ** 2;
	}
	return { intercept: beta[0], coef: Array.from(beta.subarray(1)), sse, n };
}

/** Gaussian elimination with partial pivoting; a and b are overwritten. */
export function solveSymmetric(a: Float64Array, b: Float64Array, p: number): Float64Array | null {
	const scale = Math.max(1e-300, ...Array.from({ length: p }, (_, i) => Math.abs(a[i * p + i])));
	for (let k = 0; k < p; k++) {
		let piv = k;
		for (let r = k + 1; r < p; r++) if (Math.abs(a[r * p + k]) > Math.abs(a[piv * p + k])) piv = r;
		if (Math.abs(a[piv * p + k]) < 1e-12 * scale) return null;
		if (piv !== k) {
			for (let c = 0; c < p; c++) [a[k * p + c], a[piv * p + c]] = [a[piv * p + c], a[k * p + c]];
			[b[k], b[piv]] = [b[piv], b[k]];
		}
		for (let r = k + 1; r < p; r++) {
			const f = a[r * p + k] / a[k * p + k];
			if (f === 0) continue;
			for (let c = k; c < p; c++) a[r * p + c] -= f * a[k * p + c];
			b[r] -= f * b[k];
		}
	}
	const out = new Float64Array(p);
	for (let k = p - 1; k >= 0; k--) {
		let s = b[k];
		for (let c = k + 1; c < p; c++) s -= a[k * p + c] * out[c];
		out[k] = s / a[k * p + k];
	}
	return out;
}

/** Prediction of a fit for row i. */
export function predictRow(fit: OlsFit, cols: Float64Array[], i: number): number {
	let f = fit.intercept;
	for (let j = 0; j < cols.length; j++) f += fit.coef[j] * cols[j][i];
	return f;
}
