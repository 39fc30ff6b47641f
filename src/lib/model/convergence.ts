// Convergence toward an expected share (issue 13, item 4): a gemeente-growth stage in which a
// gemeente's share moves each year a fixed fraction λ of the way from its current value toward the
// share its traits predict. The expected share is the cross-section of the benchmark: log(share) of
// every gemeente with ≥ 10 clients in the base year regressed on the benchmark's traits (age,
// one-person households, income, benefits, urbanity; benchmark/traits.ts) through the project's one
// cross-sectional regression (crossSection.ts). In log terms, after h years
//
//   log s(T+h) = log s(T) − d · (1 − (1 − λ)^h),   d = log s(T) − log ŝ(T).
//
// A wijk moves with its gemeente (the same factor): the stage is about gemeenten, whose policy and
// registration set their level; a wijk's own deviation within its gemeente is mostly its own
// population (a care home, a student quarter) and is left alone. Only the base year's data enters.

import type { Category, Level } from '../snapshot/schema';
import { traitColumns, type TraitId } from './benchmark/traits';
import { standardise } from './crossSection';
import { countedUnits, logShareResidual } from './expectedShare';
import type { LevelPanel, Panel } from './panel';

/** The traits of the issue, in the benchmark's definitions (size is not a trait of the share). */
export const CONVERGENCE_TRAITS: readonly TraitId[] = [
	'aandeel_65plus',
	'aandeel_eenpersoonshuishoudens',
	'inkomen_per_inwoner',
	'aandeel_bijstand',
	'aandeel_ao',
	'stedelijkheid_log'
];
/** Fewest gemeenten for a cross-section: with six traits, at least ten rows per coefficient and more. */
const MIN_UNITS = 70;
const MIN_COVERAGE = 0.9;

/** The share after `steps` years of convergence at rate λ from log deviation d (NaN d: unchanged). */
export function convergedShare(share: number, d: number, lambda: number, steps: number): number {
	if (!Number.isFinite(d) || !(lambda > 0)) return share;
	return share * Math.exp(-d * (1 - (1 - lambda) ** steps));
}

const memo = new WeakMap<LevelPanel, Map<string, Float64Array>>();

/**
 * log(share) − log(expected share from the traits) per unit of a level in year index y; NaN where
 * the unit was not in the cross-section (fewer than 10 clients, most traits unknown) or none fitted.
 */
export function traitDeviation(lp: LevelPanel, cat: Category, y: number): Float64Array {
	let m = memo.get(lp);
	if (!m) memo.set(lp, (m = new Map()));
	const key = `${cat}|${y}`;
	let d = m.get(key);
	if (!d) m.set(key, (d = computeDeviation(lp, cat, y)));
	return d;
}

function computeDeviation(lp: LevelPanel, cat: Category, y: number): Float64Array {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const out = new Float64Array(nU).fill(NaN);
	if (y < 0 || y >= nY || !lp.clients[cat]) return out;
	const units = countedUnits(lp, cat, y);
	if (units.length < MIN_UNITS) return out;
	const traits = traitColumns(lp, y);
	const raw: Float64Array[] = [];
	const cols: Float64Array[] = [];
	for (const id of CONVERGENCE_TRAITS) {
		const st = standardise(traits[id], nU, units, 1, 0, MIN_COVERAGE);
		if (!st) continue;
		raw.push(traits[id]);
		cols.push(st.z);
	}
	if (!cols.length) return out;
	const unknown = (i: number) => raw.reduce((n, r) => n + (Number.isNaN(r[i]) ? 1 : 0), 0);
	return logShareResidual(lp, cat, y, units, cols, unknown, raw.length)?.deviation ?? out;
}

/**
 * Per unit of `level`, the log deviation its forecast converges from: at the unit's base year, the
 * gemeente's own deviation (a wijk takes its gemeente's). NaN where there is none.
 */
export function convergenceDeviation(panel: Panel, level: Level, cat: Category, baseYear: Int32Array, hasBase: (i: number) => boolean): Float64Array {
	const lp = panel[level];
	const gp = panel.gemeente;
	const out = new Float64Array(lp.codes.length).fill(NaN);
	for (let i = 0; i < lp.codes.length; i++) {
		if (!hasBase(i)) continue;
		const g = level === 'gemeente' ? i : gp.index.get(lp.gemeente[i]);
		if (g === undefined) continue;
		out[i] = traitDeviation(gp, cat, baseYear[i] - gp.firstYear)[g];
	}
	return out;
}
