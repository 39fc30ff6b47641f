// One table through OData v3 (TypedDataSet) as records in the mirror's layout, and the join of a
// Wmo table with the KWB of its year that wmo/wijk_totaal_jaar.csv holds (Wmo total per wijk + KWB
// columns). The v4 path (v4.ts) returns the same records; api.ts chooses between them.

import { closestColumn } from '../../mirror/readCsv';
import { KWB_KEYS } from '../../mirror/wmoFiles';
import type { CbsODataClient } from './client';
import { CbsODataError, structureError } from './errors';
import { periodStatus, type PeriodStatus } from './periodStatus';
import { describeTable, mapRow, regionLevel, type DimensionTitles, type MirrorRecord } from './mapping';
import { categoryFromTitle } from './categories';
import { gemeenteOf } from '../../../lib/snapshot/codes';

export interface FetchedTable {
	id: string;
	records: MirrorRecord[]; // wijken and gemeenten only
	units: Record<string, string>; // mirror key → CBS unit
	columns: string[]; // mirror keys in the table's order
}

/** What a table must carry: a mirror key and how to name it in a message. */
export interface RequiredTopic {
	key: string;
	label: string;
	/** Mirror keys worth fetching; absent = all. KWB has ~100 topics of which the data step uses ~20. */
	columns?: readonly string[];
}

export const WMO_TOPIC: RequiredTopic = { key: 'wmoclienten', label: 'WmoClienten (Wmo-cliënten)' };
export const KWB_TOPIC: RequiredTopic = { key: 'aantalinwoners', label: 'AantalInwoners', columns: [...Object.keys(KWB_KEYS), 'gemeentenaam', 'codering_regio'] };

/** Only wijken and gemeenten: a KWB table has four times as many buurten, which the data step does not use. */
export function regionFilter(geoKey: string): string {
	return `(startswith(${geoKey},'WK') or startswith(${geoKey},'GM'))`;
}

/** Filters joined with "and", or undefined. */
export function allOf(...parts: Array<string | undefined>): string | undefined {
	const p = parts.filter((x): x is string => !!x);
	return p.length ? p.join(' and ') : undefined;
}

/** A missing topic, with the closest present one as the likely new name (CBS renames keys between years). */
export function checkTopic(id: string, present: string[], required: RequiredTopic): void {
	if (present.includes(required.key)) return;
	const guess = closestColumn(required.key, present);
	throw structureError(id, `het onderwerp ${required.label}${guess ? ` (wel aanwezig: "${guess}"; is het onderwerp hernoemd?)` : ''}`);
}

/** Period key → CBS status, from the time dimension's members. A table without them counts as definitief. */
async function periodStatuses(client: CbsODataClient, id: string, timeKey: string): Promise<Record<string, PeriodStatus>> {
	try {
		const members = await client.collection(id, timeKey);
		return Object.fromEntries(members.map((m) => [String(m.Key ?? '').trim(), periodStatus(m)]));
	} catch (err) {
		if (err instanceof CbsODataError && err.kind === 'http' && err.status === 404) return {};
		throw err;
	}
}

