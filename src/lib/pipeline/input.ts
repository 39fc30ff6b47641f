// The one input of the forecast pipeline. Every planning feature adds a field here (and a stage in
// run.ts), never a new path. The settings part is what a shared link carries; local data never
// goes into a link: it is referenced by an id kept in the browser (IndexedDB).
import type { Category } from '../snapshot/schema';

export const PIPELINE_INPUT_VERSION = 1;

/** A scenario acts on the projection stage, after the fit: changing it never re-fits. */
export interface Scenario {
	/** Policy effect in % per category: a level change from `policyFrom` on, not compounding. */
	policyEffect?: Partial<Record<Category, number>>;
	/** First year of the policy effect (default: the first forecast year). */
	policyFrom?: number;
	/** Extra yearly growth of the 65+ band, percentage points, on top of the projection. */
	growth65?: number;
	/** Extra yearly growth of the whole population, percentage points. */
	growthTotal?: number;
}

/** Cost per client per category (euro a year); the derived-measures stage turns clients into euros. */
export interface Costs {
	perClient?: Partial<Record<Category, number>>;
	/** Yearly price index in % (default 0), from the first forecast year on. */
	priceIndex?: number;
}

/**
 * A user's own data, aggregated in the browser (src/lib/local): counts that replace or extend the
 * snapshot's, and an own population forecast that replaces the projection. Never in a URL.
 */
export interface LocalOverrides {
	/** A label for the screen: which files, which period. */
	label: string;
	clients: Array<{ level: 'wijk' | 'gemeente'; code: string; category: string; year: number; half: number; clients: number }>;
	population: Array<{ level: 'wijk' | 'gemeente'; code: string; year: number; persons: number }>;
	/**
	 * The categories of the user's data beyond the five (type codes from records): the list is data,
	 * each with the category it is part of. Their counts are in `clients`; they are forecast at
	 * gemeente level as a share of the parent (model/subcategory.ts).
	 */
	subcategories?: Array<{ id: string; label: string; parent: string }>;
}

/** The serialisable settings of a view: they go into the URL. */
export interface PipelineSettings {
	scenario?: Scenario;
	costs?: Costs;
}

export interface PipelineInput {
	version: typeof PIPELINE_INPUT_VERSION;
	/** The snapshot, referenced by the hash of its tables. */
	snapshot: { hash: string };
	/** Local data sets (own population forecast, counts, records), by their local ids. */
	localData?: { ids: string[] };
	scenario?: Scenario;
	costs?: Costs;
}
