// Indicator extrapolation: each region's own linear trend over the last years up to the origin,
// optionally damped per year ahead.

/** Yearly slope of a unit's series over at most `window` years ending at or before yearIdx. */
export function trendSlope(values: Float64Array, row: number, yearIdx: number, window = 3): number {
	let last = -1;
	for (let y = yearIdx; y >= 0; y--) {
		if (!Number.isNaN(values[row + y])) {
			last = y;
			break;
		}
	}
	if (last < 0) return 0;
	let first = -1;
	for (let y = Math.max(0, last - window); y < last; y++) {
		if (!Number.isNaN(values[row + y])) {
			first = y;
			break;
		}
	}
	if (first < 0) return 0;
	return (values[row + last] - values[row + first]) / (last - first);
}

/**
 * Cumulative extrapolated change after `steps` years: Σ_{j=1..steps} slope · damping^(j−1).
 * damping = 1 is the seeds' linear extrapolation.
 */
export function cumulativeChange(slope: number, steps: number, damping: number): number {
	if (damping === 1) return slope * steps;
	let s = 0;
	let f = 1;
	for (let j = 0; j < steps; j++) {
		s += slope * f;
		f *= damping;
	}
	return s;
}
