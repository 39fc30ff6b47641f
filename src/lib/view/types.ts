// The view contract: the plain data that crosses the worker boundary and that components draw.
// The worker builds these with the adapters of this folder; no component reshapes model output.
// Plain data only (structured clone): objects, arrays, numbers, strings.
import type { Category, Level } from '../snapshot/schema';
import type { ForecastReason, Reliability } from '../snapshot/reliability';
import type { RegistrationBreak } from '../model/breaks';
import type { SubcategoryView } from './subcategories';
import type { CategoryOption } from './categories';

export type { RegistrationBreak };

export type { ForecastReason, Reliability };
/** What the chart shows: clients, share of inhabitants, or spending in euro (clients × cost per client). */
export type ChartMode = 'clients' | 'share' | 'euro';
/** What the map shows: the share of inhabitants, or the change since the last observed year. */
export type MapMeasure = 'aandeel' | 'verandering';

/** One observed year of a region × category. Missing years are null, never zero. */
export interface HistoryPoint {
	year: number;
	clients: number | null;
	/** clients / inhabitants as a fraction (0.045 = 4,5%). */
	share: number | null;
	/** Estimated through a boundary conversion (drawn as a hollow marker). */
	converted: boolean;
	status: 'observed' | 'suppressed' | 'not_delivered';
	/** Inhabitants that year (KWB), when known. */
	population?: number | null;
	/** The value is an estimate for a missing count (national figure), not a CBS figure. */
	estimated?: boolean;
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
	/** The value is an estimate for a missing forecast (national figure), not a model forecast. */
	estimated?: boolean;
	/** Share of the age-explained demand from 65+ (the scenario levers act through it). */
	demand65?: number | null;
	/** Share of the projected inhabitants aged 65+. */
	pop65?: number | null;
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
	/** Last observed clients, and the year of that count. */
	clients: number | null;
	clientsYear?: number | null;
	/** Share of inhabitants in that year (fraction). */
	share: number | null;
	/** The figure of the chosen year: observed in a past year, forecast after the origin. */
	value?: number | null;
	/** The chosen year's figure is an estimate (national view: a gemeente without a count). */
	estimated?: boolean;
	/** Why there is no forecast or why it is flagged. */
	reason?: ForecastReason | null;
	/** A summary row (not a region): "niet toe te wijzen aan een wijk", the gemeente total. */
	kind?: 'unassigned' | 'total';
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

/** A region's five observed years and five forecast years of one category. */
export interface RegionSeries {
	code: string;
	name: string;
	/** The last five observed years (missing years present as null, never zero). */
	history: HistoryPoint[];
	/** Five forecast years after the origin. */
	forecast: ForecastPoint[];
	/** Reliability of the forecast (from the model; the same for every year). */
	reliability: Reliability;
	/** Why the forecast is missing or flagged; null for a plain reliable forecast. */
	reason: ForecastReason | null;
	/** Year of the count the forecast starts from (or of the last count when there is none). */
	baseYear: number | null;
	/** Registration breaks (a category's share jumping beyond ±50%) in the years shown. */
	breaks?: RegistrationBreak[];
}

/** How one level × category is forecast, as the transparency panel explains it (words are the UI's). */
export interface ModelSummary {
	level: Level;
	category: Category;
	/** Years t whose change s(t) − s(t−1) entered the fit. */
	diffYears: number[];
	/** What the forecast carries: the share stays, a regression drift, or the robust national drift. */
	method: 'share_stays' | 'regression' | 'robust_drift' | 'category_shrink';
	/** Yearly drift damping (1 = linear) of the chosen candidate. */
	damping: number;
	driftSource: 'pooled' | 'last';
	gemeenteWeight: number;
	smoothing: number;
	naiveWeight: number;
	/** Whether the drivers enter the forecast (they are always estimated and shown). */
	useDrivers: boolean;
	drivers: DriverItem[];
	/** The robust national drift, when chosen: median gemeente's log share change in `year`. */
	robustDrift: { kind: 'median' | 'weightedMedian'; logGrowth: number; year: number; nGemeenten: number } | null;
	validation: { origins: number[]; n: number; wape: number | null; aPrioriWape: number | null };
	/** The category shrinkage toward the total, when chosen: own weight and the shrunk yearly log change. */
	shrink?: { weight: number; logGrowth: number; ownYears: number[] } | null;
	/** Convergence toward the trait-expected share, when chosen: the yearly fraction. */
	convergence?: number;
}

export interface InitResult {
	origin: number;
	historyYears: number[];
	forecastYears: number[];
	/** Per category, the years with observed gemeente counts (the categories have fewer years). */
	categoryYears: Record<Category, number[]>;
	gemeenten: Array<{ code: string; name: string }>;
	/** Wijk codes per gemeente, to validate a wijk in the URL without a round trip. */
	wijkCodes: Record<string, string[]>;
	/** Per category, every gemeente: the country view, with no further round trips. */
	country: Record<Category, RegionSeries[]>;
	/** Categories with wijk data in the snapshot. */
	wijkCategories: Category[];
	/** The category list: CBS's five and, with own records, every subcategory (categories.ts). */
	categories: CategoryOption[];
	models: ModelSummary[];
	/** Set when the forecast uses the user's own data (which files, which period). */
	localData: string | null;
	/** Age-specific use rates at the origin (clients per inhabitant of 0–14, 15–24, 25–44, 45–64, 65+). */
	ageRates?: Array<{ level: Level; category: Category; rates: number[]; n: number }>;
	timings: { decodeMs: number; fitMs: number; forecastMs: number; viewsMs: number; fitCached: boolean };
}

export interface GemeenteView {
	code: string;
	name: string;
	/** The gemeente's own origin: the national one, or later when it has newer figures. */
	origin: number;
	historyYears: number[];
	forecastYears: number[];
	/** Per category: the gemeente and its wijken. Wijk lists are empty where there is no wijk data. */
	series: Record<Category, { gemeente: RegionSeries; wijken: RegionSeries[] }>;
	/** Subcategories from the user's own records (type codes), forecast as a share of their parent. */
	subcategories?: SubcategoryView[];
}

/** Per-region drawing state of the choropleth, joined through feature state. */
export interface RegionStyle {
	color: string;
	reliability: Reliability;
}
