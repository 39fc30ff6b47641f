// One visit's browser data, owned in one place: fetch the snapshot, run the forecast worker, the
// geometry, and afterwards (idle) the backtest on a second worker fed with the first one's decoded
// panel, so the snapshot is decoded once per visit. DuckDB-WASM is not started here: a feature that
// needs SQL (the local-data upload) starts it (src/lib/data/duckdb.ts).
import * as Comlink from 'comlink';
import type { Category, SnapshotManifest } from '$lib/snapshot/schema';
import { trackRecordFor, type TrackPoint, type TrackRecord } from '$lib/view/trackRecord';
import type { RegionFeatureCollection } from '$lib/snapshot/geometry';
import type { LocalOverrides, PipelineSettings } from '$lib/pipeline/input';
import type { ForecastApi } from '$lib/view/forecastApi';
import type { RegionProfile } from '$lib/view/profile';
import type { BenchmarkOptions, BenchmarkViews } from '$lib/view/benchmark/benchmarkView';
import type { AccuracyItem, GemeenteView, InitResult } from '$lib/view/types';
import { fetchGemeenteGeometry, fetchManifest, fetchTables, fetchWijkGeometry } from './snapshot-fetch';
import { guarded, startForecastWorker } from './forecast-client';
import { mark, signal, whenIdle } from './timing';

export interface Session {
	ready: Promise<InitResult>;
	/** Settles once the snapshot tables are downloaded and handed to the worker. */
	tablesHandedOver: Promise<void>;
	gemeente(code: string): Promise<GemeenteView | null>;
	wijkGeometry(code: string): Promise<RegionFeatureCollection>;
	profile(code: string): Promise<RegionProfile | null>;
	benchmark(code: string, options?: BenchmarkOptions): Promise<BenchmarkViews | null>;
	/** A unit's own track record once the background backtest is done (null: nothing scored). */
	trackRecord(code: string, category: Category): Promise<TrackRecord | null>;
	/** Re-run with the user's own data (null: CBS only); cached gemeente views are dropped. */
	setLocalData(local: LocalOverrides | null): Promise<InitResult>;
	regions(): ReturnType<ForecastApi['regions']>;
	startBackground(): void;
	dispose(): void;
}

export interface SessionCallbacks {
	onManifest(m: SnapshotManifest): void;
	onCountryGeometry(g: RegionFeatureCollection): void;
	onCountryGeometryMissing(): void;
	onAccuracy(a: AccuracyItem[]): void;
	onAccuracyFailed(): void;
	onMessage(m: string): void;
}

export function createSession(cb: SessionCallbacks, settings?: PipelineSettings): Session {
	const fw = startForecastWorker();
	const { api } = fw;
	const workers: Worker[] = [fw.worker];
	// Transfers: the main thread keeps no copy of the tables (the worker owns the decoded data).
	const buffers = fetchTables((name, buffer) => void api.addTable(name, Comlink.transfer(buffer, [buffer])));
	buffers.then(
		() => mark('tables-fetched'),
		() => {} // reported through `ready`
	);
	const ready = buffers.then(() => guarded(fw, api.init(settings)));
	const geo = new Map<string, Promise<RegionFeatureCollection>>();
	const views = new Map<string, Promise<GemeenteView | null>>();

	fetchManifest().then(cb.onManifest, (e: Error) => cb.onMessage(e.message));
	// The map geometry is not needed for the first forecast: fetch it once the tables are in, so it
	// downloads while the worker computes instead of sharing the bandwidth with the tables.
	buffers.catch(() => undefined).then(() => fetchGemeenteGeometry()).then(cb.onCountryGeometry, (e: Error) => {
		cb.onCountryGeometryMissing();
		cb.onMessage(`${e.message} De tabel toont de gemeenten.`);
	});

	let trackDone: (p: TrackPoint[]) => void = () => {};
	let trackFailed: (e: Error) => void = () => {};
	const track = new Promise<TrackPoint[]>((res, rej) => ((trackDone = res), (trackFailed = rej)));
	track.catch(() => {}); // observed by trackRecord()

	async function loadAccuracy() {
		const second = startForecastWorker();
		workers.push(second.worker);
		try {
			const panel = await guarded(fw, api.panelForBacktest());
			await guarded(second, second.api.adoptPanel(panel));
			cb.onAccuracy(await guarded(second, second.api.backtest()));
			trackDone(await guarded(second, second.api.trackPoints()));
			signal('backtest-ready');
		} catch (e) {
			trackFailed(e as Error);
			throw e;
		} finally {
			second.api[Comlink.releaseProxy]();
			second.worker.terminate();
		}
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
				p = fetchWijkGeometry(code);
				p.catch(() => geo.delete(code));
				geo.set(code, p);
			}
			return p;
		},
		profile(code) {
			return ready.then(() => guarded(fw, api.profile(code)));
		},
		async setLocalData(local) {
			await ready;
			views.clear();
			return guarded(fw, api.setLocalData(local));
		},
		regions() {
			return ready.then(() => guarded(fw, api.regions()));
		},
		benchmark(code, options) {
			return ready.then(() => guarded(fw, api.benchmark(code, options)));
		},
		trackRecord(code, category) {
			return track.then((points) => trackRecordFor(points, code, category));
		},
		startBackground() {
			whenIdle(() =>
				loadAccuracy().catch((e) => {
					console.warn(e);
					cb.onAccuracyFailed();
				})
			);
		},
		dispose() {
			for (const w of workers) w.terminate();
		}
	};
}
