// Which tables a refresh fetches: per year from 2019 the Wmo table by type per wijk (re-issue
// first), the KWB of that year, and the gemeente table by type and half-year. cbs-tables.ts is the
// offline default; the catalogue fills an id that is missing there (2024) and checks the others.

import {
	KWB_API,
	WMO_GEMEENTE_TYPE_API,
	WMO_WIJK_FINANCIERING_API,
	WMO_WIJK_TYPE_API,
	cbsTableForYear,
	preferredId,
	type CbsApiTable
} from '../sources/cbs-tables';
import { findByTitle, type CatalogueEntry } from '../sources/cbs-odata/catalogue';
import { KWB_TOPIC, WMO_TOPIC, type RequiredTopic } from '../sources/cbs-odata/refresh';

export type TableKind = 'wijk_type' | 'kwb' | 'gemeente_type';

export interface PlannedTable {
	id: string;
	kind: TableKind;
	year: number | null; // null: all periods of the table
	required: RequiredTopic;
	title: string;
}

export const FIRST_REFRESH_YEAR = 2019;

export function allApiTables(): CbsApiTable[] {
	return [...WMO_WIJK_TYPE_API, ...WMO_WIJK_FINANCIERING_API, ...KWB_API, WMO_GEMEENTE_TYPE_API];
}

/** The plan, and Dutch lines about ids found in (or missing from) the catalogue. */
export function refreshPlan(catalogue: CatalogueEntry[] | null): { tables: PlannedTable[]; messages: string[] } {
	const tables: PlannedTable[] = [];
	const messages: string[] = [];
	for (const t of WMO_WIJK_TYPE_API) {
		let id = preferredId(t);
		let title = t.title;
		if (!id && catalogue) {
			id = findByTitle(catalogue, t.titlePattern);
			if (id) messages.push(`Tabelnummer voor "${t.title}" gevonden in de CBS-catalogus: ${id}.`);
		}
		if (!id) {
			// The financieringsvorm table of the year still gives the wijk totals.
			const fin = cbsTableForYear(WMO_WIJK_FINANCIERING_API, t.year);
			messages.push(
				`Geen tabelnummer gevonden voor "${t.title}"${catalogue ? ' (ook niet op titel in de CBS-catalogus)' : ' (de CBS-catalogus was niet bereikbaar)'}; ` +
					(fin?.id ? `voor ${t.year} komen alleen de wijktotalen uit ${fin.id} (financieringsvorm), zonder typen.` : `${t.year} wordt overgeslagen.`) +
					' Voeg het nummer toe in src/prep/sources/cbs-tables.ts zodra CBS het publiceert.'
			);
			if (!fin?.id) continue;
			id = fin.id;
			title = fin.title;
		}
		tables.push({ id, kind: 'wijk_type', year: t.year, required: WMO_TOPIC, title });
		const kwb = cbsTableForYear(KWB_API, t.year);
		if (kwb?.id) tables.push({ id: kwb.id, kind: 'kwb', year: t.year, required: KWB_TOPIC, title: kwb.title });
	}
	const g = WMO_GEMEENTE_TYPE_API;
	if (g.id) tables.push({ id: g.id, kind: 'gemeente_type', year: null, required: WMO_TOPIC, title: g.title });
	return { tables, messages };
}
