// The candidates of the nested choice: every way of carrying a fitted model forward, from "the share
// stays" (the a-priori choice) to drifts, gemeente effects, drivers, smoothing, the robust national
// drift and a combination with the naive count.

import type { RobustKind } from './robustGrowth';
import type { ModelConfig } from './types';

/** One way to carry the model forward; the nested backtest picks one per level × category. */
export interface Candidate {
	/** 'pooled': intercept over all diff years; 'last': the latest year's drift. */
	source: 'pooled' | 'last';
	/** Damped trend: step j adds damping^j × drift (1 = linear, 0 = no drift). */
	damping: number;
	/** Weight of the own gemeente's deviation from the drift in the latest year. */
	gemeenteWeight: number;
	/** Whether the selected drivers (indicators, error correction) enter the forecast. */
	drivers: boolean;
	/**
	 * Level smoothing κ: the starting share is (1 − κ) × last share + κ × the year before's share
	 * carried forward by its group's change (the gemeente for a wijk, the country for a gemeente).
	 * It damps one-year noise (rounding to 5, registration) without losing a common shift.
	 */
	smoothing: number;
	/**
	 * Robust national drift instead of the regression drift: the share grows by the median
	 * gemeente's latest relative change (robustGrowth.ts), damped like the drift (step j adds
	 * damping^j of it). Used alone: no gemeente effect, drivers or smoothing with it.
	 */
	robust?: RobustKind;
	/**
	 * Forecast combination: w × naive (the last count) + (1 − w) × the share forecast × projected
	 * inhabitants. Only combined with the a-priori candidate.
	 */
	naiveWeight?: number;
	/**
	 * Category shrinkage (categoryShrink.ts): the share grows by the category's own median change
	 * shrunk toward the total's pooled history, damped like the drift. Never for the total itself.
	 */
	shrink?: boolean;
	/**
	 * Convergence (convergence.ts): each year the share moves this fraction of its gemeente's log
	 * deviation from the share its traits predict. Combined with the a-priori, robust and shrink
	 * candidates only.
	 */
	convergence?: number;
}

/**
 * Chosen when no earlier origin can score the candidates: the share stays at its last value
 * (last share × projected inhabitants). A component enters only after it has beaten that on a
 * past year; ties go to the simpler candidate (earlier in the grid).
 */
export const A_PRIORI_CANDIDATE: Candidate = {
	source: 'pooled',
	damping: 0,
	gemeenteWeight: 0,
	drivers: false,
	smoothing: 0
};

/** All candidates, simplest first (ties go to the earlier one). */
export function candidateGrid(
	dampings: number[],
	gemeenteWeights: number[],
	smoothings: number[] = [0],
	robustKinds: RobustKind[] = [],
	naiveWeights: number[] = [],
	shrink = false,
	convergenceRates: number[] = []
): Candidate[] {
	const out: Candidate[] = [];
	const seen = new Set<string>();
	const add = (c: Candidate) => {
		if (seen.has(candidateKey(c))) return;
		seen.add(candidateKey(c));
		out.push(c);
	};
	for (const smoothing of smoothings) {
		for (const drivers of [false, true]) {
			add({ ...A_PRIORI_CANDIDATE, drivers, smoothing });
			for (const d of dampings) {
				if (d === 0) continue;
				add({ source: 'pooled', damping: d, gemeenteWeight: 0, drivers, smoothing });
				for (const g of gemeenteWeights) add({ source: 'last', damping: d, gemeenteWeight: g, drivers, smoothing });
			}
		}
	}
	// Appended, so the indices of the grid above stay as they were.
	for (const robust of robustKinds)
		for (const d of dampings) if (d !== 0) add({ ...A_PRIORI_CANDIDATE, source: 'last', damping: d, robust });
	for (const w of naiveWeights) if (w > 0 && w < 1) add({ ...A_PRIORI_CANDIDATE, naiveWeight: w });
	if (shrink) for (const d of dampings) if (d !== 0) add({ ...A_PRIORI_CANDIDATE, source: 'last', damping: d, shrink: true });
	// Convergence is a stage on top of "the share stays", a robust drift or the shrinkage.
	const carriers = out.filter((c) => c === out[0] || c.robust || c.shrink);
	for (const lambda of convergenceRates) if (lambda > 0 && lambda < 1) for (const c of carriers) add({ ...c, convergence: lambda });
	return out;
}

/** Same candidate (all fields, the optional robust kind included)? */
export function sameCandidate(a: Candidate, b: Partial<Candidate>): boolean {
	return (
		a.source === b.source &&
		a.damping === b.damping &&
		a.gemeenteWeight === b.gemeenteWeight &&
		a.drivers === b.drivers &&
		a.smoothing === b.smoothing &&
		(a.robust ?? null) === (b.robust ?? null) &&
		(a.naiveWeight ?? 0) === (b.naiveWeight ?? 0) &&
		!!a.shrink === !!b.shrink &&
		(a.convergence ?? 0) === (b.convergence ?? 0)
	);
}


/** One string per distinct candidate (all fields). */
export function candidateKey(c: Candidate): string {
	return `${c.source}|${c.damping}|${c.gemeenteWeight}|${c.drivers}|${c.smoothing}|${c.robust ?? ''}|${c.naiveWeight ?? 0}|${c.shrink ? 1 : 0}|${c.convergence ?? 0}`;
}

const grids = new Map<string, Candidate[]>();
/** The candidate grid of a config (built once per config; treat as read-only). */
export function gridOf(cfg: ModelConfig): Candidate[] {
	const key = JSON.stringify([cfg.driftDampings, cfg.gemeenteWeights, cfg.smoothings, cfg.robustDrifts ?? [], cfg.naiveWeights ?? [], !!cfg.shrinkToTotal, cfg.convergenceRates ?? []]);
	let g = grids.get(key);
	if (!g) {
		g = candidateGrid(cfg.driftDampings, cfg.gemeenteWeights, cfg.smoothings, cfg.robustDrifts ?? [], cfg.naiveWeights ?? [], !!cfg.shrinkToTotal, cfg.convergenceRates ?? []);
		grids.set(key, g);
	}
	return g;
}

/** A short English description, for the command-line tools and logs (the UI words it in Dutch). */
export function describeCandidate(c: Candidate): string {
	if (c.convergence) {
		const rest = describeCandidate({ ...c, convergence: undefined });
		return `${rest === 'share stays' ? '' : `${rest}, `}convergence ${c.convergence}/yr to trait-expected share`;
	}
	if (c.shrink) return `category drift shrunk to total x${c.damping}`;
	if (c.robust) return `${c.robust === 'median' ? 'median' : 'client-weighted median'} gemeente drift x${c.damping}`;
	if (c.naiveWeight) return `${c.naiveWeight} x naive + ${1 - c.naiveWeight} x share x population`;
	const parts = [c.damping ? `${c.source} drift x${c.damping}` : 'share stays'];
	if (c.gemeenteWeight) parts.push(`gemeente x${c.gemeenteWeight}`);
	if (c.drivers) parts.push('drivers');
	if (c.smoothing) parts.push(`smoothing ${c.smoothing}`);
	return parts.join(', ');
}
