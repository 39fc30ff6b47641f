// Parquet → Arrow → DuckDB. DuckDB-WASM 1.32 has no offline Parquet reader, so the snapshot is
// decoded with hyparquet into columns and inserted as an Arrow IPC stream. The Arrow vectors are
// assembled from raw buffers (makeData) rather than with Arrow's builders: the builders compile a
// null check with `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') blocks.
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { Bool, Float64, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/** Decode one Parquet file into plain JS columns (int64 → number). */
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

function validity(values: unknown[]): { bitmap: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nulls++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { bitmap, nulls };
}

/** One JS column as an Arrow vector: strings → Utf8, booleans → Bool, everything else → Float64. */
export function columnToVector(values: unknown[]): Vector {
	const length = values.length;
	const { bitmap, nulls } = validity(values);
	const nullBitmap = nulls > 0 ? bitmap : undefined;
	const sample = values.find((v) => v !== null && v !== undefined);
	if (typeof sample === 'string') {
		const enc = new TextEncoder();
		const parts = values.map((v) => (typeof v === 'string' ? enc.encode(v) : new Uint8Array(0)));
		const valueOffsets = new Int32Array(length + 1);
		for (let i = 0; i < length; i++) valueOffsets[i + 1] = valueOffsets[i] + parts[i].length;
		const data = new Uint8Array(valueOffsets[length]);
		parts.forEach((p, i) => data.set(p, valueOffsets[i]));
		return makeVector(makeData({ type: new Utf8(), length, nullCount: nulls, nullBitmap, valueOffsets, data }));
	}
	if (typeof sample === 'boolean') {
		const data = new Uint8Array(Math.ceil(length / 8));
		values.forEach((v, i) => v === true && (data[i >> 3] |= 1 << (i & 7)));
		return makeVector(makeData({ type: new Bool(), length, nullCount: nulls, nullBitmap, data }));
	}
	const data = new Float64Array(length);
	values.forEach((v, i) => (data[i] = v === null || v === undefined ? 0 : Number(v)));
	return makeVector(makeData({ type: new Float64(), length, nullCount: nulls, nullBitmap, data }));
}

/** Replace table `name` with the decoded Parquet file. */
export async function insertParquet(conn: AsyncDuckDBConnection, name: string, buffer: ArrayBuffer): Promise<number> {
	const columns = await parquetToColumns(buffer);
	const vectors: Record<string, Vector> = {};
	for (const [col, values] of Object.entries(columns)) vectors[col] = columnToVector(values);
	const table = new Table(vectors);
	await conn.query(`DROP TABLE IF EXISTS "${name}"`);
	await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
	return table.numRows;
}
