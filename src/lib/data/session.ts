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
import { fetchGemeenteGeometry, fetchTables, fetchWijkGeometry } from './snapshot-fetch';
import { takeEarly } from './earlyStart';
import { guarded, startForecastWorker } from './forecast-client';
import { mark, signal, whenIdle } from './timing';

export interface Session {
	/** The worker's forecast for the snapshot (CBS only). */
	ready: Promise<InitResult>;
	/** The first forecast to show: this visit's cached views when the key matches, else `ready`. */
	first: Promise<{ result: InitResult; cached: boolean }>;
	/** Settles once the map may load: the tables are handed to the worker, or cached views shown. */
	mapMayStart: Promise<void>;
	gemeente(code: string): Promise<GemeenteView | null>;
	wijkGeometry(code: string): Promise<RegionFeatureCollection>;
	profile(code: string): Promise<RegionProfile | null>;
	benchmark(code: string, options?: BenchmarkOptions): Promise<BenchmarkViews | null>;
	/** A unit's own track record once the background backtest is done (null: nothing scored). */
	trackRecord(code: string, category: Category): Promise<TrackRecord | null>;
	/** Re-run with the user's own data (null: CBS only); cached gemeente views are dropped. */
	setLocalData(local: LocalOverrides | null): Promise<InitResult>;
	regions(): ReturnType<ForecastApi['regions']>;
	cbsClients(codes: string[]): ReturnType<ForecastApi['cbsClients']>;
	startBackground(): void;
	/** The page calls this once the first forecast is on screen. */
	shown(): void;
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

/**
 * `codeVersion` identifies the build (model and view code): with the snapshot and the settings it
 * keys the cached views of a repeat visit (viewCache.ts).
 */
export function createSession(cb: SessionCallbacks, codeVersion: string, settings?: PipelineSettings): Session {
	const fw = startForecastWorker();
	const { api } = fw;
	const workers: Worker[] = [fw.worker];
	const { manifest, cache } = takeEarly(codeVersion, settings);
	manifest.then(cb.onManifest, (e: Error) => cb.onMessage(e.message));
	const cached = cache.init().then((hit) => {
		if (hit) mark('views-from-cache');
		return hit;
	});
	let resolveShown: () => void;
	const shown = new Promise<void>((r) => (resolveShown = r));
	/** The worker's forecast, for a question the cached views cannot answer: the tables then start at once. */
	const worker = () => (resolveShown(), ready);
	// With cached views to show, the tables wait until they are on screen: their download and
	// hand-over then do not compete with the first paint. Without, they start at once (a first
	// visit does not wait for the manifest's round trip to learn that nothing is cached).
	const tablesMayStart = cache.hasAny().then((any) => (any ? cached.then((hit) => (hit ? shown : undefined)) : undefined));
	// Transfers: the main thread keeps no copy of the tables (the worker owns the decoded data).
	const buffers = tablesMayStart.then(() => fetchTables((name, buffer) => void api.addTable(name, Comlink.transfer(buffer, [buffer]))));
	buffers.then(
		() => mark('tables-fetched'),
		() => {} // reported through `ready`
	);
	const ready = buffers.then(() => guarded(fw, api.init(settings)));
	// The map (MapLibre and the geometry) waits for the tables to be handed over, or for cached views
	// to be on screen: it then loads while the worker computes, or right after the first paint.
	const mapMayStart = Promise.race([buffers.catch(() => undefined), shown]);
	const geo = new Map<string, Promise<RegionFeatureCollection>>();
	const views = new Map<string, Promise<GemeenteView | null>>();
	// A cache hit already holds these numbers; otherwise they are kept for the next visit.
	ready.then(
		(r) => cached.then((hit) => {
			if (!hit) whenIdle(() => void cache.saveInit(r), 300);
		}),
		() => {}
	);
	/** Own data in use: views then come from the worker only, and are never cached. */
	let isLocal = false;
	// The map geometry is not needed for the first forecast: fetch it once the tables are in, so it
	// downloads while the worker computes instead of sharing the bandwidth with the tables.
	mapMayStart.then(() => fetchGemeenteGeometry()).then(cb.onCountryGeometry, (e: Error) => {
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
			await ready;
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
		first: cached.then(async (hit) => (hit ? { result: hit, cached: true } : { result: await ready, cached: false })),
		mapMayStart: mapMayStart.then(() => undefined),
		shown: () => resolveShown(),
		gemeente(code) {
			// Memoised, so a prefetch (search highlight) and the choice itself share one call.
			let p = views.get(code);
			if (!p) {
				const fromWorker = () => worker().then(() => guarded(fw, api.gemeente(code)));
				p = isLocal
					? fromWorker()
					: cache.gemeente(code).then(
							(hit) =>
								hit ??
								fromWorker().then((v) => {
									if (v && !isLocal) whenIdle(() => void cache.saveGemeente(code, v));
									return v;
								})
						);
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
			return worker().then(() => guarded(fw, api.profile(code)));
		},
		async setLocalData(local) {
			await worker();
			views.clear();
			isLocal = local !== null;
			return guarded(fw, api.setLocalData(local));
		},
		regions() {
			return worker().then(() => guarded(fw, api.regions()));
		},
		cbsClients(codes) {
			return worker().then(() => guarded(fw, api.cbsClients(codes)));
		},
		benchmark(code, options) {
			return worker().then(() => guarded(fw, api.benchmark(code, options)));
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
