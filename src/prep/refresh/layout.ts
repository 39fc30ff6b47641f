// Writes the fetched tables into a copy of the mirror, in the mirror's own files and columns, so
// the unchanged data step reads them. Refreshed years replace the mirror's rows of those years;
// every other year keeps its mirror rows. Per file:
//   wmo/wijk_totaal_jaar.csv    Wmo total per wijk + KWB of the year (wijk table by type, total member)
//   wmo/wijk_type_jaar.csv      new: wijk counts by type (HH, OT, HMD, V&O) per year
//   wmo/gemeente_type_jaar.csv  gemeente by type per year (86050NED, else the wijk table's gemeente rows)
//   wmo/wijk_hh_halfjaar.csv    hulp bij het huishouden per wijk per half-year, when a wijk table has half-years
//   wmo/gemeente_hh_halfjaar.csv  hulp bij het huishouden per gemeente per half-year (86050NED)
// A `status` column carries CBS's period status (definitief, voorlopig, nader_voorlopig).

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Category } from '../../lib/snapshot/schema';
import { WIJK_TYPE_FILE } from '../mirror/wijkTypeFile';
import { categoryFromTitle } from '../sources/cbs-odata/categories';
import { parseCsv, toCsv } from '../sources/cbs-odata/csv';
import type { MirrorRecord } from '../sources/cbs-odata/mapping';
import { joinWmoKwb, type FetchedTable } from '../sources/cbs-odata/refresh';
import type { PlannedTable } from './plan';
// The columns the data step reads (mirror/wmoFiles.ts), so writer and reader share one layout.
import { TYPE_COLUMNS, TYPE_KWB, WMO_FILES } from '../mirror/wmoFiles';

export interface FetchedEntry {
	planned: PlannedTable;
	table: FetchedTable;
}

const CATEGORY_COLUMNS = ['typemaatwerkvoorziening', 'typemaatwerkarrangement', 'financieringsvorm'];

function categoryOf(rec: MirrorRecord): Category | null {
	for (const c of CATEGORY_COLUMNS) if (typeof rec[c] === 'string') return categoryFromTitle(c, rec[c] as string);
	return 'totaal';
}

/** The mirror file with the rows `replace` selects swapped for `rows`; a `status` column is added. */
async function mergeInto(dir: string, file: string, rows: MirrorRecord[], replace: (r: MirrorRecord) => boolean): Promise<number> {
	const { columns, rows: old } = parseCsv(await readFile(join(dir, file), 'utf8'));
	const cols = columns.includes('status') ? columns : [...columns, 'status'];
	await writeFile(join(dir, file), toCsv([...old.filter((r) => !replace(r)), ...rows], cols), 'utf8');
	return rows.length;
}

const byYear = (entries: FetchedEntry[], kind: PlannedTable['kind']) =>
	new Map(entries.filter((e) => e.planned.kind === kind && e.planned.year !== null).map((e) => [e.planned.year as number, e.table]));
type Tagged = MirrorRecord & { categorie: Category | null; year: number };
const EMPTY: FetchedTable = { id: '', records: [], units: {}, columns: [] };

