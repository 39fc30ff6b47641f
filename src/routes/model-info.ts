// What the transparency panel shows of the fitted models: the drivers per category of the level in
// view (wijk models in a gemeente with wijk data, gemeente models otherwise) and the method text.
import type { Category, Level } from '$lib/snapshot/schema';
import type { CategoryModel } from '$lib/model/types';
import type { DriverItem } from '$lib/ui/types';

export function modelInfo(models: CategoryModel[], level: Level, category: Category) {
	const drivers: Record<string, DriverItem[]> = {};
	for (const m of models) if (m.level === level) drivers[m.category] = m.drivers;
	const method = models.find((m) => m.level === level && m.category === category)?.method;
	return { drivers, method };
}
