// Adapter from the fitted models to what the transparency panel explains: per level × category the
// method the forecast carries, the drivers with sign and weight, and the evidence of the choice.
import { INDICATORS, type Category, type Level } from '../snapshot/schema';
import { EC_GEMEENTE, EC_WIJK } from '../model/fitCategory';
import type { CategoryModel } from '../model/types';
import type { DriverItem, ModelSummary } from './types';

/** Names of the two error-correction terms (the other drivers are indicators of the snapshot). */
const EC_LABELS: Record<string, string> = {
	[EC_GEMEENTE]: 'Terugkeer naar het verwachte aandeel (gemeente boven of onder verwachting)',
	[EC_WIJK]: 'Terugkeer naar het verwachte aandeel (wijk ten opzichte van de eigen gemeente)'
};

export function summariseModel(m: CategoryModel): ModelSummary {
	const c = m.candidate;
	const g = m.fit.robustGrowth;
	const robust = c.robust && g ? { kind: c.robust, logGrowth: g[c.robust], year: g.year, nGemeenten: g.n } : null;
	const sg = m.fit.shrunkGrowth;
	const shrink = c.shrink && sg ? { weight: sg.weight, logGrowth: sg.growth, ownYears: sg.own.map((x) => x.year) } : null;
	const regression = !robust && !shrink && (c.damping > 0 || c.gemeenteWeight > 0 || (c.drivers && m.drivers.length > 0) || c.smoothing > 0);
	return {
		level: m.level,
		category: m.category,
		diffYears: m.fit.diffYears,
		method: robust ? 'robust_drift' : shrink ? 'category_shrink' : regression ? 'regression' : 'share_stays',
		damping: c.damping,
		driftSource: c.source,
		gemeenteWeight: c.gemeenteWeight,
		smoothing: c.smoothing,
		naiveWeight: c.naiveWeight ?? 0,
		useDrivers: c.drivers && m.drivers.length > 0,
		drivers: m.drivers.map(
			(d): DriverItem => ({ indicator: d.indicator, label: EC_LABELS[d.indicator] ?? INDICATORS[d.indicator]?.label ?? d.indicator, sign: d.sign, weight: d.weight })
		),
		robustDrift: robust,
		shrink,
		convergence: c.convergence ?? 0,
		validation: m.validation
	};
}

/** The summary of one level × category, and the drivers of every category of that level. */
export function modelInfo(models: ModelSummary[], level: Level, category: Category) {
	const drivers: Record<string, DriverItem[]> = {};
	for (const m of models) if (m.level === level) drivers[m.category] = m.drivers;
	return { drivers, summary: models.find((m) => m.level === level && m.category === category) ?? null };
}
