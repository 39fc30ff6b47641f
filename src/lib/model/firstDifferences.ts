// The first-differences transform of the seeds: a unit's year-on-year change in a dense
// [unit * nYears + year] array. The first year of each unit has no change (NaN).

export function firstDifferences(values: Float64Array, nYears: number): Float64Array {
	const out = new Float64Array(values.length).fill(NaN);
	for (let k = 0; k < values.length; k++) {
		if (k % nYears === 0) continue;
		out[k] = values[k] - values[k - 1];
	}
	return out;
}

/** Share of inhabitants: clients / population, NaN where either is missing or population is 0. */
export function shareOf(clients: Float64Array, pop: Float64Array): Float64Array {
	const out = new Float64Array(clients.length);
	for (let k = 0; k < clients.length; k++) out[k] = pop[k] > 0 ? clients[k] / pop[k] : NaN;
	return out;
}

/** Change in share per year: shareChange(t) = s(t) − s(t−1). */
export function shareChange(clients: Float64Array, pop: Float64Array, nYears: number): Float64Array {
	return firstDifferences(shareOf(clients, pop), nYears);
}
