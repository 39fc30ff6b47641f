// The one seam between the aggregation and a DuckDB: Node (@duckdb/node-api) or the browser
// (DuckDB-WASM). Both run the same SQL text from sql.ts.
export interface SqlRunner {
	/** Make the UTF-8 `bytes` readable by read_csv; returns the name or path to pass to prepareSql. */
	putFile(name: string, bytes: Uint8Array): Promise<string>;
	dropFile(name: string): Promise<void>;
	exec(sql: string): Promise<void>;
	query(sql: string): Promise<Array<Record<string, unknown>>>;
}

/** DuckDB's BIGINT / HUGEINT come back as bigint in Node: make every value a plain JS value. */
export function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	return v;
}
