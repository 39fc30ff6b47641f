// Step 2b: gemeente counts per type and year, then hulp bij het huishouden per half-year. The
// gemeenten that delivered their types in a year decide whether an empty half-year cell is
// suppressed or not delivered.

import { CATEGORIES, TARGET_INDELING } from '../../lib/snapshot/schema';
import { wmoCell } from '../canonical/kwbRecord';
import { conservation } from '../convert/conservation';
import type { SourceCell } from '../convert/convertToIndeling';
import type { GemeenteTypeRecord, WmoRecord } from '../mirror/wmoFiles';
import { convertPeriod, periodLabel, toClientRows } from './clients';
import type { AssembleContext } from './context';
import { matrixFor } from './indeling';
import { markProvisional } from './provisional';
import { groupByPeriod, periodStats } from './periods';
import { screenCodes } from './screenCodes';

/** Gemeente counts per type; returns, per year, the gemeenten that delivered any type. */
export function assembleGemeenteTypes(ctx: AssembleContext, records: GemeenteTypeRecord[], unplaced: string[] = []): Map<number, Set<string>> {
	const { indeling, pairs } = ctx;
	const typeYears = [...new Set(records.map((r) => r.year))].sort();
	const deliveredByYear = new Map<number, Set<string>>();
	for (const year of typeYears) {
		const recs = records.filter((r) => r.year === year);
		const matrix = matrixFor(pairs, 'gemeente', year, TARGET_INDELING);
		const delivered = new Set(recs.filter((r) => CATEGORIES.some((c) => r.clients[c] !== null)).map((r) => r.code));
		deliveredByYear.set(year, delivered);
		const screened = screenCodes(recs.map((r) => ({ ...r, clients: r.clients.totaal, byCategory: r.clients })), year, matrix, indeling.gemeenteSet);
		unplaced.push(...screened.droppedNewer.map((r) => `${r.code} (${year})`));
		for (const category of CATEGORIES) {
			const cells = new Map<string, SourceCell>(
				screened.kept.filter((r) => delivered.has(r.code)).map((r) => [r.code, wmoCell(r.byCategory[category])])
			);
			const p = { year, half: 0 };
			const result = convertPeriod(indeling.gemeenten, matrix, cells, delivered);
			ctx.clients.push(...markProvisional(toClientRows('gemeente', category, p, result), recs));
			ctx.periods.push(periodStats('gemeente', category, p, result, { conservation: conservation(indeling.gemeenten, matrix, cells, result) }));
		}
	}
	return deliveredByYear;
}

/**
 * Gemeente HH per half-year; an empty cell of a gemeente that delivered nothing that year is
 * not delivered rather than suppressed.
 */
export function assembleGemeenteHhHalfjaar(ctx: AssembleContext, records: WmoRecord[], deliveredByYear: Map<number, Set<string>>, unplaced: string[] = []): void {
	const { indeling, pairs } = ctx;
	for (const { p, records: recs } of groupByPeriod(records).values()) {
		const matrix = matrixFor(pairs, 'gemeente', p.year, TARGET_INDELING);
		const deliveredYear = deliveredByYear.get(p.year);
		const screened = screenCodes(recs, p.year, matrix, indeling.gemeenteSet);
		unplaced.push(...screened.droppedNewer.map((r) => `${r.code} (${periodLabel(p)})`));
		const cells = new Map<string, SourceCell>();
		for (const r of screened.kept) {
			if (r.clients === null && deliveredYear && !deliveredYear.has(r.code)) continue;
			cells.set(r.code, wmoCell(r.clients));
		}
		// A gemeente that delivered its types that year but has no HH row here had its HH hidden.
		const delivered = new Set([...cells.keys(), ...(deliveredYear ?? [])]);
		const result = convertPeriod(indeling.gemeenten, matrix, cells, delivered);
		ctx.clients.push(...markProvisional(toClientRows('gemeente', 'hulp_bij_het_huishouden', p, result), recs));
		ctx.periods.push(periodStats('gemeente', 'hulp_bij_het_huishouden', p, result, { conservation: conservation(indeling.gemeenten, matrix, cells, result) }));
	}
}
