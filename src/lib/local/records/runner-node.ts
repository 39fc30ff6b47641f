// SqlRunner over @duckdb/node-api, for the tests, the benchmark and the Node CLIs. Never imported by
// browser code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plain, type SqlRunner } from './runner';

export async function nodeRunner(threads = 2): Promise<SqlRunner & { close(): void; connection: DuckDBConnection }> {
	const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
	const con = await instance.connect();
	const dir = mkdtempSync(join(tmpdir(), 'wmo-local-'));
	return {
		connection: con,
		async putFile(name, bytes) {
			const p = join(dir, name);
			writeFileSync(p, bytes);
			return p;
		},
		async dropFile(name) {
			rmSync(join(dir, name), { force: true });
		},
		async exec(sql) {
			await con.run(sql);
		},
		async query(sql) {
			const reader = await con.runAndReadAll(sql);
			return reader.getRowObjectsJS().map((r) => {
				const o: Record<string, unknown> = {};
				for (const [k, v] of Object.entries(r)) o[k] = plain(v);
				return o;
			});
		},
		close() {
			con.closeSync();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
