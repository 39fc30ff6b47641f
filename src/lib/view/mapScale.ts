// Colour classes for the choropleth. Quantile classes for the share (wijk shares are skewed), a
// symmetric scale around zero for the change. Every palette runs from light to dark in one direction
// (CIE lightness strictly monotone, unit-tested), so the classes keep their order in grayscale, in a
// black-and-white print and for colour-blind readers; hue only adds a second cue.
import { formatPercentChange, formatShare } from './format';

import type { MapMeasure as Measure } from './types';

export interface ColorScale {
	measure: Measure;
	/** Upper bounds of every class but the last; colors.length === breaks.length + 1. */
	breaks: number[];
	colors: string[];
	/** Dutch label per class, e.g. "4,1% – 5,3%". */
	labels: string[];
}

// ColorBrewer Blues (sequential): colour-blind safe, prints well.
const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
// Change in both directions: light to dark from strong decline to strong growth (lightness 92, 79, 66,
// 51, 31), blue for decline and red for growth as the second cue. A classic diverging scheme (RdBu)
// makes strong decline and strong growth equally dark, which grayscale cannot tell apart.
const CHANGE = ['#deebf7', '#9ecae1', '#b8998a', '#d24b32', '#99000d'];
// One-sided change: the red half (growth) or the blue half (decline) of the same scheme.
const GROWTH = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
const DECLINE = ['#08519c', '#3182bd', '#6baed6', '#bdd7e7', '#eff3ff'];

export const NO_DATA_COLOR = '#d9d9d9';

/** The palettes, in class order, for the lightness test. */
export const PALETTES = { SEQUENTIAL, CHANGE, GROWTH, DECLINE };

function quantile(sorted: number[], p: number): number {
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export function buildScale(values: Array<number | null | undefined>, measure: Measure): ColorScale {
	const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (measure === 'verandering' && v.length > 0 && (v[0] >= 0 || v[v.length - 1] <= 0)) {
		// Every region changes the same way: classes within that direction say more than a scale
		// centred on zero where everything would fall into one class.
		const growth = v[v.length - 1] > 0;
		const digits = Math.max(Math.abs(v[0]), Math.abs(v[v.length - 1])) < 0.05 ? 1 : 0;
		const f = (x: number) => formatPercentChange(x, digits);
		const breaks = readableBreaks(v, f);
		const colors = pick(growth ? GROWTH : DECLINE, breaks.length + 1);
		return { measure, breaks, colors, labels: rangeLabels(v, breaks, f) };
	}
	if (measure === 'verandering') {
		const maxAbs = v.length ? Math.max(Math.abs(v[0]), Math.abs(v[v.length - 1])) : 0.1;
		// Round the outer break to a readable step so the legend shows tidy numbers.
		const m = Math.max(0.005, niceCeil(quantile(v.map(Math.abs).sort((a, b) => a - b), 0.9) || maxAbs));
		const breaks = [-m, -m / 3, m / 3, m];
		const f = (x: number) => formatPercentChange(x, m < 0.03 ? 1 : 0);
		return {
			measure,
			breaks,
			colors: CHANGE,
			labels: [`< ${f(-m)}`, `${f(-m)} – ${f(-m / 3)}`, `${f(-m / 3)} – ${f(m / 3)}`, `${f(m / 3)} – ${f(m)}`, `> ${f(m)}`]
		};
	}
	if (v.length === 0) return { measure, breaks: [], colors: [SEQUENTIAL[2]], labels: ['–'] };
	const digits = v[v.length - 1] < 0.02 ? 2 : 1;
	const f = (x: number) => formatShare(x, digits);
	const breaks = readableBreaks(v, f);
	const colors = pick(SEQUENTIAL, breaks.length + 1);
	return { measure, breaks, colors, labels: rangeLabels(v, breaks, f) };
}

/**
 * Quintile breaks of the sorted values, keeping only breaks whose label differs from the edge before
 * it and from the maximum: classes whose formatted bounds collapse ("+21% – +21%") or repeat
 * ("6,7% – 6,7%" twice) are merged into their neighbour, so every legend label names a real range.
 */
function readableBreaks(sorted: number[], f: (x: number) => string): number[] {
	const max = f(sorted[sorted.length - 1]);
	const breaks: number[] = [];
	let prev = f(sorted[0]);
	for (const b of [0.2, 0.4, 0.6, 0.8].map((p) => quantile(sorted, p))) {
		const label = f(b);
		if (label === prev || label === max) continue;
		breaks.push(b);
		prev = label;
	}
	return breaks;
}

/** "lo – hi" per class; a single value when every region has the same (formatted) value. */
function rangeLabels(sorted: number[], breaks: number[], f: (x: number) => string): string[] {
	const edges = [sorted[0], ...breaks, sorted[sorted.length - 1]];
	return edges.slice(1).map((hi, i) => (f(edges[i]) === f(hi) ? f(hi) : `${f(edges[i])} – ${f(hi)}`));
}

export function colorFor(scale: ColorScale, value: number | null | undefined): string {
	if (typeof value !== 'number' || !Number.isFinite(value)) return NO_DATA_COLOR;
	let i = 0;
	while (i < scale.breaks.length && value >= scale.breaks[i]) i++;
	return scale.colors[i];
}

function pick(palette: string[], n: number): string[] {
	if (n >= palette.length) return palette;
	if (n === 1) return [palette[2]];
	return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]);
}

function niceCeil(x: number): number {
	const steps = [0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1];
	return steps.find((s) => s >= x) ?? x;
}
