// SqlRunner over DuckDB-WASM in Node (the library's blocking Node build): the browser's engine, for
// tests that check Node DuckDB and DuckDB-WASM give equal numbers, and for the benchmark. Node only.
import { createRequire } from 'node:module';
import { plain, type SqlRunner } from './runner';

export async function wasmNodeRunner(): Promise<SqlRunner> {
	const require = createRequire(import.meta.url);
	const main = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const duckdb = require(main);
	const dist = main.replace(/[^/]+$/, '');
	const db = await duckdb.createDuckDB(
		{ mvp: { mainModule: dist + 'duckdb-mvp.wasm', mainWorker: dist + 'duckdb-node-mvp.worker.cjs' }, eh: { mainModule: dist + 'duckdb-eh.wasm', mainWorker: dist + 'duckdb-node-eh.worker.cjs' } },
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true } });
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
	return {
		async putFile(name, bytes) {
			db.registerFileBuffer(name, bytes.slice());
			return name;
		},
		async dropFile(name) {
			db.dropFile(name);
		},
		async exec(sql) {
			conn.query(sql);
		},
		async query(sql) {
			return conn.query(sql).toArray().map((r: { toJSON(): Record<string, unknown> }) => {
				const o = r.toJSON();
				for (const k of Object.keys(o)) o[k] = plain(o[k]);
				return o;
			});
		}
	};
}
