// The nested choice: for an origin T each candidate forecasts from every earlier origin the years up
// to T, and the lowest WAPE wins (units with an actual ≥ 10). Nothing after T is seen.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import { candidateKey, gridOf, sameCandidate, type Candidate } from './candidates';
import { cached, cfgKey, coreRun, type CoreRun } from './categoryRun';
import type { Panel } from './panel';
import type { ModelConfig } from './types';

export interface Selection {
	index: number;
	/** WAPE per candidate on the pseudo-origins; empty when nothing could be scored. */
	wape: number[];
	origins: number[];
	n: number;
}

/** Picks the candidate with the lowest WAPE over forecasts from origins before T of years ≤ T. */
export function selectCandidate(panel: Panel, level: Level, cat: Category, T: number, cfg: ModelConfig): Selection {
	return cached(panel, `sel|${level}|${cat}|${T}|${cfgKey(cfg)}`, () => {
		const lp = panel[level];
		const nY = lp.nYears;
		const cands = gridOf(cfg);
		const nC = cands.length;
		const fixed = cfg.fixedCandidate;
		if (fixed) {
			const index = cands.findIndex((c) => sameCandidate(c, fixed));
			if (index < 0) throw new Error('fixedCandidate is not in the candidate grid');
			return { index, wape: [], origins: [], n: 0 };
		}
		const err = new Float64Array(nC);
		let act = 0;
		let n = 0;
		const origins: number[] = [];
		for (let o = panel.firstYear; o < T; o++) {
			// The first year has no change before it: only a combination with naive or the convergence
			// toward the traits' expected share (a cross-section of that one year) can be scored there.
			const levelOnly = !!cfg.naiveWeights?.length || !!cfg.convergenceRates?.length;
			if (o === panel.firstYear && !levelOnly) continue;
			const run = coreRun(panel, level, cat, o, cfg);
			if (!run.core.diffYears.length && !run.core.robustGrowth && !run.core.shrunkGrowth && !levelOnly) continue;
			// Candidates that behave the same in this run are computed once (e.g. drivers when none
			// were selected, a robust drift that does not exist yet).
			const rep = representatives(cands, run);
			const own: number[] = [];
			for (let c = 0; c < nC; c++) if (rep[c] === c) own.push(c);
			const part = new Float64Array(nC);
			let used = false;
			for (let h = 1; o + h <= T && h <= run.horizon; h++) {
				const y = o + h - lp.firstYear;
				for (let i = 0; i < lp.codes.length; i++) {
					const a = lp.clients[cat][i * nY + y];
					if (!(a >= MIN_CLIENTS) || lp.estimated[cat][i * nY + y]) continue;
					const pop = run.pop[i * run.horizon + h - 1];
					if (!(pop > 0) || !(run.base.count[i] >= MIN_CLIENTS) || !(run.base.share[i] >= 0)) continue;
					const steps = h + o - run.base.year[i];
					for (const c of own) part[c] += Math.abs(run.shareAt(i, steps, cands[c], pop) * pop - a);
					act += a;
					n++;
					used = true;
				}
			}
			for (let c = 0; c < nC; c++) err[c] += part[rep[c]];
			if (used) origins.push(o);
		}
		if (!(act > 0)) return { index: 0, wape: [], origins: [], n: 0 };
		let best = 0;
		for (let c = 1; c < nC; c++) if (err[c] < err[best] - 1e-9) best = c;
		return { index: best, wape: Array.from(err, (e) => e / act), origins, n };
	});
}

/** Per candidate, the first candidate that forecasts identically in this run. */
function representatives(cands: Candidate[], run: CoreRun): number[] {
	const noDrivers = run.core.selected.length === 0;
	const noConvergence = !run.base.devTraits.some(Number.isFinite);
	const seen = new Map<string, number>();
	return cands.map((c, idx) => {
		let eff: Candidate =
			(c.robust && !run.core.robustGrowth) || (c.shrink && !run.core.shrunkGrowth)
				? { ...c, robust: undefined, shrink: undefined, damping: 0, source: 'pooled' }
				: { ...c, drivers: c.drivers && !noDrivers };
		if (noConvergence) eff = { ...eff, convergence: undefined };
		const key = candidateKey(eff);
		const hit = seen.get(key);
		if (hit !== undefined) return hit;
		seen.set(key, idx);
		return idx;
	});
}

