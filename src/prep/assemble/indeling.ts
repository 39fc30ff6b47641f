// The target indeling (regions with geometry) and the matrix from any data year to it.
// The 2015 rule: there is no 2015 matrix, so 2015 codes are read as 2016 codes (CBS kept wijk
// codes between 2015 and 2016 except in the gemeenten merged on 1 January 2016) and converted with
// the 2016 matrix; 2015 codes unknown in 2016 are dropped and counted.

import type { Level } from '../../lib/snapshot/schema';
import { buildMatrix, identityMatrix, type IndelingMatrix } from '../convert/matrix';
import { matrixKey, type MatrixPairs } from '../mirror/grenswijzigingen';

export const FIRST_MATRIX_YEAR = 2016;

export interface Indeling {
	year: number;
	wijken: string[];
	gemeenten: string[];
	wijkSet: Set<string>;
	gemeenteSet: Set<string>;
	gemeenteOfWijk: Map<string, string>;
	wijkenOfGemeente: Map<string, string[]>;
	names: Map<string, string>;
}

export function makeIndeling(
	year: number,
	wijken: Array<{ code: string; name: string; gemeente: string }>,
	gemeenten: Array<{ code: string; name: string }>
): Indeling {
	const names = new Map<string, string>();
	const gemeenteOfWijk = new Map<string, string>();
	const wijkenOfGemeente = new Map<string, string[]>();
	for (const g of gemeenten) {
		names.set(g.code, g.name);
		wijkenOfGemeente.set(g.code, []);
	}
	for (const w of wijken) {
		names.set(w.code, w.name);
		gemeenteOfWijk.set(w.code, w.gemeente);
		wijkenOfGemeente.get(w.gemeente)?.push(w.code);
	}
	const wijkCodes = wijken.map((w) => w.code).sort();
	const gemeenteCodes = gemeenten.map((g) => g.code).sort();
	return {
		year,
		wijken: wijkCodes,
		gemeenten: gemeenteCodes,
		wijkSet: new Set(wijkCodes),
		gemeenteSet: new Set(gemeenteCodes),
		gemeenteOfWijk,
		wijkenOfGemeente,
		names
	};
}

/** The indeling year whose codes a data year uses (2015 → 2016, see the 2015 rule). */
export function codeYear(dataYear: number): number {
	return Math.max(dataYear, FIRST_MATRIX_YEAR);
}

export function matrixFor(pairs: MatrixPairs, level: Level, dataYear: number, targetYear: number): IndelingMatrix {
	const from = codeYear(dataYear);
	if (from >= targetYear) return identityMatrix(level, targetYear);
	// No listed pairs for a year means nothing changed at that level.
	return buildMatrix(level, from, targetYear, pairs.get(matrixKey(level, from, targetYear)) ?? []);
}
