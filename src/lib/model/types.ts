// Public types of the model layer. The worker (comlink) passes these across threads, so they are
// plain data: objects, arrays and numbers only (no Maps, no class instances, no functions).

import type {
	AgeBand,
	Category,
	ClientRow,
	IndicatorRow,
	Level,
	PopulationRow,
	RegionRow
} from '../snapshot/schema';

/** The four canonical snapshot tables, decoded into rows. */
export interface SnapshotTables {
	regions: RegionRow[];
	clients: ClientRow[];
	population: PopulationRow[];
	indicators: IndicatorRow[];
}

export type Reliability = 'ok' | 'unreliable' | 'none';

/** One forecast row: exactly the CSV columns of SPEC.md, plus extras the UI may use. */
export interface ForecastRow {
	level: Level;
	code: string;
	category: Category;
	year: number;
	/** Forecast clients; null when reliability is 'none' (fewer than 10 clients at the origin). */
	forecast: number | null;
	lower: number | null;
	upper: number | null;
	reliability: Reliability;
	/** Extra: forecast share of inhabitants (clients / projected inhabitants). */
	share: number | null;
	/** Extra: projected inhabitants used for this year. */
	population: number | null;
	/** Extra: gemeente of the region (own code for a gemeente). */
	gemeente_code: string;
}

/** A selected indicator of one category model, for the transparency panel. */
export interface Driver {
	indicator: string;
	label: string;
	/** Change in share of clients per unit change of the indicator (a first-differences slope). */
	coefficient: number;
	sign: 1 | -1;
	/** Relative importance in [0, 1]: |coefficient| × sd of the indicator change, normalised. */
	weight: number;
}

/** The fitted first-differences model of one level × category. */
export interface CategoryModel {
	level: Level;
	category: Category;
	/** Common drift: the intercept, the yearly change in share every unit shares. */
	drift: number;
	drivers: Driver[];
	/** Years t whose change s(t) − s(t−1) entered the fit. */
	diffYears: number[];
	/** Number of (unit, year) changes in the fit. */
	nObs: number;
	/** Weight of the own gemeente's recent change in the drift (0 = national only). */
	gemeenteWeight: number;
	/** Damping of the drift per year ahead (1 = constant drift, 0 = no drift). */
	driftDamping: number;
	/**
	 * Whether the drivers enter the forecast. They are always estimated and shown, but used only
	 * when forecasting with them beat forecasting without on an earlier year (nested backtest).
	 */
	useDrivers: boolean;
	/** Level smoothing κ: start from (1 − κ) × last share + κ × previous share carried forward. */
	smoothing: number;
	/** Which drift the forecast carries: the pooled intercept or the latest year's drift. */
	driftSource: 'pooled' | 'last';
	/** Per gemeente: its (shrunk) deviation from the drift in the latest year, share per year. */
	gemeenteEffect: Record<string, number>;
	/**
	 * Set when the chosen drift is the robust national one: the median gemeente's relative share
	 * change in `year` (log scale; × driftDamping per step as for the drift), over `nGemeenten`.
	 */
	robustDrift?: { kind: 'median' | 'weightedMedian'; logGrowth: number; year: number; nGemeenten: number };
	/** How the drivers were chosen: validated on a later year, or not at all (one year of changes). */
	selection: 'time' | 'none';
	/** Nested choice of drift, damping and gemeente weight: origins scored and the WAPE reached. */
	validation: { origins: number[]; n: number; wape: number | null; aPrioriWape: number | null };
	/** Dutch one-line explanation of how this category is forecast. */
	method: string;
}

/** 80% interval factors per level × size band × horizon: forecast × exp(q). */
export interface IntervalBand {
	level: Level;
	band: SizeBand;
	horizon: number;
	/** Log-ratio quantiles log(actual / forecast): 10% and 90%. */
	q10: number;
	q90: number;
	/** Errors behind the quantiles; 0 when extrapolated or a priori. */
	n: number;
	source: 'backtest' | 'extrapolated' | 'a_priori';
}

