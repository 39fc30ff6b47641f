// The three accuracy measures of SPEC.md, over paired forecasts F and actuals A (A > 0).

import type { Metrics } from './types';

export function mape(f: ArrayLike<number>, a: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += Math.abs(f[i] - a[i]) / a[i];
	return a.length ? s / a.length : NaN;
}

export function wape(f: ArrayLike<number>, a: ArrayLike<number>): number {
	let num = 0;
	let den = 0;
	for (let i = 0; i < a.length; i++) {
		num += Math.abs(f[i] - a[i]);
		den += a[i];
	}
	return den > 0 ? num / den : NaN;
}

export function median(values: number[]): number {
	if (!values.length) return NaN;
	const v = [...values].sort((x, y) => x - y);
	const m = v.length >> 1;
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export function mdape(f: ArrayLike<number>, a: ArrayLike<number>): number {
	const ape: number[] = [];
	for (let i = 0; i < a.length; i++) ape.push(Math.abs(f[i] - a[i]) / a[i]);
	return median(ape);
}

export function metrics(f: ArrayLike<number>, a: ArrayLike<number>): Metrics {
	return { mape: mape(f, a), wape: wape(f, a), mdape: mdape(f, a) };
}

/** Linear-interpolated quantile (type 7) of unsorted values. */
export function quantile(values: number[], q: number): number {
	if (!values.length) return NaN;
	const v = Float64Array.from(values).sort();
	const pos = (v.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
