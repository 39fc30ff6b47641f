// Public types of the model layer. The worker (comlink) passes these across threads, so they are
// plain data: objects, arrays and numbers only (no Maps, no class instances, no functions).

import type { Category, Level, AgeBand } from '../snapshot/schema';
import type { ForecastReason, Reliability, SizeBand } from '../snapshot/reliability';
import type { Candidate } from './candidates';
import type { CategoryFit } from './fitCategory';

export type { SnapshotTables } from '../snapshot/schema';
export type { Reliability, SizeBand } from '../snapshot/reliability';

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
	/** Extra: why the forecast is missing or flagged (null for a plain reliable forecast). */
	reason: ForecastReason | null;
	/** Extra: the year of the count the forecast starts from, or the last count when there is none. */
	baseYear: number | null;
	/** Extra: share of the age-explained demand from 65+ (ageProjection.ts), for the scenarios. */
	demand65?: number | null;
	/** Extra: share of the projected inhabitants aged 65+. */
	pop65?: number | null;
	/** Extra: expected spending in euro (forecast × cost per client), when a tariff is given. */
	spending?: number | null;
}

/** A selected indicator of one category model, for the transparency panel. */
export interface Driver {
	/** An id of INDICATORS (snapshot schema) or an error-correction term (fitCategory.ts). */
	indicator: string;
	/** Change in share of clients per unit change of the indicator (a first-differences slope). */
	coefficient: number;
	sign: 1 | -1;
	/** Relative importance in [0, 1]: |coefficient| × sd of the indicator change, normalised. */
	weight: number;
}

/**
 * The fitted model of one level × category: the first-differences fit and the candidate the nested
 * backtest chose, kept whole, so the forecast shown is exactly the one that was scored.
 */
export interface CategoryModel {
	level: Level;
	category: Category;
	fit: CategoryFit;
	candidate: Candidate;
	/** The selected indicators with sign and weight (always estimated; used only if candidate.drivers). */
	drivers: Driver[];
	/** Nested choice: origins scored, the changes scored and the WAPE reached. */
	validation: { origins: number[]; n: number; wape: number | null; aPrioriWape: number | null };
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
		shrink?: boolean;
		convergence?: number;
	};
	/**
	 * Candidate robust national drifts (robustGrowth.ts): the median gemeente's latest relative
	 * share change, each gemeente once ('median') or weighted by clients ('weightedMedian').
	 * Absent or empty: not offered.
	 */
	robustDrifts?: ('median' | 'weightedMedian')[];
	/** Candidate weights w of a combination w × naive + (1 − w) × share × population. */
	naiveWeights?: number[];
	/** Offer the category shrinkage toward the total's pooled change (categoryShrink.ts). */
	shrinkToTotal?: boolean;
	/** Candidate yearly convergence rates λ toward the trait-expected share (convergence.ts). */
	convergenceRates?: number[];
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
 * mergePopulationForecast). `total[i]` is the year `years[i]`.
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
	/**
	 * Extra change in % per category, applied multiplicatively per year ahead. The pipeline does not
	 * use it: its scenario stage (src/lib/model/scenario.ts) applies a level change after the fit.
	 */
	policyEffect?: Partial<Record<Category, number>>;
}


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
