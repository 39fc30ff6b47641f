// Decodes the snapshot's Parquet tables into typed rows. Pure: takes ArrayBuffers, so the browser
// worker (fetch) and the Node CLIs (fs) share it. hyparquet is pure JS, so nothing is downloaded.

import { parquetReadObjects } from 'hyparquet';
import { gunzipSync } from 'fflate';
import { AGE_BANDS, INDICATORS, POPULATION_BAND_COLUMNS, type AgeBand, type ClientRow, type Level, type IndicatorRow, type PopulationRow, type RegionRow } from './schema';
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

async function readRows(buf: ArrayBuffer): Promise<Record<string, unknown>[]> {
	return (await parquetReadObjects({ file: buf, compressors })) as Record<string, unknown>[];
}

export async function readRegions(buf: ArrayBuffer): Promise<RegionRow[]> {
	return (await readRows(buf)).map((r) => ({
		code: String(r.code),
		level: r.level as RegionRow['level'],
		name: String(r.name ?? ''),
		gemeente_code: String(r.gemeente_code ?? ''),
		gemeente_name: String(r.gemeente_name ?? '')
	}));
}

export async function readClients(buf: ArrayBuffer): Promise<ClientRow[]> {
	return (await readRows(buf)).map((r) => {
		const period = String(r.period);
		const year = num(r.year) ?? Number(period.slice(0, 4));
		const half = num(r.half) ?? (period.length > 4 ? Number(period.slice(5)) : 0);
		return {
			level: r.level as ClientRow['level'],
			code: String(r.code),
			category: r.category as ClientRow['category'],
			period,
			year,
			half,
			clients: num(r.clients),
			status: r.status as ClientRow['status'],
			converted: bool(r.converted),
			derived: bool(r.derived),
			// Only in a refreshed snapshot; a provisional year is a series break (seriesBreaks.ts).
			...(bool(r.provisional) ? { provisional: true } : {})
		};
	});
}

interface WideKey {
	level: Level;
	code: string;
	year: number;
	converted: boolean;
}

/**
 * population.parquet and indicators.parquet are wide (one FLOAT column per age band or indicator,
 * see docs/SCHEMA.md) because that decodes three to five times faster in the browser; the model
 * takes long rows, so they are unfolded here. A null cell gives no row: absent means missing.
 */
async function unfoldWide<K extends string, R>(
	buf: ArrayBuffer,
	columns: Array<[key: K, column: string]>,
	row: (at: WideKey, key: K, value: number) => R
): Promise<R[]> {
	const out: R[] = [];
	for (const r of await readRows(buf)) {
		const at: WideKey = { level: r.level as Level, code: String(r.code), year: num(r.year) as number, converted: bool(r.converted) };
		for (const [key, column] of columns) {
			const value = num(r[column]);
			if (value !== null) out.push(row(at, key, value));
		}
	}
	return out;
}

export function readPopulation(buf: ArrayBuffer): Promise<PopulationRow[]> {
	const columns = AGE_BANDS.map((band): [AgeBand, string] => [band, POPULATION_BAND_COLUMNS[band]]);
	return unfoldWide(buf, columns, (at, age_band, persons) => ({ level: at.level, code: at.code, year: at.year, age_band, persons, converted: at.converted }));
}

export function readIndicators(buf: ArrayBuffer): Promise<IndicatorRow[]> {
	const columns = Object.keys(INDICATORS).map((id): [string, string] => [id, id]);
	return unfoldWide(buf, columns, (at, indicator, value) => ({
		level: at.level,
		code: at.code,
		year: at.year,
		indicator,
		value,
		unit: INDICATORS[indicator].unit,
		converted: at.converted
	}));
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
