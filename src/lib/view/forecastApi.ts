// The forecast worker's interface, as the page sees it through comlink. Every argument and result
// is plain data of the view contract (./types).
import type { SnapshotBuffers } from '../snapshot/read';
import type { ClientRow } from '../snapshot/schema';
import type { LocalOverrides, PipelineSettings } from '../pipeline/input';
import type { BenchmarkOptions, BenchmarkViews } from './benchmark/benchmarkView';
import type { RegionProfile } from './profile';
import type { TrackPoint } from './trackRecord';
import type { AccuracyItem, GemeenteView, InitResult } from './types';

export interface ForecastApi {
	/** Hand over one snapshot table as soon as it is downloaded; the worker decodes it right away. */
	addTable(name: keyof SnapshotBuffers, buffer: ArrayBuffer): void;
	/** Once all four tables are in: run the pipeline (a cached fit where possible) and build the views. */
	init(settings?: PipelineSettings): Promise<InitResult>;
	/** Re-run the pipeline with the user's own data (null: the snapshot only). Data stays in the browser. */
	setLocalData(local: LocalOverrides | null): Promise<InitResult>;
	/** Every region of the indeling (for matching names in uploaded files). */
	regions(): Promise<Array<{ code: string; level: 'wijk' | 'gemeente'; name: string; gemeente_code: string }>>;
	gemeente(code: string): Promise<GemeenteView | null>;
	/** The snapshot's own (CBS) client rows of these regions, for comparing an upload with them. */
	cbsClients(codes: string[]): Promise<ClientRow[]>;
	/** Peers, expected versus actual and the objective distribution of a gemeente (loaded when opened). */
	benchmark(code: string, options?: BenchmarkOptions): Promise<BenchmarkViews | null>;
	/** The indicator profile ("Kenmerken") of a gemeente or wijk, from the worker's own tables. */
	profile(code: string): Promise<RegionProfile | null>;
	/**
	 * The rolling-origin backtest of the same decoded data, for the transparency panel. Slow: the page
	 * calls it on a second worker, which gets the decoded panel from this one (see panelForBacktest).
	 */
	backtest(): Promise<AccuracyItem[]>;
	/** The scored points of the last backtest() call, compact (each unit's own track record). */
	trackPoints(): Promise<TrackPoint[]>;
	/** The decoded panel, for a second worker (structured clone of typed arrays: no second decode). */
	panelForBacktest(): Promise<unknown>;
	/** Load a panel decoded by another worker (a backtest worker does this instead of addTable). */
	adoptPanel(panel: unknown): void;
}
