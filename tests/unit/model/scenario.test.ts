import { describe, expect, it } from 'vitest';
import { groupFactor, isNeutral, NO_LEVERS, policyFactor, scenarioPoint, type ScenarioLevers } from '../../../src/lib/model/scenario';
import { costPerClient, spending } from '../../../src/lib/model/costs';

const levers = (l: Partial<ScenarioLevers>): ScenarioLevers => ({ ...NO_LEVERS, ...l });

describe('scenario levers', () => {
	it('grows only the 65+ part of a group by the 65+ lever, compounding per year ahead', () => {
		// Half the group is 65+, +1 pp a year for two years: 1 + 0.5 × (1.01² − 1) = 1.01005.
		expect(groupFactor(2, 0.5, 1, 0)).toBeCloseTo(1.01005, 12);
		expect(groupFactor(2, 0, 1, 0)).toBe(1);
		// Total growth +1 pp: 1.01² for every part.
		expect(groupFactor(2, 0.3, 0, 1)).toBeCloseTo(1.0201, 12);
		// Both: 1.0201 × 1.01005.
		expect(groupFactor(2, 0.5, 1, 1)).toBeCloseTo(1.0201 * 1.01005, 12);
		// An unknown share counts as no 65+ part.
		expect(groupFactor(3, null, 5, 0)).toBe(1);
	});

	it('applies a policy effect as a level change from its start year, not compounding', () => {
		const l = levers({ policy: { hulp_bij_het_huishouden: -10 }, policyFrom: 2020 });
		expect(policyFactor(l, 'hulp_bij_het_huishouden', 2019, 2019)).toBe(1);
		expect(policyFactor(l, 'hulp_bij_het_huishouden', 2020, 2019)).toBeCloseTo(0.9, 12);
		expect(policyFactor(l, 'hulp_bij_het_huishouden', 2023, 2019)).toBeCloseTo(0.9, 12);
		expect(policyFactor(l, 'totaal', 2023, 2019)).toBe(1);
		// Without a start year it starts in the first forecast year.
		expect(policyFactor(levers({ policy: { totaal: 5 } }), 'totaal', 2019, 2019)).toBeCloseTo(1.05, 12);
		expect(isNeutral(NO_LEVERS)).toBe(true);
		expect(isNeutral(l)).toBe(false);
	});

	it('scales clients and interval by the demand factor and inhabitants by the population factor', () => {
		const p = scenarioPoint(
			{ year: 2020, h: 2, forecast: 1000, lower: 900, upper: 1100, population: 10000, demand65: 0.5, pop65: 0.2 },
			levers({ growth65: 1, policy: { totaal: -10 }, policyFrom: 2020 }),
			'totaal',
			2019
		);
		expect(p.forecast).toBeCloseTo(1000 * 1.01005 * 0.9, 9);
		expect(p.lower).toBeCloseTo(900 * 1.01005 * 0.9, 9);
		expect(p.upper).toBeCloseTo(1100 * 1.01005 * 0.9, 9);
		// Inhabitants: 1 + 0.2 × 0.0201 = 1.00402.
		expect(p.population).toBeCloseTo(10000 * 1.00402, 9);
		expect(p.share).toBeCloseTo(p.forecast! / p.population!, 12);
		const none = scenarioPoint({ year: 2020, h: 2, forecast: null, lower: null, upper: null, population: null, demand65: null, pop65: null }, levers({ growth65: 1 }), 'totaal', 2019);
		expect(none.forecast).toBeNull();
		expect(none.share).toBeNull();
	});
});

describe('costs', () => {
	it('multiplies clients by the tariff carried forward by the price index', () => {
		// 2% a year, two years after the price year: 1000 × 1.02² = 1040.4.
		expect(costPerClient(1000, 2, 2021, 2019)).toBeCloseTo(1040.4, 9);
		expect(costPerClient(1000, 0, 2023, 2019)).toBe(1000);
		const c = { perClient: { totaal: 1000 }, priceIndex: 2 };
		expect(spending(10, c, 'totaal', 2021, 2019)).toBeCloseTo(10404, 9);
		expect(spending(10, c, 'hulp_bij_het_huishouden', 2021, 2019)).toBeNull();
		expect(spending(null, c, 'totaal', 2021, 2019)).toBeNull();
	});
});