/** Writes the refreshed files into `dir` (a copy of the mirror). Returns rows written per file. */
export async function writeRefreshedFiles(dir: string, entries: FetchedEntry[]): Promise<Record<string, number>> {
	const written: Record<string, number> = {};
	const wijkType = byYear(entries, 'wijk_type');
	const kwb = byYear(entries, 'kwb');
	const gemeenteTable = entries.find((e) => e.planned.kind === 'gemeente_type')?.table;
	const kwbOf = (year: number, code: string) => kwb.get(year)?.records.find((r) => r.codering_regio === code);

	// Wijk totals with KWB, and wijk counts by type, for the wijken of gemeenten that delivered.
	const wijkTotals: MirrorRecord[] = [];
	const wijkTypes: MirrorRecord[] = [];
	const wijkHalves: MirrorRecord[] = [];
	const gemeenteFromWijkTables: Tagged[] = [];
	for (const [year, table] of wijkType) {
		const joined = joinWmoKwb(year, table, kwb.get(year) ?? EMPTY).rows;
		const wijken = joined.filter((r) => String(r.codering_regio).startsWith('WK'));
		wijkTotals.push(...wijken);
		const delivered = new Set(wijken.map((r) => r.codering_regio));
		for (const rec of table.records) {
			const category = categoryOf(rec);
			if (!category) continue;
			const code = String(rec.codering_regio);
			if (typeof rec.periodennum === 'number') {
				// Half-years: only HH has a half-year series in the mirror (wijk_hh_halfjaar.csv).
				if (category === 'hulp_bij_het_huishouden' && delivered.has(code)) {
					const k = kwbOf(year, code) ?? {};
					wijkHalves.push({ ...k, codering_regio: code, interval: year, perioden: rec.perioden, periodennum: rec.periodennum, wmoclienten: rec.wmoclienten ?? null, status: rec.status ?? null });
				}
				continue;
			}
			if (rec.perioden !== String(year)) continue;
			if (code.startsWith('GM')) gemeenteFromWijkTables.push({ ...rec, categorie: category, year });
			else if (category !== 'totaal' && delivered.has(code)) {
				wijkTypes.push({ codering_regio: code, perioden: String(year), categorie: category, wmoclienten: rec.wmoclienten ?? null, status: rec.status ?? null });
			}
		}
	}
	const refreshedYears = new Set([...wijkType.keys()].map(String));
	written[WMO_FILES.wijkTotaalJaar] = await mergeInto(dir, WMO_FILES.wijkTotaalJaar, wijkTotals, (r) => refreshedYears.has(String(r.perioden ?? '').trim()));
	await writeFile(join(dir, WIJK_TYPE_FILE), toCsv(wijkTypes, ['codering_regio', 'perioden', 'categorie', 'wmoclienten', 'status']), 'utf8');
	written[WIJK_TYPE_FILE] = wijkTypes.length;
	if (wijkHalves.length) {
		const keys = new Set(wijkHalves.map((r) => String(r.periodennum)));
		written[WMO_FILES.wijkHhHalfjaar] = await mergeInto(dir, WMO_FILES.wijkHhHalfjaar, wijkHalves, (r) => keys.has(String(r.periodennum ?? '').replace(/\.0$/, '')));
	}

	// Gemeente by type per year: the gemeente table where it has the year, else the wijk table's gemeente rows.
	const gemeenteRecords: Tagged[] = (gemeenteTable?.records ?? [])
		.filter((r) => String(r.codering_regio).startsWith('GM'))
		.map((r) => ({ ...r, categorie: categoryOf(r), year: Number(String(r.perioden).slice(-4)) }) as Tagged);
	const yearly = gemeenteRecords.filter((r) => /^\d{4}$/.test(String(r.perioden)));
	const gemeenteYears = new Set(yearly.map((r) => r.year));
	const typeRows = new Map<string, MirrorRecord>();
	for (const r of [...yearly, ...gemeenteFromWijkTables.filter((r) => !gemeenteYears.has(r.year))]) {
		if (!r.categorie || r.year < 2019) continue;
		const code = String(r.codering_regio);
		const key = `${code}|${r.year}`;
		let row = typeRows.get(key);
		if (!row) {
			const k = kwbOf(r.year, code);
			row = { year: r.year, mun_code: code, mun_name: (r.gemeentenaam ?? k?.gemeentenaam ?? null) as string | null, status: r.status ?? null };
			for (const [col, key] of Object.entries(TYPE_KWB)) row[col] = k?.[key] ?? null;
			typeRows.set(key, row);
		}
		row[TYPE_COLUMNS[r.categorie]] = r.wmoclienten ?? null;
	}
	const typeYears = new Set([...typeRows.values()].map((r) => String(r.year)));
	written[WMO_FILES.gemeenteTypeJaar] = await mergeInto(dir, WMO_FILES.gemeenteTypeJaar, [...typeRows.values()], (r) => typeYears.has(String(r.year)));

	// Hulp bij het huishouden per gemeente per half-year, with the KWB of the year.
	const halves = gemeenteRecords
		.filter((r) => typeof r.periodennum === 'number' && r.categorie === 'hulp_bij_het_huishouden' && r.year >= 2019)
		.map((r) => {
			const k = kwbOf(r.year, String(r.codering_regio)) ?? {};
			return { ...k, codering_regio: r.codering_regio, interval: r.year, perioden: r.perioden, periodennum: r.periodennum, wmoclienten: r.wmoclienten ?? null, status: r.status ?? null };
		});
	const halfKeys = new Set(halves.map((r) => String(r.periodennum)));
	written[WMO_FILES.gemeenteHhHalfjaar] = await mergeInto(dir, WMO_FILES.gemeenteHhHalfjaar, halves, (r) => halfKeys.has(String(r.periodennum ?? '').replace(/\.0$/, '')));
	return written;
}
