// Adapter from the user's per-type counts to the subcategory rows the gemeente view shows: own
// counts as history, and the forecast as a share of the parent category's forecast on screen.
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../snapshot/schema';
import type { LocalOverrides } from '../pipeline/input';
import { subcategoryForecast, type SubcategoryForecast, type YearCount } from '../model/subcategory';
import type { RegionSeries } from './types';

export interface SubcategoryView extends SubcategoryForecast {
	id: string;
	label: string;
	parent: Category;
	parentLabel: string;
	/** The user's own yearly counts of the subcategory. */
	history: YearCount[];
}

/** Subcategories of one gemeente, in the order of the parent categories; [] without such data. */
export function subcategoryViews(local: LocalOverrides | null | undefined, code: string, seriesOf: (c: Category) => RegionSeries | undefined): SubcategoryView[] {
	if (!local?.subcategories?.length) return [];
	// One pass over the own rows, grouped by category (not one scan per subcategory).
	const byCategory = new Map<string, YearCount[]>();
	for (const r of local.clients) {
		if (r.level !== 'gemeente' || r.code !== code || r.half !== 0) continue;
		const list = byCategory.get(r.category) ?? [];
		if (!list.length) byCategory.set(r.category, list);
		list.push({ year: r.year, clients: r.clients });
	}
	const yearly = (category: string): YearCount[] => [...(byCategory.get(category) ?? [])];
	const out: SubcategoryView[] = [];
	for (const sc of local.subcategories) {
		if (!(CATEGORIES as readonly string[]).includes(sc.parent)) continue;
		const parent = sc.parent as Category;
		const history = yearly(sc.id).sort((a, b) => a.year - b.year);
		const series = seriesOf(parent);
		if (!history.length || !series) continue;
		// The parent's own counts from the same records where present (one definition), else the series.
		const ownParent = yearly(parent);
		const parentCounts = ownParent.length ? ownParent : series.history.flatMap((h) => (h.clients === null ? [] : [{ year: h.year, clients: h.clients }]));
		// A type that is its category's only one (hulp bij het huishouden) repeats the category: left out.
		const parentBy = new Map(parentCounts.map((p) => [p.year, p.clients]));
		if (history.every((h) => parentBy.get(h.year) === h.clients)) continue;
		const f = subcategoryForecast(history, parentCounts, series.forecast);
		out.push({ id: sc.id, label: sc.label, parent, parentLabel: CATEGORY_LABELS[parent], history, ...f });
	}
	return out.sort((a, b) => CATEGORIES.indexOf(a.parent) - CATEGORIES.indexOf(b.parent) || a.label.localeCompare(b.label, 'nl'));
}
