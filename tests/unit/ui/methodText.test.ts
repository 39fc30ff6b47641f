// The transparency panel must describe the method the forecast actually uses, in one voice
// (issue 8, point 3): a robust national drift with drivers that are shown but not used, a category
// whose share stays for lack of years, and why categories do not add up to the total.
import { describe, expect, it } from 'vitest';
import { methodText } from '../../../src/lib/ui/methodText';
import type { ModelSummary } from '../../../src/lib/view/types';

const base: ModelSummary = {
	level: 'gemeente',
	category: 'totaal',
	diffYears: [2016, 2017, 2018],
	method: 'robust_drift',
	damping: 1,
	driftSource: 'last',
	gemeenteWeight: 0,
	smoothing: 0,
	naiveWeight: 0,
	useDrivers: false,
	drivers: [{ indicator: 'aandeel_bijstand', label: 'Aandeel met bijstandsuitkering', sign: -1, weight: 0.4 }],
	robustDrift: { kind: 'median', logGrowth: Math.log(1.032), year: 2018, nGemeenten: 261 },
	validation: { origins: [2016, 2017], n: 500, wape: 0.077, aPrioriWape: 0.084 }
};

describe('methodText', () => {
	it('names the national trend and says the shown drivers do not count, explaining ↓', () => {
		const t = methodText(base);
		expect(t.method).toMatch(/landelijke trend.*\+3,2% per jaar.*261 gemeenten/);
		expect(t.method).not.toMatch(/uit de verandering van deze indicatoren/);
		expect(t.drivers).toMatch(/tellen niet mee in deze prognose/);
		expect(t.drivers).toMatch(/↓ minder: daar daalde het.*samenhang, geen oorzaak/);
		expect(t.categories).toBe('');
	});

	it('says a category keeps its share for lack of years, and why categories differ from the total', () => {
		const t = methodText({ ...base, category: 'hulp_bij_het_huishouden', method: 'share_stays', diffYears: [2018], robustDrift: null, drivers: [] });
		expect(t.method).toMatch(/blijft gelijk: er is maar één jaarovergang/);
		expect(t.method).toMatch(/alleen mee met het verwachte aantal inwoners/);
		expect(t.categories).toMatch(/tellen niet op tot Wmo totaal/);
		expect(t.drivers).toBe('');
	});

	it('says what evidence a forecast rests on: its year-on-year changes and the pre-origin test', () => {
		expect(methodText(base).evidence).toBe(
			'Waarop deze prognose rust: 3 jaarovergangen van het aandeel op gemeenteniveau (2015→2016, 2016→2017, 2017→2018); de keuze is getoetst op 500 eerdere prognoses vanuit 2016 en 2017.'
		);
		const hh = methodText({ ...base, level: 'wijk', category: 'hulp_bij_het_huishouden', method: 'share_stays', diffYears: [2018], validation: { origins: [], n: 0, wape: null, aPrioriWape: null } });
		expect(hh.evidence).toMatch(/één jaarovergang van het aandeel op wijkniveau \(2017→2018\); de keuze kon niet op eerdere prognoses worden getoetst/);
	});
});
