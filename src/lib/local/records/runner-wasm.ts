// SqlRunner over DuckDB-WASM (browser). The CSV bytes are registered as an in-memory file: it never leaves
// the page and is dropped after the aggregation.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { plain, type SqlRunner } from './runner';

export function wasmRunner(db: AsyncDuckDB, conn: AsyncDuckDBConnection): SqlRunner {
	return {
		async putFile(name, bytes) {
			// a copy goes to DuckDB's worker (transferred, so the bytes cross once): the prepared records
			// stay usable for another run
			await db.registerFileBuffer(name, bytes.slice());
			return name;
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async exec(sql) {
			await conn.query(sql);
		},
		async query(sql) {
			const table = await conn.query(sql);
			return table.toArray().map((row: { toJSON(): Record<string, unknown> }) => {
				const o = row.toJSON();
				for (const k of Object.keys(o)) o[k] = plain(o[k]);
				return o;
			});
		}
	};
}
