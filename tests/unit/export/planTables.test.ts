// The planning sheets of an export, on hand-computed cases: costs with a price index, the scenario
// next to unchanged policy, the peers with their shares, and the lever phrase.
import { describe, expect, it } from 'vitest';
import { costsTable, leverPhrase, peersTable, scenarioSettings, scenarioTable, subcategoriesTable } from '../../../src/lib/export/planTables';
import type { RegionSeries } from '../../../src/lib/view/types';
import type { PeerView } from '../../../src/lib/view/benchmark/peerView';

const series: RegionSeries = {
	code: 'GM0001',
	name: 'Testgemeente',
	history: [{ year: 2018, clients: 1000, share: 0.05, converted: false, status: 'observed', population: 20000 }],
	forecast: [
		{ year: 2019, forecast: 1100, lower: 1000, upper: 1200, reliability: 'ok', share: null, population: null },
		{ year: 2020, forecast: 1200, lower: 1050, upper: 1350, reliability: 'ok', share: null, population: null }
	],
	reliability: 'ok',
	reason: null,
	baseYear: 2018
} as RegionSeries;

describe('planning sheets', () => {
	it('costs: clients × tariff, the tariff indexed from the first forecast year', () => {
		const t = costsTable('Testgemeente', { perClient: { totaal: 1000 }, priceIndex: 10 }, (c) => (c === 'totaal' ? series : null))!;
		expect(t.rows[0]).toEqual(['Wmo totaal', '2019', 1000, 1100, 1_100_000, 1_000_000, 1_200_000]);
		const [cat, year, ...nums] = t.rows[1] as [string, string, ...number[]];
		expect([cat, year]).toEqual(['Wmo totaal', '2020']);
		// 2020: the tariff is 1.000 × 1,10 = 1.100; spending 1.200 × 1.100 = 1.320.000.
		[1100, 1200, 1_320_000, 1_155_000, 1_485_000].forEach((v, i) => expect(nums[i]).toBeCloseTo(v, 6));
		expect(costsTable('x', { perClient: {}, priceIndex: 0 }, () => series)).toBeNull();
	});

	it('scenario: the differences per year, null where a side is missing', () => {
		const t = scenarioTable('Testgemeente', 'Wmo totaal', [
			{ year: 2019, baseline: 100, scenario: 110, baselineEuro: 1000, scenarioEuro: 1100 },
			{ year: 2020, baseline: 120, scenario: null, baselineEuro: null, scenarioEuro: null }
		], 'extra groei');
		expect(t.rows).toEqual([
			['2019', 100, 110, 10, 1000, 1100, 100],
			['2020', 120, null, null, null, null, null]
		]);
		expect(t.title).toContain('een rekenvoorbeeld, geen voorspelling');
	});

	it('peers: one row per gemeente with each category’s share and clients, the country as total', () => {
		const view = {
			ok: true, problems: [], code: 'GM0001', name: 'Testgemeente', year: 2018, k: 1, candidates: 300, traits: [], caveat: 'Let op.',
			peers: [
				{ code: 'GM0001', name: 'Testgemeente', distance: 0, isTarget: true, inhabitants: 20000 },
				{ code: 'GM0002', name: 'Buur', distance: 0.5, isTarget: false, inhabitants: 21000 }
			],
			categories: [{ category: 'totaal', label: 'Wmo totaal', year: 2018, bars: [
				{ code: 'GM0002', name: 'Buur', kind: 'peer', share: 0.06, clients: 1260 },
				{ code: 'GM0001', name: 'Testgemeente', kind: 'gemeente', share: 0.05, clients: 1000 },
				{ code: 'NL', name: 'Nederland', kind: 'land', share: 0.055, clients: 950000 }
			] }]
		} as PeerView;
		const t = peersTable(view);
		expect(t.rows).toEqual([
			['GM0001', 'Testgemeente', 'gekozen gemeente', 0, 20000, 0.05, 1000],
			['GM0002', 'Buur', 'vergelijkbaar', 0.5, 21000, 0.06, 1260]
		]);
		expect(t.totalRow).toEqual(['NL', 'Nederland', 'land', null, null, 0.055, 950000]);
		expect(t.columns.map((c) => c.header)).toContain('Aandeel inwoners Wmo totaal 2018');
	});

	it('names the levers in Dutch, in the settings and as a phrase', () => {
		const levers = { growth65: 1, growthTotal: 0, policy: { hulp_bij_het_huishouden: -10 }, policyFrom: 2021 };
		expect(leverPhrase(levers, 2019)).toBe('extra groei 65-plussers +1 procentpunt per jaar; hulp bij het huishouden −10% vanaf 2021');
		expect(leverPhrase({ growth65: 0, growthTotal: 0, policy: {}, policyFrom: null }, 2019)).toBe('geen hefbomen');
		const s = scenarioSettings(levers, { perClient: { totaal: 2500 }, priceIndex: 1.5 }, 2019);
		expect(s.map((x) => `${x.label}=${x.value}`)).toEqual([
			'Scenario: extra groei 65-plussers (procentpunt per jaar)=1',
			'Scenario: beleidseffect Hulp bij het huishouden (%)=-10',
			'Scenario: beleidseffect vanaf=2021',
			'Kosten per cliënt Wmo totaal (euro, prijzen 2019)=2500',
			'Prijsindex (% per jaar)=1,5'
		]);
	});

	it('subcategories: own counts, share, forecast and interval per year, reliability in words', () => {
		const t = subcategoriesTable('Testgemeente', [
			{
				id: 'begeleiding', label: 'Begeleiding', parent: 'ondersteuning_thuis', parentLabel: 'Ondersteuning thuis',
				history: [{ year: 2024, clients: 40 }, { year: 2025, clients: 50 }],
				share: 0.25, shareRange: [0.2, 0.3], basisYears: [2024, 2025], reliability: 'ok', reason: null,
				forecast: [{ year: 2026, forecast: 55, lower: 50, upper: 60 }]
			}
		]);
		expect(t.columns.map((c) => c.header)).toEqual(['Subcategorie', 'Valt onder', 'Cliënten 2024 (eigen gegevens)', 'Cliënten 2025 (eigen gegevens)', 'Aandeel in hoofdcategorie', 'Prognose 2026', 'Ondergrens 80%-interval 2026', 'Bovengrens 80%-interval 2026', 'Betrouwbaarheid']);
		expect(t.rows).toEqual([['Begeleiding', 'Ondersteuning thuis', 40, 50, 0.25, 55, 50, 60, 'betrouwbaar']]);
	});
});
