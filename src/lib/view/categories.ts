// The category list as data. The snapshot has CBS's five categories; a gemeente whose user
// uploaded own records also has subcategories (the type codes: begeleiding, dagbesteding,
// vervoersdiensten…), each under its parent. The selector, the store and the exports read this
// list, so a new subcategory needs no code: it arrives with the data.
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../snapshot/schema';
import type { ForecastReason } from '../snapshot/reliability';
import type { SubcategoryView } from './subcategories';
import type { HistoryPoint, RegionSeries } from './types';

/** A CBS category id, or the id of one of a gemeente's own subcategories. */
export type CategoryId = string;

export interface CategoryOption {
	id: CategoryId;
	label: string;
	/** The CBS category a subcategory is counted in; null for the CBS categories themselves. */
	parent: Category | null;
	/** Whether the option has wijk forecasts (subcategories are forecast per gemeente only). */
	wijk: boolean;
	source: 'cbs' | 'eigen';
}

/** A category label inside a Dutch sentence: "Wmo totaal" keeps its capital, the others do not. */
export function labelInText(label: string): string {
	return label.startsWith('Wmo') ? label : label.toLowerCase();
}

export function isCbsCategory(id: CategoryId): id is Category {
	return (CATEGORIES as readonly string[]).includes(id);
}

/** CBS's categories (with their wijk data), then the own subcategories, each right after its parent. */
export function categoryList(wijkCategories: readonly Category[], subcategories: ReadonlyArray<{ id: string; label: string; parent: string }> = []): CategoryOption[] {
	return CATEGORIES.flatMap((c): CategoryOption[] => [
		{ id: c, label: CATEGORY_LABELS[c], parent: null, wijk: wijkCategories.includes(c), source: 'cbs' },
		...subcategories
			.filter((s) => s.parent === c)
			.map((s): CategoryOption => ({ id: s.id, label: s.label, parent: c, wijk: false, source: 'eigen' }))
	]);
}

/** The options of one view: every CBS category, and the subcategories the gemeente in view has (none in the country view). */
export function categoriesInView(all: readonly CategoryOption[], gemeenteSubcategories: readonly SubcategoryView[] | null): CategoryOption[] {
	const own = new Set((gemeenteSubcategories ?? []).map((s) => s.id));
	return all.filter((o) => o.source === 'cbs' || own.has(o.id));
}

/**
 * The option in view for a chosen id. A subcategory this view lacks (another gemeente, or the
 * country view) shows its parent category; an unknown id shows Wmo totaal.
 */
export function resolveCategory(id: CategoryId, inView: readonly CategoryOption[], all: readonly CategoryOption[]): { option: CategoryOption; cbs: Category } {
	const parent = all.find((o) => o.id === id)?.parent;
	const option = inView.find((o) => o.id === id) ?? inView.find((o) => o.id === (parent ?? 'totaal')) ?? categoryList([])[0];
	return { option, cbs: (option.parent ?? option.id) as Category };
}

const REASONS: Record<NonNullable<SubcategoryView['reason']>, ForecastReason> = {
	no_recent_count: 'no_recent_count',
	too_few_clients: 'subcategory_small',
	one_year: 'short_history',
	parent: 'parent_unreliable'
};

/**
 * A subcategory as a series the chart, summary and exports draw: its own counts as history, and its
 * share (interval: lowest and highest yearly share) of the parent's series in view, so a scenario on
 * the parent carries over to it. The same arithmetic as model/subcategory.ts on the parent's forecast.
 */
export function subcategorySeries(sub: SubcategoryView, parent: RegionSeries): RegionSeries {
	const counts = new Map(sub.history.map((h) => [h.year, h.clients]));
	const history = parent.history.map((p): HistoryPoint => {
		const clients = counts.get(p.year) ?? null;
		const population = p.population ?? null;
		return { year: p.year, clients, share: clients !== null && population ? clients / population : null, converted: false, status: clients === null ? 'not_delivered' : 'observed', population };
	});
	const times = (s: number | null | undefined, v: number | null) => (s === null || s === undefined || v === null ? null : s * v);
	const [lo, hi] = sub.shareRange ?? [null, null];
	const forecast = parent.forecast.map((f) => {
		const value = times(sub.share, f.forecast);
		return {
			year: f.year,
			forecast: value,
			lower: times(lo, f.lower),
			upper: times(hi, f.upper),
			reliability: sub.reliability,
			share: value !== null && f.population ? value / f.population : null,
			population: f.population ?? null
		};
	});
	const last = [...sub.history].reverse().find((h) => h.clients !== null);
	return {
		code: parent.code,
		name: parent.name,
		history,
		forecast,
		reliability: sub.reliability,
		reason: sub.reason ? REASONS[sub.reason] : null,
		baseYear: last?.year ?? null
	};
}
