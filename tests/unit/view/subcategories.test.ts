// The subcategory rows of a gemeente from the user's per-type counts (issue 10).
import { describe, expect, it } from 'vitest';
import { subcategoryViews } from '../../../src/lib/view/subcategories';
import type { LocalOverrides } from '../../../src/lib/pipeline/input';
import type { RegionSeries } from '../../../src/lib/view/types';

const row = (category: string, year: number, clients: number) => ({ level: 'gemeente' as const, code: 'GM0001', category, year, half: 0, clients });
const local: LocalOverrides = {
	label: 'test',
	clients: [row('ondersteuning_thuis', 2024, 100), row('ondersteuning_thuis', 2025, 100), row('begeleiding', 2024, 40), row('begeleiding', 2025, 60), row('hulp_bij_het_huishouden', 2025, 70), row('hulp_bij_het_huishouden_type', 2025, 70)],
	population: [],
	subcategories: [
		{ id: 'begeleiding', label: 'Begeleiding', parent: 'ondersteuning_thuis' },
		{ id: 'hulp_bij_het_huishouden_type', label: 'Hulp bij het huishouden', parent: 'hulp_bij_het_huishouden' },
		{ id: 'onbekend', label: 'Onbekend', parent: 'geen_categorie' }
	]
};
const series = (forecast: number): RegionSeries =>
	({ code: 'GM0001', name: 'Test', history: [], forecast: [{ year: 2026, forecast, lower: forecast - 10, upper: forecast + 10, reliability: 'ok', share: null, population: null }], reliability: 'ok', reason: null, baseYear: 2025 }) as RegionSeries;

describe('subcategory views', () => {
	it('forecasts a type at its pooled share of the parent, from the same records', () => {
		const v = subcategoryViews(local, 'GM0001', () => series(200));
		expect(v.map((s) => s.id)).toEqual(['begeleiding']);
		// (40 + 60) / (100 + 100) = 0,5 of the parent's 200.
		expect(v[0].share).toBeCloseTo(0.5, 12);
		expect(v[0].forecast[0].forecast).toBeCloseTo(100, 9);
		expect([v[0].parent, v[0].parentLabel]).toEqual(['ondersteuning_thuis', 'Ondersteuning thuis']);
	});

	it('is empty without own subcategories or for another gemeente', () => {
		expect(subcategoryViews(null, 'GM0001', () => series(200))).toEqual([]);
		expect(subcategoryViews(local, 'GM0002', () => series(200))).toEqual([]);
	});
});
