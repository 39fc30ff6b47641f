// Parquet → Arrow → DuckDB. DuckDB-WASM 1.32 has no offline Parquet reader, so the snapshot is
// decoded with hyparquet into columns and inserted as an Arrow IPC stream.
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/** Decode one Parquet file into plain JS columns (int64 → number, so Arrow infers doubles). */
export async function parquetToColumns(buffer: ArrayBuffer): Promise<Record<string, unknown[]>> {
	const metadata = parquetMetadata(buffer);
	const names = parquetSchema(metadata).children.map((c) => c.element.name);
	const rows = (await parquetReadObjects({ file: buffer, metadata })) as Record<string, unknown>[];
	const columns: Record<string, unknown[]> = {};
	for (const name of names) {
		const col = new Array(rows.length);
		for (let i = 0; i < rows.length; i++) {
			const v = rows[i][name];
			col[i] = typeof v === 'bigint' ? Number(v) : v;
		}
		columns[name] = col;
	}
	return columns;
}

/** Replace table `name` with the decoded Parquet file. */
export async function insertParquet(conn: AsyncDuckDBConnection, name: string, buffer: ArrayBuffer): Promise<number> {
	const columns = await parquetToColumns(buffer);
	const table = tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]);
	await conn.query(`DROP TABLE IF EXISTS "${name}"`);
	await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
	return table.numRows;
}
