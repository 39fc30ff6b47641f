// The contract between the page and the forecast worker: plain data only (structured clone).
import type { Category } from '../src/lib/snapshot/schema';
import type { SnapshotBuffers } from '../src/lib/snapshot/read';
import type { BacktestRow, CategoryModel, IntervalBand, Reliability } from '../src/lib/model/types';
import type { ForecastPoint, HistoryPoint } from '../src/lib/ui/types';

export interface RegionSeries {
	code: string;
	name: string;
	/** The last five observed years (missing years present as null, never zero). */
	history: HistoryPoint[];
	/** Five forecast years after the origin. */
	forecast: ForecastPoint[];
	/** Reliability of the forecast (from the model; the same for every year). */
	reliability: Reliability;
}

export interface InitResult {
	origin: number;
	historyYears: number[];
	forecastYears: number[];
	gemeenten: Array<{ code: string; name: string }>;
	/** Wijk codes per gemeente, to validate a wijk in the URL without a round trip. */
	wijkCodes: Record<string, string[]>;
	/** Per category, every gemeente: the country view, with no further round trips. */
	country: Record<Category, RegionSeries[]>;
	/** Categories with wijk data in the snapshot. */
	wijkCategories: Category[];
	models: CategoryModel[];
	intervals: IntervalBand[];
	timings: { decodeMs: number; fitMs: number; forecastMs: number; viewsMs: number; fitCached: boolean };
}

export interface GemeenteView {
	code: string;
	name: string;
	/** Per category: the gemeente and its wijken. Wijk lists are empty where there is no wijk data. */
	series: Record<Category, { gemeente: RegionSeries; wijken: RegionSeries[] }>;
}

export interface ForecastApi {
	/** Hand over one snapshot table as soon as it is downloaded; the worker decodes it right away. */
	addTable(name: keyof SnapshotBuffers, buffer: ArrayBuffer): void;
	/** Once all four tables are in: fit the models (or reuse a cached fit) and forecast everything. */
	init(): Promise<InitResult>;
	gemeente(code: string): Promise<GemeenteView | null>;
	/** Rolling-origin backtest (slow; run in a second worker after the first forecast). */
	backtest(buffers: SnapshotBuffers): Promise<BacktestRow[]>;
}
