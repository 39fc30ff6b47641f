// clients.parquet: every region of the target indeling × category × period the mirror has at
// that level, converted to the target indeling. Suppressed and not-delivered cells stay null.

import type { Category, ClientRow, ClientStatus, Level } from '../../lib/snapshot/schema';
import { convertToIndeling, type SourceCell, type TargetCell } from '../convert/convertToIndeling';
import type { IndelingMatrix } from '../convert/matrix';
import type { Indeling } from './indeling';
import { gemeenteOf } from '../../lib/snapshot/codes';

export interface PeriodKey {
	year: number;
	half: number;
}

export function periodLabel(p: PeriodKey): string {
	return p.half ? `${p.year}H${p.half}` : String(p.year);
}

/** The snapshot contract's rule (src/lib/snapshot/codes.ts), under the data step's name. */
export const gemeenteOfCode = gemeenteOf;

/**
 * Source cells of one period: a published row is observed or suppressed (empty cell); a region
 * without a row is suppressed when its gemeente delivered that period, otherwise not delivered.
 */
export function sourceLookup(
	cells: Map<string, SourceCell>,
	deliveredGemeenten: ReadonlySet<string>
): (source: string) => SourceCell {
	return (source) =>
		cells.get(source) ?? {
			value: null,
			status: deliveredGemeenten.has(gemeenteOfCode(source)) ? 'suppressed' : 'not_delivered'
		};
}

export function toClientRows(level: Level, category: Category, p: PeriodKey, cells: Map<string, TargetCell>, derived = false): ClientRow[] {
	const rows: ClientRow[] = [];
	for (const [code, c] of cells) {
		rows.push({
			level,
			code,
			category,
			period: periodLabel(p),
			year: p.year,
			half: p.half,
			clients: c.status === 'observed' ? c.value : null,
			status: c.status,
			converted: c.converted,
			derived
		});
	}
	return rows;
}

export function convertPeriod(
	targets: readonly string[],
	matrix: IndelingMatrix,
	cells: Map<string, SourceCell>,
	deliveredGemeenten: ReadonlySet<string>
): Map<string, TargetCell> {
	return convertToIndeling(targets, matrix, sourceLookup(cells, deliveredGemeenten));
}

/**
 * A gemeente figure summed from its wijken in the target indeling, for years without a
 * gemeente-level source. Only when every wijk of the gemeente is observed; otherwise missing,
 * not delivered when any wijk was not delivered.
 */
export function sumWijkenToGemeenten(indeling: Indeling, wijkCells: Map<string, TargetCell>): Map<string, TargetCell> {
	const out = new Map<string, TargetCell>();
	for (const g of indeling.gemeenten) {
		const wijken = indeling.wijkenOfGemeente.get(g) ?? [];
		let value = 0;
		let converted = false;
		let status: ClientStatus = 'observed';
		for (const w of wijken) {
			const c = wijkCells.get(w);
			if (!c || c.status !== 'observed' || c.value === null) {
				if (c?.status !== 'suppressed') status = 'not_delivered';
				else if (status === 'observed') status = 'suppressed';
				continue;
			}
			value += c.value;
			converted ||= c.converted;
		}
		if (wijken.length === 0) status = 'not_delivered';
		out.set(g, status === 'observed' ? { value, status, converted, missingWeight: 0 } : { value: null, status, converted, missingWeight: 1 });
	}
	return out;
}
