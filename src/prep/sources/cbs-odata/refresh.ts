// Live refresh of one year: fetch the Wmo table and the KWB table of that year from the CBS
// open-data API and return records in the mirror's layout, plus the mirror-shaped join that
// wmo/wijk_totaal_jaar.csv holds (Wmo total per wijk + KWB columns of the same year).

import { KWB, KWB_API, WMO_WIJK_TOTAAL, WMO_WIJK_TYPE_API, cbsTableForYear, preferredId } from '../cbs-tables';
import { createCbsODataClient, type CbsODataClient, type CbsODataClientOptions } from './client';
import { closestColumn } from '../../mirror/readCsv';
import { CbsODataError, configError, structureError } from './errors';
import { periodStatus, type PeriodStatus } from './periodStatus';
import { describeTable, mapRow, regionLevel, type DimensionTitles, type MirrorRecord } from './mapping';
import { categoryFromTitle } from './categories';

export interface WmoYearTables {
	year: number;
	wmo: string; // Wmo-cliënten per wijk (with a total member in its category dimension)
	kwb: string; // Kerncijfers wijken en buurten of the same year
}

export interface FetchedTable {
	id: string;
	records: MirrorRecord[]; // wijken and gemeenten only
	units: Record<string, string>; // mirror key → CBS unit
	columns: string[]; // mirror keys in the table's order
}

export interface WmoYearResult {
	year: number;
	tables: WmoYearTables;
	wmo: FetchedTable;
	kwb: FetchedTable;
	/** Wmo total per region joined with its KWB record: the layout of wmo/wijk_totaal_jaar.csv. */
	joined: MirrorRecord[];
	/** Column order of `joined`, as in the mirror: keys first, then KWB columns. */
	joinedColumns: string[];
}

/** Table ids of `year` from src/prep/sources/cbs-tables.ts; overrides win. Dutch error if unknown. */
export function resolveTables(year: number, overrides: { wmo?: string; kwb?: string } = {}): WmoYearTables {
	const typeTable = cbsTableForYear(WMO_WIJK_TYPE_API, year);
	const wmo = overrides.wmo ?? (typeTable ? preferredId(typeTable) : cbsTableForYear(WMO_WIJK_TOTAAL, year)?.id);
	const kwb = overrides.kwb ?? (cbsTableForYear(KWB_API, year) ?? cbsTableForYear(KWB, year))?.id;
	const missing = [!wmo && 'Wmo-cliënten per wijk (--wmo-table)', !kwb && 'Kerncijfers wijken en buurten (--kwb-table)'].filter(Boolean);
	if (missing.length || !wmo || !kwb) {
		throw configError(
			`geen tabelnummer bekend voor ${year}: ${missing.join(' en ')}. Zoek het nummer op in de CBS-catalogus ` +
				'(https://opendata.cbs.nl/ODataCatalog/Tables) en voeg het toe in src/prep/sources/cbs-tables.ts, ' +
				'of geef het mee met de genoemde optie.'
		);
	}
	return { year, wmo, kwb };
}

/** What a table must carry: a mirror key and how to name it in a message. */
export interface RequiredTopic {
	key: string;
	label: string;
}

export const WMO_TOPIC: RequiredTopic = { key: 'wmoclienten', label: 'WmoClienten (Wmo-cliënten)' };
export const KWB_TOPIC: RequiredTopic = { key: 'aantalinwoners', label: 'AantalInwoners' };

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
	const filter = timeKey && year !== null ? `startswith(${timeKey},'${year}')` : undefined;
	const rows = await client.typedDataSet(id, { filter });
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
	const keep = (code: string) => code.startsWith('GM') || gemeenten.length === 0 || delivered.has(`GM${code.slice(2, 6)}`);
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

/**
 * Fetch one year: Wmo clients per wijk and gemeente and the KWB of that year, keyed like the mirror.
 * Pass `fetch` (and timeouts) in `options`, or a ready `client`.
 */
export async function fetchWmoYear(
	tables: WmoYearTables,
	options: CbsODataClientOptions & { client?: CbsODataClient } = {}
): Promise<WmoYearResult> {
	const client = options.client ?? createCbsODataClient(options);
	const wmo = await fetchTableV3(client, tables.wmo, tables.year, WMO_TOPIC);
	const kwb = await fetchTableV3(client, tables.kwb, tables.year, KWB_TOPIC);
	const joined = joinWmoKwb(tables.year, wmo, kwb);
	return { year: tables.year, tables, wmo, kwb, joined: joined.rows, joinedColumns: joined.columns };
}
