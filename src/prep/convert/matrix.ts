// The address-weighted boundary matrix from one year's indeling to the target indeling, read from
// grenswijzigingen_long.csv (variant 'adressen'). Only regions touched by a change are listed;
// a code that is not listed is the same area in both years.

import type { Level } from '../../lib/snapshot/schema';

export interface MatrixPair {
	code_van: string; // full code with prefix: 'WK036301' / 'GM0363'
	code_naar: string;
	n_adressen: number;
}

export interface Contributor {
	source: string;
	share: number; // fraction of the source's addresses that lie in the target: splits a count
	weight: number; // fraction of the target's addresses that come from this source: judges missingness
}

export interface IndelingMatrix {
	level: Level;
	fromYear: number;
	toYear: number;
	/** target code → its sources, for targets that changed */
	byTarget: Map<string, Array<{ source: string; addresses: number }>>;
	sourceTotals: Map<string, number>;
}

export function buildMatrix(level: Level, fromYear: number, toYear: number, pairs: MatrixPair[]): IndelingMatrix {
	const byTarget = new Map<string, Array<{ source: string; addresses: number }>>();
	const sourceTotals = new Map<string, number>();
	for (const p of pairs) {
		sourceTotals.set(p.code_van, (sourceTotals.get(p.code_van) ?? 0) + p.n_adressen);
		let list = byTarget.get(p.code_naar);
		if (!list) byTarget.set(p.code_naar, (list = []));
		list.push({ source: p.code_van, addresses: p.n_adressen });
	}
	return { level, fromYear, toYear, byTarget, sourceTotals };
}

/** The identity matrix, for data that is already in the target indeling. */
export function identityMatrix(level: Level, year: number): IndelingMatrix {
	return buildMatrix(level, year, year, []);
}

/**
 * Sources of one target code. An unlisted target is its own single source. A listed source with
 * zero addresses cannot be split by address share and is left out (it had no residents).
 */
export function contributorsOf(m: IndelingMatrix, target: string): Contributor[] {
	const list = m.byTarget.get(target);
	if (!list) return m.sourceTotals.has(target) ? [] : [{ source: target, share: 1, weight: 1 }];
	const targetTotal = list.reduce((a, c) => a + c.addresses, 0);
	return list
		.filter((c) => c.addresses > 0)
		.map((c) => ({
			source: c.source,
			share: c.addresses / (m.sourceTotals.get(c.source) as number),
			weight: targetTotal > 0 ? c.addresses / targetTotal : 0
		}));
}

/** Whether a code belongs to the matrix's source indeling, given the codes of the target indeling. */
export function isKnownSource(m: IndelingMatrix, code: string, targetCodes: ReadonlySet<string>): boolean {
	return m.sourceTotals.has(code) || (targetCodes.has(code) && !m.byTarget.has(code));
}

/** Every source code a target indeling implies: listed sources plus unchanged targets. */
export function sourceCodes(m: IndelingMatrix, targetCodes: Iterable<string>): Set<string> {
	const out = new Set(m.sourceTotals.keys());
	for (const t of targetCodes) if (!m.byTarget.has(t)) out.add(t);
	return out;
}
