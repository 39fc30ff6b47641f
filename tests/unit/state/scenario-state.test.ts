import { describe, expect, it } from 'vitest';
import { checkValue, parseNumberNl, parseScenario, serializeScenario, DEFAULT_SCENARIO } from '../../../src/lib/state/scenario-state';
import { parseViewState, serializeViewState } from '../../../src/lib/state/url-state';

describe('scenario in the URL', () => {
	it('round-trips levers and costs through the query string', () => {
		const q = 'gemeente=GM0344&groei65=1.5&groeitotaal=-0.5&beleid=totaal%3A-10%2Chulp_bij_het_huishouden%3A5&beleidvanaf=2021&kosten=totaal%3A2500&prijsindex=2';
		const { state, problems } = parseViewState(new URLSearchParams(q));
		expect(problems).toEqual([]);
		expect(state.scenario).toEqual({
			growth65: 1.5,
			growthTotal: -0.5,
			policy: { totaal: -10, hulp_bij_het_huishouden: 5 },
			policyFrom: 2021,
			costs: { perClient: { totaal: 2500 }, priceIndex: 2 }
		});
		expect(parseViewState(serializeViewState(state)).state).toEqual(state);
		// No scenario: nothing in the link.
		const out = new URLSearchParams();
		serializeScenario(DEFAULT_SCENARIO, out);
		expect(out.toString()).toBe('');
	});

	it('drops absurd values with a Dutch message and keeps the rest', () => {
		const problems: string[] = [];
		const s = parseScenario(new URLSearchParams('groei65=500&beleid=totaal:-300,onzin:4&kosten=totaal:-3,ondersteuning_thuis:abc&prijsindex=2'), problems);
		expect(s.growth65).toBe(0);
		expect(s.policy).toEqual({});
		expect(s.costs).toEqual({ perClient: {}, priceIndex: 2 });
		expect(problems).toHaveLength(5);
		expect(problems.join(' ')).toContain('ligt buiten −10 tot en met 10 procentpunt per jaar');
		expect(problems.join(' ')).toContain('niet kleiner zijn dan −100%');
		expect(problems.join(' ')).toContain('„onzin” in het beleidseffect');
		expect(problems.join(' ')).toContain('kan niet negatief zijn');
		expect(problems.join(' ')).toContain('is geen getal');
	});

	it('reads Dutch numbers and refuses ambiguous ones', () => {
		expect(parseNumberNl('1,5')).toBe(1.5);
		expect(parseNumberNl('−2')).toBe(-2);
		expect(parseNumberNl(' 10% ')).toBe(10);
		expect(parseNumberNl('2.500,00')).toBeNull();
		expect(parseNumberNl('veel')).toBeNull();
		expect(checkValue('policy', '-100')).toEqual({ value: -100 });
		expect(checkValue('cost', '0')).toEqual({ value: 0 });
		expect('problem' in checkValue('policyFrom', '2020,5')).toBe(true);
	});
});
