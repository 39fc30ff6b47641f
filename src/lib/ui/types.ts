// Plain data shapes the UI components take as props. They are structural subsets of the model
// types (src/lib/model/types.ts), so model rows can be passed in directly.

export type Reliability = 'ok' | 'unreliable' | 'none';
export type ChartMode = 'clients' | 'share';

/** One observed year of a region × category. Missing years are null, never zero. */
export interface HistoryPoint {
	year: number;
	clients: number | null;
	/** clients / inhabitants as a fraction (0.045 = 4,5%). */
	share: number | null;
	/** Estimated through a boundary conversion (drawn as a hollow marker). */
	converted: boolean;
	status: 'observed' | 'suppressed' | 'not_delivered';
}

/** One forecast year (the forecast row of SPEC.md; extra fields of the model row are allowed). */
export interface ForecastPoint {
	year: number;
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	reliability?: Reliability;
	/** Forecast share of inhabitants (fraction); needed for mode 'share'. */
	share?: number | null;
	/** Projected inhabitants; used to turn lower/upper into shares in mode 'share'. */
	population?: number | null;
}

export interface ChartSeries {
	label: string;
	history: HistoryPoint[];
	forecast: ForecastPoint[];
	/** Drawn thicker and first in the legend (typically the selected wijk). */
	emphasis?: boolean;
}

/** One row of the wijk table. */
export interface WijkRow {
	code: string;
	name: string;
	/** Last observed clients. */
	clients: number | null;
	/** Last observed share of inhabitants (fraction). */
	share: number | null;
	/** Forecast clients for the chosen year, with its 80% interval. */
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	/** Relative change (fraction) from the last observed count to the chosen year. */
	change: number | null;
	reliability: Reliability;
}

/** One indicator that drives a category model. */
export interface DriverItem {
	indicator: string;
	label: string;
	sign: 1 | -1;
	/** Coefficient or standardised weight; bars use |weight| relative to the largest. */
	weight: number;
}

/** Backtest accuracy of one horizon (fractions: 0.08 = 8%). */
export interface AccuracyItem {
	horizon: number;
	level: string;
	mape: number;
	wape: number;
	naiveMape: number;
	naiveWape: number;
	n: number;
	/** Optional size band ('10-99', '100-499', '500+' or 'all'). */
	band?: string;
	/** Optional category id; when present the panel shows only the selected category. */
	category?: string;
	/** Optional second baseline: last share × projected inhabitants. */
	sharePopMape?: number;
	sharePopWape?: number;
}

export interface ManifestInfo {
	sources: Array<{ name: string; repository?: string; cbs_tables?: string[]; licence: string; attribution: string }>;
	licences: Array<{ id: string; name: string; url: string; applies_to: string }>;
	built_at: string;
}
