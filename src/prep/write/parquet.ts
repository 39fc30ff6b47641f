// Writes rows as a Snappy-compressed Parquet file through DuckDB (hyparquet in the browser reads
// Snappy). Rows go through a newline-delimited JSON file so that column types are explicit.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DuckDBConnection } from '@duckdb/node-api';
import { INDICATORS, type IndicatorRow } from '../../lib/snapshot/schema';

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
		await con.run(`COPY (SELECT ${names.map((n) => `NULL::${columns[n]} AS ${n}`).join(', ')} LIMIT 0) TO ${q(parquetPath)} (FORMAT PARQUET, COMPRESSION SNAPPY)`);
		return;
	}
	await con.run(
		`COPY (SELECT ${select} FROM read_json(${q(ndjsonPath)}, format='newline_delimited', columns=${colSpec}) ORDER BY ${orderBy}) TO ${q(parquetPath)} (FORMAT PARQUET, COMPRESSION SNAPPY)`
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
// Population and indicators are stored as 32-bit floats (7 significant digits, far beyond what
// the data carries) because they are most of the bytes the browser fetches before the first forecast.
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
 * Writes the indicators wide: one row per region × year, one FLOAT column per indicator id (in
 * INDICATORS order, so the schema is fixed even when an indicator is all-null). The long form has
 * 17× the rows; the wide form is what the browser decodes before the first forecast, five times
 * faster. Units live in INDICATORS (schema.ts) and in docs/SCHEMA.md.
 */
export async function writeIndicatorsWide(
	con: DuckDBConnection,
	rows: IndicatorRow[],
	ndjsonPath: string,
	parquetPath: string
): Promise<number> {
	const ids = Object.keys(INDICATORS);
	await writeNdjson(rows, Object.keys(INDICATOR_COLUMNS), ndjsonPath);
	const colSpec = `{${Object.entries(INDICATOR_COLUMNS).map(([n, t]) => `${n}: '${t}'`).join(', ')}}`;
	const pivot = ids.map((id) => `max(value) FILTER (WHERE indicator = ${q(id)})::FLOAT AS ${id}`).join(', ');
	const source = rows.length
		? `read_json(${q(ndjsonPath)}, format='newline_delimited', columns=${colSpec})`
		: `(SELECT NULL::VARCHAR AS level, NULL::VARCHAR AS code, NULL::INTEGER AS year, NULL::VARCHAR AS indicator, NULL::FLOAT AS value, NULL::BOOLEAN AS converted LIMIT 0)`;
	await con.run(
		`COPY (SELECT level, code, year, bool_or(converted) AS converted, ${pivot} FROM ${source} GROUP BY level, code, year ORDER BY level, code, year) TO ${q(parquetPath)} (FORMAT PARQUET, COMPRESSION SNAPPY)`
	);
	return new Set(rows.map((r) => `${r.level}|${r.code}|${r.year}`)).size;
}
