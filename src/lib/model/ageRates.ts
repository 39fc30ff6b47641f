// Age-specific use rates: clients per inhabitant of each cohort band, per category, estimated from
// the cross-section of regions with their age composition (the CBS tables have no age detail per
// client), then calibrated per region so they reproduce its observed count. Demand in a later year
// is Σ rate × projected inhabitants per band, times the region's calibration factor. The scenario
// levers (scenario.ts) work through these rates, so a faster-ageing population moves demand.
//
// Estimation: weighted non-negative least squares of the share of inhabitants on the band shares,
// without intercept (the shares sum to 1), weights = inhabitants: y_i/P_i = Σ_b r_b · P_ib/P_i.
// The sign-constrained solver is the one of the cross-sectional regression (crossSection.ts).

import { signConstrainedSolve } from './crossSection';

/** Use rates per cohort band (clients per inhabitant of the band), in COHORT_BANDS order. */
export interface AgeRates {
	rates: number[];
	/** Regions that entered the estimate. */
	n: number;
}

/**
 * Estimates rates from regions i with an observed count `clients[i]` and band populations
 * `bands[b][i]` (NaN or negative = unknown; such regions are left out). Null when fewer regions
 * than bands enter or the system is singular.
 */
export function estimateAgeRates(clients: ArrayLike<number>, bands: ArrayLike<number>[]): AgeRates | null {
	const p = bands.length;
	const xx = new Float64Array(p * p);
	const xy = new Float64Array(p);
	const s = new Float64Array(p);
	let n = 0;
	for (let i = 0; i < clients.length; i++) {
		const y = clients[i];
		if (!(y >= 0)) continue;
		let total = 0;
		let ok = true;
		for (let b = 0; b < p; b++) {
			const v = bands[b][i];
			if (!(v >= 0)) ok = false;
			total += v;
		}
		if (!ok || !(total > 0)) continue;
		for (let b = 0; b < p; b++) s[b] = bands[b][i] / total;
		const share = y / total;
		// Weight = inhabitants: Σ w (share − Σ r s)² is the count residual scaled by 1/P.
		for (let r = 0; r < p; r++) {
			xy[r] += total * s[r] * share;
			for (let c = 0; c < p; c++) xx[r * p + c] += total * s[r] * s[c];
		}
		n++;
	}
	if (n < p) return null;
	const beta = signConstrainedSolve(xx, xy, p, new Array(p).fill(1));
	if (!beta || !beta.some((v) => v > 0)) return null;
	return { rates: Array.from(beta, (v) => Math.max(0, v)), n };
}

/** Uncalibrated demand Σ_b rate_b × persons_b; NaN if a band is unknown. */
export function ageDemand(rates: ArrayLike<number>, persons: ArrayLike<number>): number {
	let d = 0;
	for (let b = 0; b < rates.length; b++) {
		if (!(persons[b] >= 0)) return NaN;
		d += rates[b] * persons[b];
	}
	return d;
}

/**
 * The region's calibration factor: observed count / demand of its own age composition, so
 * factor × ageDemand reproduces the count. NaN when the region has no age-explained demand.
 */
export function calibrationFactor(rates: ArrayLike<number>, observed: number, persons: ArrayLike<number>): number {
	const d = ageDemand(rates, persons);
	return d > 0 && observed >= 0 ? observed / d : NaN;
}

/** Calibrated clients of a later year: factor × Σ rate × projected persons per band. */
export function projectedClients(rates: ArrayLike<number>, factor: number, projected: ArrayLike<number>): number {
	return factor * ageDemand(rates, projected);
}

/** Fraction of the (age-explained) demand that comes from band `b`; NaN without demand. */
export function demandShareOf(rates: ArrayLike<number>, persons: ArrayLike<number>, b: number): number {
	const d = ageDemand(rates, persons);
	return d > 0 ? (rates[b] * persons[b]) / d : NaN;
}
