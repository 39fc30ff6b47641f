// Writes rows as a Snappy-compressed Parquet file through DuckDB (hyparquet in the browser reads
// Snappy). Rows go through a newline-delimited JSON file so that column types are explicit.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { DuckDBConnection } from '@duckdb/node-api';

export type ColumnTypes = Record<string, 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'FLOAT' | 'BOOLEAN' | 'SMALLINT'>;

function q(s: string): string {
	return `'${s.replaceAll("'", "''")}'`;
}

export async function writeParquet(
	con: DuckDBConnection,
	rows: object[],
	columns: ColumnTypes,
	ndjsonPath: string,
	parquetPath: string,
	orderBy: string
): Promise<void> {
	const stream = createWriteStream(ndjsonPath);
	const names = Object.keys(columns);
	for (const row of rows) {
		const r = row as Record<string, unknown>;
		const picked: Record<string, unknown> = {};
		for (const n of names) picked[n] = r[n] ?? null;
		if (!stream.write(JSON.stringify(picked) + '\n')) await once(stream, 'drain');
	}
	stream.end();
	await once(stream, 'finish');
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