/** One table through OData v3 (TypedDataSet), periods of `year` only, or all periods when year is null. */
export async function fetchTableV3(client: CbsODataClient, id: string, year: number | null, required: RequiredTopic): Promise<FetchedTable> {
	const structure = describeTable(await client.dataProperties(id));
	if (!structure.geoKey) throw structureError(id, 'een regio-dimensie (WijkenEnBuurten, Wijken of RegioS)');
	checkTopic(id, Object.values(structure.keyMap), required);
	const titles: DimensionTitles = {};
	for (const key of structure.dimensionKeys) {
		titles[key] = Object.fromEntries((await client.dimension(id, key)).map((m) => [m.Key.trim(), m.Title.trim()]));
	}
	const timeKey = structure.timeKey;
	const statuses = timeKey ? await periodStatuses(client, id, timeKey) : {};
	// Year and half-year periods of `year` ("2019JJ00", "2019HJ01", ...); the join keeps the year.
	const filter = allOf(regionFilter(structure.geoKey), timeKey && year !== null ? `startswith(${timeKey},'${year}')` : undefined);
	const wanted = required.columns ? new Set(required.columns) : null;
	const select = wanted
		? Object.entries(structure.keyMap)
				.filter(([cbsKey, key]) => wanted.has(key) || cbsKey === structure.geoKey || cbsKey === timeKey || structure.dimensionKeys.includes(cbsKey))
				.map(([cbsKey]) => cbsKey)
		: undefined;
	const rows = await client.typedDataSet(id, { filter, select });
	const records = rows
		.map((row) => {
			const rec = mapRow(row, structure, titles);
			if (timeKey) rec.status = statuses[String(row[timeKey] ?? '').trim()] ?? 'definitief';
			return rec;
		})
		.filter((r) => typeof r.codering_regio === 'string' && regionLevel(r.codering_regio) !== null);
	const columns = [...new Set(Object.values(structure.keyMap))];
	if (timeKey) columns.push('interval', 'periodennum', 'status');
	return { id, records, units: structure.units, columns };
}

const CATEGORY_COLUMNS = ['typemaatwerkvoorziening', 'typemaatwerkarrangement', 'financieringsvorm'];
/** KWB columns the mirror leaves out of the joined file (they repeat or describe the region key). */
const KWB_SKIP = new Set(['codering_regio', 'gemeentenaam', 'soortregio', 'indelingswijzigingwijkenenbuurten', 'perioden']);

function isTotal(rec: MirrorRecord): boolean {
	for (const c of CATEGORY_COLUMNS) {
		const v = rec[c];
		if (typeof v === 'string') return categoryFromTitle(c, v) === 'totaal';
	}
	return true;
}

/**
 * Wmo totals joined with KWB by region code, in the mirror's column layout. Like the mirror, wijk
 * rows of a gemeente that did not deliver (its own total empty or absent) are left out, so the data
 * step reads them as `not_delivered` rather than `suppressed`; gemeente rows are all kept.
 */
export function joinWmoKwb(year: number, wmo: FetchedTable, kwb: FetchedTable): { rows: MirrorRecord[]; columns: string[] } {
	const kwbByCode = new Map(kwb.records.map((r) => [r.codering_regio as string, r]));
	const yearly = wmo.records.filter((r) => isTotal(r) && (typeof r.perioden !== 'string' || r.perioden === String(year)));
	const gemeenten = yearly.filter((r) => String(r.codering_regio).startsWith('GM'));
	const delivered = new Set(gemeenten.filter((r) => typeof r.wmoclienten === 'number').map((r) => r.codering_regio as string));
	const keep = (code: string) => code.startsWith('GM') || gemeenten.length === 0 || delivered.has(gemeenteOf(code));
	const kwbColumns = kwb.columns.filter((c) => !KWB_SKIP.has(c));
	const columns = ['codering_regio', 'perioden', 'financieringsvorm', 'wmoclienten', 'wmoclientenper1000inwoners', 'gemeentenaam', 'status', ...kwbColumns];
	const rows: MirrorRecord[] = [];
	for (const rec of yearly) {
		const code = rec.codering_regio as string;
		if (!keep(code)) continue;
		const k = kwbByCode.get(code);
		const row: MirrorRecord = {
			codering_regio: code,
			perioden: typeof rec.perioden === 'string' ? rec.perioden : String(year),
			financieringsvorm: 'Totaal',
			wmoclienten: rec.wmoclienten ?? null,
			wmoclientenper1000inwoners: rec.wmoclientenper1000inwoners ?? null,
			gemeentenaam: rec.gemeentenaam ?? k?.gemeentenaam ?? null,
			status: rec.status ?? null
		};
		for (const c of kwbColumns) row[c] = k?.[c] ?? null;
		rows.push(row);
	}
	return { rows, columns };
}
