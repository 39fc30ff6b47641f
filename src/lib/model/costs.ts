// Cost maths: expected spending = forecast clients × cost per client, per category and year. The
// cost per client is the gemeente's own tariff (no default: the snapshot has no source for it), in
// prices of `priceYear`; a yearly price index (default 0%) carries it to later years, compounding.
import type { Category } from '../snapshot/schema';

export interface CostSettings {
	/** Cost per client per year, euro, per category; absent = no euros for that category. */
	perClient: Partial<Record<Category, number>>;
	/** Yearly price index in % (0 = constant prices). */
	priceIndex: number;
}

export const NO_COSTS: CostSettings = { perClient: {}, priceIndex: 0 };

/** Cost per client in `year`: tariff × (1 + index/100)^(year − priceYear). */
export function costPerClient(tariff: number, priceIndexPct: number, year: number, priceYear: number): number {
	return tariff * (1 + priceIndexPct / 100) ** (year - priceYear);
}

/** Spending in euro of `clients` in `year`; null when there is no tariff or no count. */
export function spending(clients: number | null, costs: CostSettings, category: Category, year: number, priceYear: number): number | null {
	const tariff = costs.perClient[category];
	if (clients === null || tariff === undefined || !(tariff >= 0)) return null;
	return clients * costPerClient(tariff, costs.priceIndex, year, priceYear);
}
