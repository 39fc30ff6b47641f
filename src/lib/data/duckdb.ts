// DuckDB-WASM start-up with self-hosted bundles, guarded by one promise so every caller shares one
// database. Only a feature that needs SQL starts it (the local-data upload): the WASM binary is many
// megabytes, and no view waits for it.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export interface Database {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
}

let started: Promise<Database> | null = null;

/** Start DuckDB once; later calls get the same promise. Browser only. */
export function startDuckDB(): Promise<Database> {
	started ??= boot().catch((err) => {
		started = null; // allow a retry after e.g. a network hiccup
		throw err;
	});
	return started;
}

async function boot(): Promise<Database> {
	// Imported lazily so the library's JS stays out of the first-forecast bundle as well.
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: abs(mvpWasm), mainWorker: abs(mvpWorker) },
		eh: { mainModule: abs(ehWasm), mainWorker: abs(ehWorker) }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	// Never reach for the internet to fetch an extension: the app must work with no infrastructure.
	await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;`);
	return { db, conn };
}

/** Bundle URLs are relative (paths.relative); the DuckDB worker needs absolute ones. */
function abs(url: string): string {
	return new URL(url, document.baseURI).href;
}
