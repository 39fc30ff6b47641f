// The objective distribution in the style of seed 004: clients (or euros) per gemeente explained by
// measures × weights, the weights found by a scaled regression (everything per inhabitant, so each
// gemeente counts equally) with the report's sign constraints, on the shared cross-section.

import { fitCrossSection, type CrossSectionFit, type SignConstraint } from '../crossSection';

export interface ScaledMeasure {
	id: string;
	/** Count per row (e.g. inhabitants 65+), NaN unknown. */
	values: ArrayLike<number>;
	sign: SignConstraint;
}

export interface ScaledRegressionInput {
	/** Target per row: clients, or euros. NaN where unknown. */
	target: ArrayLike<number>;
	/** Inhabitants per row: the scale, and the first measure (its weight is the intercept, ≥ 0). */
	inhabitants: ArrayLike<number>;
	measures: ScaledMeasure[];
	/** Rows allowed in (default all with a finite target, inhabitants > 0 and every measure). */
	eligible?: (i: number) => boolean;
}

export interface ScaledRegression {
	/** Weight per inhabitant (target per inhabitant, on top of the other measures). */
	inhabitantWeight: number;
	/** Weight per unit of each measure, in input order. */
	weights: number[];
	/** True where the sign constraint binds (weight held at 0). */
	atBound: boolean[];
	inhabitantAtBound: boolean;
	/** R² of target per inhabitant: what the measures explain on top of inhabitants. */
	r2Scaled: number;
	/** R² of the target itself (inhabitants × fitted share against the target). */
	r2Unscaled: number;
	/** R² of the target from inhabitants alone (the mean share per inhabitant × inhabitants). */
	r2Inhabitants: number;
	/** r2Inhabitants + r2Scaled × (1 − r2Inhabitants): seed 004's reading of how the two relate. */
	r2Combined: number;
	/** Model value (target units) per row; NaN for rows outside the fit. */
	predicted: Float64Array;
	/** 1 for rows in the fit. */
	inFit: Uint8Array;
	n: number;
	fit: CrossSectionFit;
}

function r2Of(target: ArrayLike<number>, pred: Float64Array, rows: number[]): number {
	let s = 0;
	for (const i of rows) s += target[i];
	const mean = s / rows.length;
	let sse = 0;
	let sst = 0;
	for (const i of rows) {
		sse += (target[i] - pred[i]) ** 2;
		sst += (target[i] - mean) ** 2;
	}
	return sst > 0 ? 1 - sse / sst : NaN;
}

/** The scaled regression of seed 004 (bijlage H). Null when it cannot be fitted. */
export function scaledRegression(input: ScaledRegressionInput): ScaledRegression | null {
	const { target, inhabitants, measures } = input;
	const nU = target.length;
	const rows: number[] = [];
	const mask = new Uint8Array(nU);
	for (let i = 0; i < nU; i++) {
		if (!(inhabitants[i] > 0) || !Number.isFinite(target[i])) continue;
		if (!measures.every((m) => Number.isFinite(m.values[i]))) continue;
		if (input.eligible && !input.eligible(i)) continue;
		rows.push(i);
		mask[i] = 1;
	}
	if (rows.length < measures.length + 2) return null;
	const y = new Float64Array(nU);
	const w = new Float64Array(nU);
	const cols = measures.map(() => new Float64Array(nU));
	for (const i of rows) {
		y[i] = target[i] / inhabitants[i];
		w[i] = 1;
		measures.forEach((m, j) => (cols[j][i] = m.values[i] / inhabitants[i]));
	}
	const fit = fitCrossSection({ y, cols, w, mask, signs: measures.map((m) => m.sign), interceptSign: 'nonneg' });
	const base = fitCrossSection({ y, cols: [], w, mask, interceptSign: 'nonneg' });
	if (!fit || !base) return null;
	const predicted = new Float64Array(nU).fill(NaN);
	const predBase = new Float64Array(nU).fill(NaN);
	for (const i of rows) {
		predicted[i] = inhabitants[i] * fit.fitted[i];
		predBase[i] = inhabitants[i] * base.intercept;
	}
	const r2Scaled = fit.r2;
	const r2Inhabitants = r2Of(target, predBase, rows);
	return {
		inhabitantWeight: fit.intercept,
		weights: fit.coef,
		atBound: fit.atBound,
		inhabitantAtBound: fit.interceptAtBound,
		r2Scaled,
		r2Unscaled: r2Of(target, predicted, rows),
		r2Inhabitants,
		r2Combined: r2Inhabitants + r2Scaled * (1 - r2Inhabitants),
		predicted,
		inFit: mask,
		n: rows.length,
		fit
	};
}
