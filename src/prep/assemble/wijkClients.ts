// Step 2a: wijk counts (totaal per year, hulp bij het huishouden per half-year), converted to the
// target indeling. The yearly totals are kept for the derived gemeente totals and the wijk-sum check.

import { TARGET_INDELING, type Category } from '../../lib/snapshot/schema';
import { wmoCell } from '../canonical/kwbRecord';
import { conservation } from '../convert/conservation';
import type { SourceCell, TargetCell } from '../convert/convertToIndeling';
import type { WmoRecord } from '../mirror/wmoFiles';
import { convertPeriod, gemeenteOfCode, periodLabel, toClientRows } from './clients';
import type { AssembleContext } from './context';
import { matrixFor } from './indeling';
import { markProvisional } from './provisional';
import { groupByPeriod, periodStats } from './periods';
import { screenCodes } from './screenCodes';

export interface WijkClientsResult {
	dropped2015: string[];
	droppedEmpty: string[];
	/** Codes of data years after the target indeling that it does not know (kept out, listed). */
	unplaced: string[];
	/** Converted wijk totals per year, input of the gemeente sums. */
	wijkTotaalCells: Map<number, Map<string, TargetCell>>;
}

export function assembleWijkClients(ctx: AssembleContext, sources: Array<[Category, WmoRecord[]]>): WijkClientsResult {
	const { indeling, pairs } = ctx;
	const out: WijkClientsResult = { dropped2015: [], droppedEmpty: [], unplaced: [], wijkTotaalCells: new Map() };
	for (const [category, records] of sources) {
		for (const { p, records: recs } of groupByPeriod(records).values()) {
			const matrix = matrixFor(pairs, 'wijk', p.year, TARGET_INDELING);
			const delivered = new Set(recs.map((r) => gemeenteOfCode(r.code)));
			const screened = screenCodes(recs, p.year, matrix, indeling.wijkSet);
			if (category === 'totaal') {
				out.dropped2015.push(...screened.dropped2015.map((r) => `${r.code} (${p.year})`));
				out.droppedEmpty.push(...screened.droppedEmpty.map((r) => `${r.code} (${periodLabel(p)})`));
			}
			out.unplaced.push(...screened.droppedNewer.map((r) => `${r.code} (${periodLabel(p)}, ${category})`));
			const cells = new Map<string, SourceCell>(screened.kept.map((r) => [r.code, wmoCell(r.clients)]));
			const result = convertPeriod(indeling.wijken, matrix, cells, delivered);
			ctx.clients.push(...markProvisional(toClientRows('wijk', category, p, result), recs));
			ctx.periods.push(periodStats('wijk', category, p, result, { conservation: conservation(indeling.wijken, matrix, cells, result) }));
			if (category === 'totaal' && p.half === 0) out.wijkTotaalCells.set(p.year, result);
		}
	}
	return out;
}
