// The category list as data (issue 10): CBS's five plus a gemeente's own subcategories, how a
// chosen id resolves in a view, and a subcategory drawn as its share of the parent's series.
import { describe, expect, it } from 'vitest';
import { categoriesInView, categoryList, labelInText, resolveCategory, subcategorySeries } from '../../../src/lib/view/categories';
import type { SubcategoryView } from '../../../src/lib/view/subcategories';
import type { RegionSeries } from '../../../src/lib/view/types';

const own = [
	{ id: 'dagbesteding', label: 'Dagbesteding', parent: 'ondersteuning_thuis' },
	{ id: 'begeleiding', label: 'Begeleiding', parent: 'ondersteuning_thuis' },
	{ id: 'rolstoelen', label: 'Rolstoelen', parent: 'hulpmiddelen_en_diensten' }
];
const all = categoryList(['totaal', 'ondersteuning_thuis'], own);

const sub = (id: string, over: Partial<SubcategoryView> = {}): SubcategoryView => ({
	id, label: id, parent: 'ondersteuning_thuis', parentLabel: 'Ondersteuning thuis',
	history: [{ year: 2024, clients: 40 }, { year: 2025, clients: 60 }],
	share: 0.25, shareRange: [0.2, 0.3], basisYears: [2024, 2025], reliability: 'ok', reason: null,
	forecast: [], ...over
});

describe('category list', () => {
	it('puts each own subcategory right after its parent, with wijk data only for CBS categories that have it', () => {
		expect(all.map((o) => o.id)).toEqual(['totaal', 'hulp_bij_het_huishouden', 'ondersteuning_thuis', 'dagbesteding', 'begeleiding', 'hulpmiddelen_en_diensten', 'rolstoelen', 'verblijf_en_opvang']);
		expect(all.filter((o) => o.wijk).map((o) => o.id)).toEqual(['totaal', 'ondersteuning_thuis']);
		expect(all.find((o) => o.id === 'begeleiding')).toMatchObject({ parent: 'ondersteuning_thuis', source: 'eigen', wijk: false });
	});

	it('keeps the capital of "Wmo totaal" inside a sentence, not of the other labels', () => {
		expect(labelInText('Wmo totaal')).toBe('Wmo totaal');
		expect(labelInText('Ondersteuning thuis')).toBe('ondersteuning thuis');
	});

	it('shows a gemeente only the subcategories it has, and the country view none', () => {
		expect(categoriesInView(all, [sub('begeleiding')]).filter((o) => o.source === 'eigen').map((o) => o.id)).toEqual(['begeleiding']);
		expect(categoriesInView(all, null)).toHaveLength(5);
	});

	it('resolves a subcategory the view lacks to its parent, and an unknown id to Wmo totaal', () => {
		const inGemeente = categoriesInView(all, [sub('begeleiding')]);
		expect(resolveCategory('begeleiding', inGemeente, all)).toMatchObject({ option: { id: 'begeleiding' }, cbs: 'ondersteuning_thuis' });
		expect(resolveCategory('rolstoelen', inGemeente, all)).toMatchObject({ option: { id: 'hulpmiddelen_en_diensten' }, cbs: 'hulpmiddelen_en_diensten' });
		expect(resolveCategory('bestaat_niet', inGemeente, all).cbs).toBe('totaal');
	});
});

describe('subcategory series', () => {
	const parent: RegionSeries = {
		code: 'GM0344', name: 'Utrecht', reliability: 'ok', reason: null, baseYear: 2025,
		history: [
			{ year: 2024, clients: 200, share: 0.002, converted: false, status: 'observed', population: 100_000 },
			{ year: 2025, clients: 240, share: 0.0024, converted: false, status: 'observed', population: 100_000 }
		],
		forecast: [{ year: 2026, forecast: 300, lower: 250, upper: 350, population: 120_000, reliability: 'ok' }]
	};

	it('takes its own counts as history and its share of the parent (interval: lowest and highest share) as forecast', () => {
		const s = subcategorySeries(sub('begeleiding'), parent);
		expect(s.history.map((h) => [h.year, h.clients, h.share])).toEqual([[2024, 40, 0.0004], [2025, 60, 0.0006]]);
		// 0,25 × 300 = 75; 0,2 × 250 = 50; 0,3 × 350 = 105; 75 / 120.000 inhabitants.
		expect(s.forecast[0]).toMatchObject({ year: 2026, forecast: 75, lower: 50, upper: 105, share: 75 / 120_000 });
		expect(s.baseYear).toBe(2025);
	});

	it('names the real reason of an unreliable subcategory', () => {
		expect(subcategorySeries(sub('x', { reliability: 'unreliable', reason: 'too_few_clients' }), parent).reason).toBe('subcategory_small');
		expect(subcategorySeries(sub('x', { reliability: 'unreliable', reason: 'parent' }), parent).reason).toBe('parent_unreliable');
		const none = subcategorySeries(sub('x', { share: null, shareRange: null, reliability: 'none', reason: 'no_recent_count' }), parent);
		expect(none.forecast[0].forecast).toBeNull();
	});
});
