// Sorting of the wijk table as pure functions. Missing values always sort last, in both
// directions, so "–" rows never crowd the top of a ranking.

import { isNum } from '$lib/view/format';
import type { Reliability, WijkRow } from '$lib/view/types';

export type SortKey = 'name' | 'clients' | 'share' | 'forecast' | 'interval' | 'change' | 'reliability';
export type SortDir = 'asc' | 'desc';
export interface SortState {
	key: SortKey;
	dir: SortDir;
}

export const RELIABILITY_ORDER: Record<Reliability, number> = { ok: 0, unreliable: 1, none: 2 };

const collator = new Intl.Collator('nl-NL', { numeric: true, sensitivity: 'base' });

/** Compare two possibly missing numbers; missing last regardless of direction. */
function cmpNum(a: number | null | undefined, b: number | null | undefined, dir: SortDir): number {
	const ma = !isNum(a);
	const mb = !isNum(b);
	if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
	return dir === 'asc' ? (a as number) - (b as number) : (b as number) - (a as number);
}

function cmpRows(a: WijkRow, b: WijkRow, s: SortState): number {
	const sign = s.dir === 'asc' ? 1 : -1;
	switch (s.key) {
		case 'name':
			return sign * collator.compare(a.name, b.name);
		case 'reliability':
			return sign * (RELIABILITY_ORDER[a.reliability] - RELIABILITY_ORDER[b.reliability]);
		case 'interval':
			// By lower bound, then upper bound.
			return cmpNum(a.lower, b.lower, s.dir) || cmpNum(a.upper, b.upper, s.dir);
		default:
			return cmpNum(a[s.key], b[s.key], s.dir);
	}
}

/** A sorted copy; ties fall back to the name, then the code, so the order is stable and predictable. */
export function sortRows<T extends WijkRow>(rows: readonly T[], s: SortState): T[] {
	return [...rows].sort(
		(a, b) => cmpRows(a, b, s) || collator.compare(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
	);
}

/** Default direction when a column is first chosen: names A–Z, reliability best first, numbers largest first. */
export function defaultDir(key: SortKey): SortDir {
	return key === 'name' || key === 'reliability' ? 'asc' : 'desc';
}

/** The sort after activating a column header: toggle on the same column, default on a new one. */
export function nextSort(current: SortState, key: SortKey): SortState {
	if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: defaultDir(key) };
}

/** The aria-sort value of a column header. */
export function ariaSort(current: SortState, key: SortKey): 'ascending' | 'descending' | 'none' {
	if (current.key !== key) return 'none';
	return current.dir === 'asc' ? 'ascending' : 'descending';
}
