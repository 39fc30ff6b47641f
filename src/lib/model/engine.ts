// The rolling-origin engine shared by fitModel, forecast and the backtest. For an origin T it fits
// every level × category on data up to T, and picks the drift candidate by the error of the same
// procedure run from earlier origins, scored only on years up to T (nested: nothing after T leaks).

import type { Category, Level } from '../snapshot/schema';
import { EC_POS, fitCategoryCore, type CategoryFitCore } from './categoryFit';
import {
	candidateGrid,
	forecastCategory,
	indicatorStep,
	makeForecaster,
	sameCandidate,
	unitBase,
	type Candidate,
	type CategoryForecastArrays,
	type ShareForecaster,
	type UnitBase
} from './categoryForecast';
import type { LevelPanel, Panel } from './panel';
import { projectPanel } from './population';
import { reconcileCategory } from './reconcile';
import { robustShareGrowth } from './robustGrowth';
import type { ModelConfig } from './types';

export interface CoreRun {
	core: CategoryFitCore;
	base: UnitBase;
	indStep: Float64Array;
	candidates: Candidate[];
	shareAt: ShareForecaster;
	/** Projected inhabitants, [unit * horizon + h − 1]. */
	pop: Float64Array;
	horizon: number;
	/** Full forecast arrays of one candidate (memoised). */
	forecastFor(c: number): CategoryForecastArrays;
}

export interface Selection {
	index: number;
	/** WAPE per candidate on the pseudo-origins; empty when nothing could be scored. */
	wape: number[];
	origins: number[];
	n: number;
}

export interface FinalRun {
	run: CoreRun;
	selection: Selection;
	/** The chosen candidate's forecasts, reconciled with the gemeente where configured. */
	fc: CategoryForecastArrays;
}

const memo = new WeakMap<Panel, Map<string, unknown>>();
function cached<T>(panel: Panel, key: string, make: () => T): T {
	let m = memo.get(panel);
	if (!m) memo.set(panel, (m = new Map()));
	if (m.has(key)) return m.get(key) as T;
	const v = make();
	m.set(key, v);
	return v;
}

const grids = new Map<string, Candidate[]>();
/** The candidate grid of a config (built once per config; treat as read-only). */
export function gridOf(cfg: ModelConfig): Candidate[] {
	const key = JSON.stringify([cfg.driftDampings, cfg.gemeenteWeights, cfg.smoothings, cfg.robustDrifts ?? [], cfg.naiveWeights ?? []]);
	let g = grids.get(key);
	if (!g) {
		g = candidateGrid(cfg.driftDampings, cfg.gemeenteWeights, cfg.smoothings, cfg.robustDrifts ?? [], cfg.naiveWeights ?? []);
		grids.set(key, g);
	}
	return g;
}

export function horizonFor(panel: Panel, origin: number): number {
	return Math.max(5, panel.lastYear - origin);
}

function cfgKey(c: ModelConfig): string {
	return JSON.stringify(c);
}

export function coreRun(panel: Panel, level: Level, cat: Category, origin: number, cfg: ModelConfig): CoreRun {
	return cached(panel, `core|${level}|${cat}|${origin}|${cfgKey(cfg)}`, () => {
		const lp = panel[level];
		const horizon = horizonFor(panel, origin);
		const robust = cfg.robustDrifts ?? [];
		const core: CategoryFitCore = {
			...fitCategoryCore(lp, cat, origin, cfg.maxDrivers),
			robustGrowth: robust.length ? robustShareGrowth(panel, cat, origin) : null
		};
		const base = unitBase(lp, cat, origin, core.selected.some((j) => j >= EC_POS));
		const indStep = indicatorStep(lp, core, origin);
		const pop = projectPanel(panel, origin, horizon)[level].total;
		const candidates = gridOf(cfg);
		const shareAt = makeForecaster(lp, core, base, indStep, cfg.indicatorDamping);
		const made = new Map<number, CategoryForecastArrays>();
		const forecastFor = (c: number) => {
			let f = made.get(c);
			if (!f) {
				f = forecastCategory(lp, core, candidates[c], base, indStep, pop, horizon, cfg.indicatorDamping);
				made.set(c, f);
			}
			return f;
		};
		return { core, base, indStep, candidates, shareAt, pop, horizon, forecastFor };
	});
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
			// The first year has no change before it: only a combination with naive can be scored there.
			if (o === panel.firstYear && !cfg.naiveWeights?.length) continue;
			const run = coreRun(panel, level, cat, o, cfg);
			if (!run.core.diffYears.length && !run.core.robustGrowth && !cfg.naiveWeights?.length) continue;
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
					if (!(a >= 10)) continue;
					const pop = run.pop[i * run.horizon + h - 1];
					if (!(pop > 0) || !(run.base.count[i] >= 10) || !(run.base.share[i] >= 0)) continue;
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
	const seen = new Map<string, number>();
	return cands.map((c, idx) => {
		const eff: Candidate =
			c.robust && !run.core.robustGrowth
				? { ...c, robust: undefined, damping: 0, source: 'pooled' }
				: { ...c, drivers: c.drivers && !noDrivers };
		const key = `${eff.source}|${eff.damping}|${eff.gemeenteWeight}|${eff.drivers}|${eff.smoothing}|${eff.robust ?? ''}|${eff.naiveWeight ?? 0}`;
		const hit = seen.get(key);
		if (hit !== undefined) return hit;
		seen.set(key, idx);
		return idx;
	});
}

function cloneFc(f: CategoryForecastArrays): CategoryForecastArrays {
	return {
		horizon: f.horizon,
		model: f.model.slice(),
		naive: f.naive,
		sharePop: f.sharePop,
		share: f.share.slice()
	};
}

/** Chosen, reconciled forecasts of every level × category from origin T. Memoised. */
export function finalRuns(panel: Panel, T: number, cfg: ModelConfig): Map<string, FinalRun> {
	return cached(panel, `final|${T}|${cfgKey(cfg)}`, () => {
		const out = new Map<string, FinalRun>();
		for (const level of ['gemeente', 'wijk'] as Level[]) {
			for (const cat of panel[level].categories) {
				const run = coreRun(panel, level, cat, T, cfg);
				const selection = selectCandidate(panel, level, cat, T, cfg);
				out.set(`${level}|${cat}`, { run, selection, fc: cloneFc(run.forecastFor(selection.index)) });
			}
		}
		if (cfg.reconcile) reconcileAll(panel, out);
		return out;
	});
}

export function reconcileAll(
	panel: Panel,
	runs: Map<string, { run: { base: UnitBase }; fc: CategoryForecastArrays }>
): void {
	for (const cat of panel.wijk.categories) {
		const w = runs.get(`wijk|${cat}`);
		const g = runs.get(`gemeente|${cat}`);
		if (!w || !g) continue;
		reconcileCategory(panel.wijk, w.run.base, w.fc, panel.gemeente, g.run.base, g.fc);
	}
}

/** Actual annual count of a unit in a year, NaN if missing. */
export function actualOf(lp: LevelPanel, cat: Category, i: number, year: number): number {
	const y = year - lp.firstYear;
	if (y < 0 || y >= lp.nYears) return NaN;
	return lp.clients[cat][i * lp.nYears + y];
}
