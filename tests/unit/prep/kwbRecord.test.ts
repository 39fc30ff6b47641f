import { describe, expect, it } from 'vitest';
import { groupUnit, indicatorsFromComponents, kwbComponents, populationFromComponents, type Components } from '../../../src/prep/canonical/kwbRecord';
import { buildMatrix } from '../../../src/prep/convert/matrix';
import { convertComponents } from '../../../src/prep/assemble/components';

describe('KWB harmonisation', () => {
	it('reads age groups given as counts and as percentages to the same shares', () => {
		const counts = { aantalinwoners: 2000, k0tot15jaar: 300, k15tot25jaar: 200, k25tot45jaar: 500, k45tot65jaar: 600, k65jaarofouder: 400 };
		const pcts = { aantalinwoners: 2000, k0tot15jaar: 15, k15tot25jaar: 10, k25tot45jaar: 25, k45tot65jaar: 30, k65jaarofouder: 20 };
		expect(groupUnit(counts, ['k0tot15jaar', 'k15tot25jaar', 'k25tot45jaar', 'k45tot65jaar', 'k65jaarofouder'])).toBe('count');
		expect(groupUnit(pcts, ['k0tot15jaar', 'k15tot25jaar', 'k25tot45jaar', 'k45tot65jaar', 'k65jaarofouder'])).toBe('percentage');
		const a = indicatorsFromComponents(kwbComponents(counts));
		const b = indicatorsFromComponents(kwbComponents(pcts));
		expect(a.aandeel_65plus.value).toBeCloseTo(0.2, 12);
		expect(b.aandeel_65plus.value).toBeCloseTo(0.2, 12);
		expect(b.aandeel_0_14.value).toBeCloseTo(0.15, 12);
		// Percentages are turned back into persons for the population table.
		expect(populationFromComponents(kwbComponents(pcts))['65+']).toBeCloseTo(400, 10);
	});

	it('turns percentages of households into shares of households, and counts into shares of inhabitants', () => {
		const c = kwbComponents({
			aantalinwoners: 1000,
			huishoudenstotaal: 500,
			huishoudensmeteenlaaginkomen: 8, // % of households
			eenpersoonshuishoudens: 150, // households
			personenpersoortuitkeringbijstand: 30, // persons
			gemiddeldehuishoudensgrootte: 2
		});
		expect(c.hh_laag_inkomen).toBeCloseTo(40, 10);
		const ind = indicatorsFromComponents(c);
		expect(ind.aandeel_laag_inkomen.value).toBeCloseTo(0.08, 12);
		expect(ind.aandeel_eenpersoonshuishoudens.value).toBeCloseTo(0.3, 12);
		expect(ind.aandeel_bijstand.value).toBeCloseTo(0.03, 12);
		expect(ind.huishoudensgrootte.value).toBeCloseTo(2, 12);
		// Unknown inputs stay missing, not zero.
		expect(ind.aandeel_ao.value).toBeNull();
	});

	it('weights a percentage by its base when two wijken merge', () => {
		// WK000101: 100 households, 10% low income; WK000102: 300 households, 30%.
		// Merged: (10 + 90) / 400 = 25%, not the unweighted mean of 20%.
		const m = buildMatrix('wijk', 2018, 2024, [
			{ code_van: 'WK000101', code_naar: 'WK000199', n_adressen: 100 },
			{ code_van: 'WK000102', code_naar: 'WK000199', n_adressen: 300 }
		]);
		const sources = new Map<string, Components>([
			['WK000101', kwbComponents({ aantalinwoners: 200, huishoudenstotaal: 100, huishoudensmeteenlaaginkomen: 10, gemiddeldinkomenperinwoner: 20 })],
			['WK000102', kwbComponents({ aantalinwoners: 600, huishoudenstotaal: 300, huishoudensmeteenlaaginkomen: 30, gemiddeldinkomenperinwoner: 40 })]
		]);
		const out = convertComponents(['WK000199'], m, sources);
		const ind = indicatorsFromComponents(out.values.get('WK000199') as Components);
		expect(ind.aandeel_laag_inkomen.value).toBeCloseTo(0.25, 12);
		expect(ind.inkomen_per_inwoner.value).toBeCloseTo((200 * 20 + 600 * 40) / 800, 12); // 35
		expect(out.converted.get('WK000199')).toBe(true);
	});

	it('refuses an impossible share instead of clipping it', () => {
		const r = indicatorsFromComponents(kwbComponents({ aantalinwoners: 5, k65jaarofouder: 10, k0tot15jaar: 0, k15tot25jaar: 0, k25tot45jaar: 0, k45tot65jaar: 0 }));
		expect(r.aandeel_65plus).toEqual({ value: null, impossible: true });
	});
});
