// Decodes the snapshot's Parquet tables: regions and clients into typed rows, the wide tables into
// columns. Pure: takes ArrayBuffers, so the browser worker (fetch) and the Node CLIs (fs) share it. hyparquet is pure JS, so nothing is downloaded.

import { parquetMetadata, parquetRead } from 'hyparquet';
import { gunzipSync } from 'fflate';
import { AGE_BANDS, POPULATION_BAND_COLUMNS, type AgeBand, type ClientRow, type IndicatorTable, type PopulationTable, type RegionRow, type WideTable } from './schema';
import { coder, emptyWide, INDICATOR_COLUMNS } from './wide';
import type { SnapshotTables } from './schema';

export interface SnapshotBuffers {
	regions: ArrayBuffer;
	clients: ArrayBuffer;
	population: ArrayBuffer;
	indicators: ArrayBuffer;
}

/** Parquet INT64 decodes to bigint; the model wants plain numbers. */
function num(v: unknown): number | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	const n = Number(v);
	return Number.isFinite(n) ? n : null;
}

function bool(v: unknown): boolean {
	return v === true || v === 1 || v === 1n || v === 'true';
}

/**
 * The data step writes GZIP pages (src/prep/write/parquet.ts): about 5% fewer bytes over the wire
 * than Snappy under HTTP gzip, and the same size on a host that does not compress. hyparquet reads
 * Snappy itself; fflate inflates GZIP into a buffer of the page's known size.
 */
const compressors = { GZIP: (input: Uint8Array, outputLength: number) => gunzipSync(input, { out: new Uint8Array(outputLength) }) };

type Sink = (data: ArrayLike<unknown>, start: number) => void;

/**
 * Reads the named columns of a file chunk by chunk into sinks (columns the file lacks are left
 * alone), without the row objects hyparquet's object rows would allocate and drop again.
 */
async function readColumns(buf: ArrayBuffer, sinks: (rows: number) => Record<string, Sink>): Promise<number> {
	const metadata = parquetMetadata(buf);
	const rows = Number(metadata.num_rows);
	const to = sinks(rows);
	const present = new Set(metadata.schema.slice(1).map((s) => s.name));
	const columns = Object.keys(to).filter((c) => present.has(c));
	if (columns.length) await parquetRead({ file: buf, metadata, compressors, columns, onChunk: (c) => to[c.columnName]?.(c.columnData, c.rowStart) });
	return rows;
}

/** Plain columns, for the tables that stay rows (regions, clients). */
async function readPlain(buf: ArrayBuffer, names: string[]): Promise<{ rows: number; col: Record<string, unknown[]> }> {
	const col: Record<string, unknown[]> = {};
	const rows = await readColumns(buf, (n) => {
		const sinks: Record<string, Sink> = {};
		for (const name of names) {
			const out = (col[name] = new Array<unknown>(n).fill(undefined));
			sinks[name] = (d, s) => {
				for (let j = 0; j < d.length; j++) out[s + j] = d[j];
			};
		}
		return sinks;
	});
	return { rows, col };
}

export async function readRegions(buf: ArrayBuffer): Promise<RegionRow[]> {
	const { rows, col } = await readPlain(buf, ['code', 'level', 'name', 'gemeente_code', 'gemeente_name']);
	return Array.from({ length: rows }, (_, i) => ({
		code: String(col.code[i]),
		level: col.level[i] as RegionRow['level'],
		name: String(col.name[i] ?? ''),
		gemeente_code: String(col.gemeente_code[i] ?? ''),
		gemeente_name: String(col.gemeente_name[i] ?? '')
	}));
}

export async function readClients(buf: ArrayBuffer): Promise<ClientRow[]> {
	const names = ['level', 'code', 'category', 'period', 'year', 'half', 'clients', 'status', 'converted', 'derived', 'provisional'];
	const { rows, col } = await readPlain(buf, names);
	return Array.from({ length: rows }, (_, i) => {
		const period = String(col.period[i]);
		const year = num(col.year[i]) ?? Number(period.slice(0, 4));
		const half = num(col.half[i]) ?? (period.length > 4 ? Number(period.slice(5)) : 0);
		return {
			level: col.level[i] as ClientRow['level'],
			code: String(col.code[i]),
			category: col.category[i] as ClientRow['category'],
			period,
			year,
			half,
			clients: num(col.clients[i]),
			status: col.status[i] as ClientRow['status'],
			converted: bool(col.converted[i]),
			derived: bool(col.derived[i]),
			// Only in a refreshed snapshot; a provisional year is a series break (seriesBreaks.ts).
			...(bool(col.provisional[i]) ? { provisional: true } : {})
		};
	});
}

/**
 * population.parquet and indicators.parquet are wide (one FLOAT column per age band or indicator,
 * see docs/SCHEMA.md) because that decodes three to five times faster in the browser. They are
 * decoded straight into columns (WideTable): the panel reads them as they are. A null (or
 * non-finite) cell is NaN: absent means missing.
 */
async function readWide<K extends string>(buf: ArrayBuffer, columns: Array<[key: K, column: string]>): Promise<WideTable<K>> {
	let t: WideTable<K> | null = null;
	await readColumns(buf, (n) => {
		const w = (t = emptyWide(n, columns.map(([k]) => k)));
		const coded = (dict: string[], out: Int32Array): Sink => {
			const code = coder(dict);
			return (d, s) => {
				for (let j = 0; j < d.length; j++) if (d[j] !== null && d[j] !== undefined) out[s + j] = code(String(d[j]));
			};
		};
		const sinks: Record<string, Sink> = {
			level: coded(w.levels, w.level),
			code: coded(w.codes, w.code),
			year: (d, s) => {
				for (let j = 0; j < d.length; j++) w.year[s + j] = num(d[j]) ?? 0;
			},
			converted: (d, s) => {
				for (let j = 0; j < d.length; j++) w.converted[s + j] = bool(d[j]) ? 1 : 0;
			}
		};
		for (const [key, column] of columns) {
			const out = w.values[key];
			sinks[column] = (d, s) => {
				for (let j = 0; j < d.length; j++) out[s + j] = num(d[j]) ?? NaN;
			};
		}
		return sinks;
	});
	return t!;
}

export function readPopulation(buf: ArrayBuffer): Promise<PopulationTable> {
	return readWide(buf, AGE_BANDS.map((band): [AgeBand, string] => [band, POPULATION_BAND_COLUMNS[band]]));
}

export function readIndicators(buf: ArrayBuffer): Promise<IndicatorTable> {
	return readWide(buf, INDICATOR_COLUMNS.map((id): [string, string] => [id, id]));
}

/** Decodes all four tables. */
export async function loadSnapshotTables(files: SnapshotBuffers): Promise<SnapshotTables> {
	const [regions, clients, population, indicators] = await Promise.all([
		readRegions(files.regions),
		readClients(files.clients),
		readPopulation(files.population),
		readIndicators(files.indicators)
	]);
	return { regions, clients, population, indicators };
}
