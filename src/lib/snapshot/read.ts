// Decodes the snapshot's Parquet tables into typed rows. Pure: takes ArrayBuffers, so the browser
// worker (fetch) and the Node CLIs (fs) share it. hyparquet is pure JS, so nothing is downloaded.

import { parquetReadObjects } from 'hyparquet';
import { AGE_BANDS, INDICATORS, POPULATION_BAND_COLUMNS, type ClientRow, type IndicatorRow, type PopulationRow, type RegionRow } from './schema';
import type { SnapshotTables } from '../model/types';

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

async function readRows(buf: ArrayBuffer): Promise<Record<string, unknown>[]> {
	return (await parquetReadObjects({ file: buf })) as Record<string, unknown>[];
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
			derived: bool(r.derived)
		};
	});
}

/** population.parquet is wide (one column per age band); unfolded into long rows, nulls dropped. */
export async function readPopulation(buf: ArrayBuffer): Promise<PopulationRow[]> {
	const out: PopulationRow[] = [];
	for (const r of await readRows(buf)) {
		const level = r.level as PopulationRow['level'];
		const code = String(r.code);
		const year = num(r.year) as number;
		const converted = bool(r.converted);
		for (const age_band of AGE_BANDS) {
			const persons = num(r[POPULATION_BAND_COLUMNS[age_band]]);
			if (persons !== null) out.push({ level, code, year, age_band, persons, converted });
		}
	}
	return out;
}

/**
 * indicators.parquet is wide (one FLOAT column per indicator id, see docs/SCHEMA.md) because that
 * decodes five times faster; the model takes the long rows, so they are unfolded here. An absent
 * row means the value is missing, exactly like a null.
 */
export async function readIndicators(buf: ArrayBuffer): Promise<IndicatorRow[]> {
	const ids = Object.keys(INDICATORS);
	const out: IndicatorRow[] = [];
	for (const r of await readRows(buf)) {
		const level = r.level as IndicatorRow['level'];
		const code = String(r.code);
		const year = num(r.year) as number;
		const converted = bool(r.converted);
		for (const indicator of ids) {
			const value = num(r[indicator]);
			if (value === null) continue;
			out.push({ level, code, year, indicator, value, unit: INDICATORS[indicator].unit, converted });
		}
	}
	return out;
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
