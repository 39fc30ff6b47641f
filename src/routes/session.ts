// One visit's data session: fetch the snapshot, start the forecast worker, and afterwards (idle)
// DuckDB-WASM and the backtest. The first forecast waits only for the Parquet files and the worker.
import * as Comlink from 'comlink';
import type { SnapshotManifest } from '$lib/snapshot/schema';
import type { SnapshotBuffers } from '$lib/snapshot/read';
import { fetchGemeenteGeometry, fetchManifest, fetchTables, fetchWijkGeometry } from '$lib/data/snapshot-fetch';
import { guarded, startForecastWorker } from '$lib/data/forecast-client';
import { normaliseGeometry } from '$lib/data/geometry';
import type { RegionProfile } from '$lib/data/queries';
import type { AccuracyItem } from '$lib/ui/types';
import { accuracyFromBacktest } from '$lib/ui/transparency';
import type { GemeenteView, InitResult } from '../../workers/forecast-api';
import { signal, whenIdle } from './page-signals';

export interface Session {
	ready: Promise<InitResult>;
	/** Settles once the snapshot tables are downloaded and handed to the worker. */
	tablesHandedOver: Promise<void>;
	gemeente(code: string): Promise<GemeenteView | null>;
	wijkGeometry(code: string): Promise<GeoJSON.FeatureCollection>;
	profile(code: string): Promise<RegionProfile | null>;
	startBackground(): void;
	dispose(): void;
}

export interface SessionCallbacks {
	onManifest(m: SnapshotManifest): void;
	onCountryGeometry(g: GeoJSON.FeatureCollection): void;
	onCountryGeometryMissing(): void;
	onAccuracy(a: AccuracyItem[]): void;
	onMessage(m: string): void;
}

export function createSession(cb: SessionCallbacks): Session {
	const fw = startForecastWorker();
	const { api, worker } = fw;
	const workers: Worker[] = [worker];
	// Copies, not transfers: the buffers are kept for DuckDB later.
	const buffers = fetchTables((name, buffer) => void api.addTable(name, buffer));
	buffers.then(
		() => performance.mark('tables-fetched'),
		() => {} // reported through `ready`
	);
	const ready = buffers.then(() => guarded(fw, api.init()));
	const geo = new Map<string, Promise<GeoJSON.FeatureCollection>>();
	const views = new Map<string, Promise<GemeenteView | null>>();
	let db: Promise<import('$lib/data/duckdb').Database> | null = null;
	let dbStarted: () => void;
	const dbRequested = new Promise<void>((r) => (dbStarted = r));

	fetchManifest().then(cb.onManifest, (e: Error) => cb.onMessage(e.message));
	// The map geometry is not needed for the first forecast: fetch it once the tables are in, so it
	// downloads while the worker computes instead of sharing the bandwidth with the tables.
	buffers.catch(() => undefined).then(() => fetchGemeenteGeometry()).then(
		(g) => cb.onCountryGeometry(normaliseGeometry(g)),
		(e: Error) => {
			cb.onCountryGeometryMissing();
			cb.onMessage(`${e.message} De tabel toont de gemeenten.`);
		}
	);

	async function loadDatabase(b: SnapshotBuffers) {
		const [{ startDuckDB }, { insertParquet }, { tableCounts, createLongViews }] = await Promise.all([
			import('$lib/data/duckdb'),
			import('$lib/data/arrow-insert'),
			import('$lib/data/queries')
		]);
		const database = await startDuckDB();
		for (const [name, buf] of Object.entries(b)) {
			await insertParquet(database.conn, name === 'indicators' || name === 'population' ? `${name}_wide` : name, buf);
		}
		await createLongViews(database.conn);
		console.info('DuckDB geladen', await tableCounts(database.conn));
		signal('db-ready');
		return database;
	}

	async function loadAccuracy(b: SnapshotBuffers) {
		const second = startForecastWorker();
		workers.push(second.worker);
		const rows = await guarded(second, second.api.backtest(b));
		cb.onAccuracy(accuracyFromBacktest(rows));
		signal('backtest-ready');
		second.api[Comlink.releaseProxy]();
		second.worker.terminate();
	}

	return {
		ready,
		tablesHandedOver: buffers.then(() => undefined),
		gemeente(code) {
			// Memoised, so a prefetch (search highlight) and the choice itself share one call.
			let p = views.get(code);
			if (!p) {
				p = ready.then(() => guarded(fw, api.gemeente(code)));
				p.catch(() => views.delete(code));
				views.set(code, p);
			}
			return p;
		},
		wijkGeometry(code) {
			let p = geo.get(code);
			if (!p) {
				p = fetchWijkGeometry(code).then(normaliseGeometry);
				p.catch(() => geo.delete(code));
				geo.set(code, p);
			}
			return p;
		},
		async profile(code) {
			await dbRequested;
			const database = await db!;
			const { regionProfile } = await import('$lib/data/queries');
			return regionProfile(database.conn, code);
		},
		startBackground() {
			whenIdle(async () => {
				const b = await buffers;
				db = loadDatabase(b);
				dbStarted();
				db.catch((e) => {
					console.warn(e);
					cb.onMessage('De database voor de wijkkenmerken kon niet starten. Kaart, grafiek en tabel werken gewoon.');
				});
				// The backtest waits for the database so the two never compete for the CPU at once.
				db.finally(() => whenIdle(() => loadAccuracy(b).catch((e) => {
					console.warn(e);
					cb.onMessage('De nauwkeurigheid van het model (backtest) kon niet worden berekend.');
				})));
			});
		},
		dispose() {
			for (const w of workers) w.terminate();
		}
	};
}
