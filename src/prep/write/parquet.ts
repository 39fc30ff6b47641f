// Writes rows as a GZIP-compressed Parquet file through DuckDB (the snapshot reader inflates GZIP
// pages with fflate: fewer bytes than Snappy). Rows go through a newline-delimited JSON file so
// that column types are explicit.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DuckDBConnection } from '@duckdb/node-api';
import { AGE_BANDS, INDICATORS, POPULATION_BAND_COLUMNS, type IndicatorRow, type PopulationRow } from '../../lib/snapshot/schema';

export type ColumnTypes = Record<string, 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'FLOAT' | 'BOOLEAN' | 'SMALLINT'>;

function q(s: string): string {
	return `'${s.replaceAll("'", "''")}'`;
}

async function writeNdjson(rows: object[], names: string[], ndjsonPath: string): Promise<void> {
	const stream = createWriteStream(ndjsonPath);
	for (const row of rows) {
		const r = row as Record<string, unknown>;
		const picked: Record<string, unknown> = {};
		for (const n of names) picked[n] = r[n] ?? null;
		if (!stream.write(JSON.stringify(picked) + '\n')) await once(stream, 'drain');
	}
	stream.end();
	await once(stream, 'finish');
}

export async function writeParquet(
	con: DuckDBConnection,
	rows: object[],
	columns: ColumnTypes,
	ndjsonPath: string,
	parquetPath: string,
	orderBy: string
): Promise<void> {
	const names = Object.keys(columns);
	await writeNdjson(rows, names, ndjsonPath);
	const colSpec = `{${names.map((n) => `${n}: '${columns[n]}'`).join(', ')}}`;
	const select = names.join(', ');
	if (rows.length === 0) {
		await con.run(`COPY (SELECT ${names.map((n) => `NULL::${columns[n]} AS ${n}`).join(', ')} LIMIT 0) TO ${q(parquetPath)} (FORMAT PARQUET, COMPRESSION GZIP)`);
		return;
	}
	await con.run(
		`COPY (SELECT ${select} FROM read_json(${q(ndjsonPath)}, format='newline_delimited', columns=${colSpec}) ORDER BY ${orderBy}) TO ${q(parquetPath)} (FORMAT PARQUET, COMPRESSION GZIP)`
	);
}

export const REGION_COLUMNS: ColumnTypes = { code: 'VARCHAR', level: 'VARCHAR', name: 'VARCHAR', gemeente_code: 'VARCHAR', gemeente_name: 'VARCHAR' };
export const CLIENT_COLUMNS: ColumnTypes = {
	level: 'VARCHAR',
	code: 'VARCHAR',
	category: 'VARCHAR',
	period: 'VARCHAR',
	year: 'INTEGER',
	half: 'INTEGER',
	clients: 'DOUBLE',
	status: 'VARCHAR',
	converted: 'BOOLEAN',
	derived: 'BOOLEAN'
};
// The long forms of population and indicators, as the data step builds them; they are written wide
// (below), as 32-bit floats: 7 significant digits is far beyond what the data carries.
export const POPULATION_COLUMNS: ColumnTypes = { level: 'VARCHAR', code: 'VARCHAR', year: 'INTEGER', age_band: 'VARCHAR', persons: 'FLOAT', converted: 'BOOLEAN' };
export const INDICATOR_COLUMNS: ColumnTypes = {
	level: 'VARCHAR',
	code: 'VARCHAR',
	year: 'INTEGER',
	indicator: 'VARCHAR',
	value: 'FLOAT',
	unit: 'VARCHAR',
	converted: 'BOOLEAN'
};

/**
 * Writes long rows wide: one row per region × year, one FLOAT column per key (in a fixed order, so
 * the schema holds even when a key is all-null). The browser decodes population and indicators
 * before the first forecast; wide, they decode three to five times faster than long.
 */
async function writeWide(
	con: DuckDBConnection,
	rows: object[],
	long: { columns: ColumnTypes; key: string; value: string },
	wideColumns: Array<{ name: string; key: string }>,
	ndjsonPath: string,
	parquetPath: string
): Promise<number> {
	await writeNdjson(rows, Object.keys(long.columns), ndjsonPath);
	const colSpec = `{${Object.entries(long.columns).map(([n, t]) => `${n}: '${t}'`).join(', ')}}`;
	const pivot = wideColumns.map((c) => `max(${long.value}) FILTER (WHERE ${long.key} = ${q(c.key)})::FLOAT AS "${c.name}"`).join(', ');
	const empty = Object.entries(long.columns).map(([n, t]) => `NULL::${t} AS ${n}`).join(', ');
	const source = rows.length ? `read_json(${q(ndjsonPath)}, format='newline_delimited', columns=${colSpec})` : `(SELECT ${empty} LIMIT 0)`;
	await con.run(
		`COPY (SELECT level, code, year, bool_or(converted) AS converted, ${pivot} FROM ${source} GROUP BY level, code, year ORDER BY level, code, year) TO ${q(parquetPath)} (FORMAT PARQUET, COMPRESSION GZIP)`
	);
	const regionYears = new Set<string>();
	for (const r of rows as Array<{ level: string; code: string; year: number }>) regionYears.add(`${r.level}|${r.code}|${r.year}`);
	return regionYears.size;
}

/** indicators.parquet: one column per indicator id; units live in INDICATORS (schema.ts). */
export function writeIndicatorsWide(con: DuckDBConnection, rows: IndicatorRow[], ndjsonPath: string, parquetPath: string): Promise<number> {
	const columns = Object.keys(INDICATORS).map((id) => ({ name: id, key: id }));
	return writeWide(con, rows, { columns: INDICATOR_COLUMNS, key: 'indicator', value: 'value' }, columns, ndjsonPath, parquetPath);
}

/** population.parquet: one column of persons per age band (POPULATION_BAND_COLUMNS in schema.ts). */
export function writePopulationWide(con: DuckDBConnection, rows: PopulationRow[], ndjsonPath: string, parquetPath: string): Promise<number> {
	const columns = AGE_BANDS.map((band) => ({ name: POPULATION_BAND_COLUMNS[band], key: band }));
	return writeWide(con, rows, { columns: POPULATION_COLUMNS, key: 'age_band', value: 'persons' }, columns, ndjsonPath, parquetPath);
}
