// Live refresh of one year: fetch the Wmo table and the KWB table of that year from the CBS
// open-data API and return records in the mirror's layout, plus the mirror-shaped join that
// wmo/wijk_totaal_jaar.csv holds (Wmo total per wijk + KWB columns of the same year).

import { KWB, KWB_API, WMO_WIJK_TOTAAL, WMO_WIJK_TYPE_API, cbsTableForYear } from '../cbs-tables';
import { createCbsODataClient, type CbsODataClient, type CbsODataClientOptions } from './client';
import { configError, structureError } from './errors';
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
	const wmo = overrides.wmo ?? (cbsTableForYear(WMO_WIJK_TYPE_API, year) ?? cbsTableForYear(WMO_WIJK_TOTAAL, year))?.id;
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

async function fetchTable(client: CbsODataClient, id: string, year: number, required: string, requiredLabel: string): Promise<FetchedTable> {
	const structure = describeTable(await client.dataProperties(id));
	if (!structure.geoKey) throw structureError(id, 'een regio-dimensie (WijkenEnBuurten, Wijken of RegioS)');
	if (!Object.values(structure.keyMap).includes(required)) throw structureError(id, `het onderwerp ${requiredLabel}`);
	const titles: DimensionTitles = {};
	for (const key of structure.dimensionKeys) {
		titles[key] = Object.fromEntries((await client.dimension(id, key)).map((m) => [m.Key.trim(), m.Title.trim()]));
	}
	// Year and half-year periods of `year` ("2019JJ00", "2019HJ01", ...); the join keeps the year.
	const filter = structure.timeKey ? `startswith(${structure.timeKey},'${year}')` : undefined;
	const rows = await client.typedDataSet(id, { filter });
	const records = rows
		.map((row) => mapRow(row, structure, titles))
		.filter((r) => typeof r.codering_regio === 'string' && regionLevel(r.codering_regio) !== null);
	const columns = [...new Set(Object.values(structure.keyMap))];
	if (structure.timeKey) columns.push('interval', 'periodennum');
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
	const columns = ['codering_regio', 'perioden', 'financieringsvorm', 'wmoclienten', 'wmoclientenper1000inwoners', 'gemeentenaam', ...kwbColumns];
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
			gemeentenaam: rec.gemeentenaam ?? k?.gemeentenaam ?? null
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
	const wmo = await fetchTable(client, tables.wmo, tables.year, 'wmoclienten', 'WmoClienten (Wmo-cliënten)');
	const kwb = await fetchTable(client, tables.kwb, tables.year, 'aantalinwoners', 'AantalInwoners');
	const joined = joinWmoKwb(tables.year, wmo, kwb);
	return { year: tables.year, tables, wmo, kwb, joined: joined.rows, joinedColumns: joined.columns };
}