export interface ModelConfig {
	/** Max indicators per category model. */
	maxDrivers: number;
	/** Candidate drift dampings; the nested backtest picks one per level × category. */
	driftDampings: number[];
	/** Candidate weights of the own gemeente's change in the drift. */
	gemeenteWeights: number[];
	/** Candidate level smoothings κ (see Candidate.smoothing in categoryForecast.ts). */
	smoothings: number[];
	/** Indicator extrapolation damping per year ahead (1 = linear). */
	indicatorDamping: number;
	/** Reconcile wijk forecasts with the gemeente forecast. */
	reconcile: boolean;
	/**
	 * Skip the nested choice and always use this candidate (for comparisons, e.g. the seeds'
	 * method: pooled drift, linear, drivers on). Must be in the grid the other options span.
	 */
	fixedCandidate?: {
		source: 'pooled' | 'last';
		damping: number;
		gemeenteWeight: number;
		drivers: boolean;
		smoothing: number;
		robust?: 'median' | 'weightedMedian';
		naiveWeight?: number;
	};
	/**
	 * Candidate robust national drifts (robustGrowth.ts): the median gemeente's latest relative
	 * share change, each gemeente once ('median') or weighted by clients ('weightedMedian').
	 * Absent or empty: not offered.
	 */
	robustDrifts?: ('median' | 'weightedMedian')[];
	/** Candidate weights w of a combination w × naive + (1 − w) × share × population. */
	naiveWeights?: number[];
}

export interface FittedModel {
	origin: number;
	/** Last year of data in the snapshot that the fit could see (≤ origin). */
	models: CategoryModel[];
	intervals: IntervalBand[];
	config: ModelConfig;
}

export interface FitOptions {
	origin: number;
	config?: Partial<ModelConfig>;
	/** Skip the nested backtest (intervals a priori, hyperparameters default). For speed in tests. */
	nested?: boolean;
}

/**
 * Projected inhabitants per region. Replaceable by a user's own forecast (see
 * populationForecastFromRows / mergePopulationForecast). `total[i]` is the year `years[i]`.
 */
export interface PopulationForecast {
	origin: number;
	years: number[];
	regions: Record<string, RegionPopulation>;
	source: 'projection' | 'user' | 'mixed';
}
export interface RegionPopulation {
	level: Level;
	total: number[];
	bands?: Partial<Record<Exclude<AgeBand, 'totaal'>, number[]>>;
}

export interface ForecastOptions {
	origin: number;
	horizon?: number;
	population?: PopulationForecast;
	/** Scenario: extra change in % per category, applied multiplicatively per year ahead. */
	policyEffect?: Partial<Record<Category, number>>;
}

export type SizeBand = '10-99' | '100-499' | '500+';
export const SIZE_BANDS: SizeBand[] = ['10-99', '100-499', '500+'];

export interface Metrics {
	mape: number;
	wape: number;
	mdape: number;
}

export interface BacktestRow {
	level: Level;
	category: Category;
	horizon: number;
	band: SizeBand | 'all';
	/** Origins (or 'all') the row pools over. */
	origin: number | 'all';
	n: number;
	model: Metrics;
	naive: Metrics;
	sharePop: Metrics;
	/** Share of actuals inside the model's 80% interval. */
	coverage: number;
}

export interface ConvertedRow {
	level: Level;
	category: Category;
	horizon: number;
	converted: boolean;
	n: number;
	model: Metrics;
	naive: Metrics;
	sharePop: Metrics;
}

/** One scored forecast: kept so errors can be analysed per gemeente, wijk and year. */
export interface BacktestPoint {
	level: Level;
	code: string;
	gemeente_code: string;
	category: Category;
	origin: number;
	horizon: number;
	actual: number;
	model: number;
	naive: number;
	sharePop: number;
	lower: number;
	upper: number;
	converted: boolean;
}

export interface BacktestOptions {
	origins?: number[];
	horizon?: number;
	config?: Partial<ModelConfig>;
	/** Keep every scored point in the result (large). */
	keepPoints?: boolean;
}

export interface BacktestTable {
	origins: number[];
	rows: BacktestRow[];
	converted: ConvertedRow[];
	points?: BacktestPoint[];
	/** Per origin, the models fitted (drivers, drift, chosen hyperparameters). */
	fits: { origin: number; models: CategoryModel[] }[];
}
