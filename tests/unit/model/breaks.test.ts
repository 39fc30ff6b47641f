// Registration breaks per category (issue 13): the ±50% rule on the share of inhabitants.
import { describe, expect, it } from 'vitest';
import { isBreak, registrationBreaks } from '../../../src/lib/model/breaks';
import { buildPanel } from '../../../src/lib/model/panel';
import type { ClientRow } from '../../../src/lib/snapshot/schema';
import { syntheticTables } from './synthetic';

describe('registration breaks', () => {
	it('applies ±50% to the share, from at least 10 clients', () => {
		// Same inhabitants: 100 → 151 is +51%, a break; 100 → 150 is exactly +50%, not one.
		expect(isBreak(100, 151, 1000, 1000)).toBe(true);
		expect(isBreak(100, 150, 1000, 1000)).toBe(false);
		expect(isBreak(100, 49, 1000, 1000)).toBe(true);
		// Twice the clients with twice the inhabitants: the share is unchanged.
		expect(isBreak(100, 200, 1000, 2000)).toBe(false);
		expect(isBreak(9, 100, 1000, 1000)).toBe(false);
		expect(isBreak(100, NaN, 1000, 1000)).toBe(false);
	});

	it('finds an HH ↔ OT swap as two breaks that name each other', () => {
		const base = syntheticTables();
		const extra: ClientRow[] = [];
		const hh = [400, 410, 420, 120];
		const ot = [300, 310, 320, 640];
		[2015, 2016, 2017, 2018].forEach((year, t) => {
			const row = { level: 'gemeente' as const, code: 'GM0101', period: String(year), year, half: 0, status: 'observed' as const, converted: false };
			extra.push({ ...row, category: 'hulp_bij_het_huishouden', clients: hh[t] });
			extra.push({ ...row, category: 'ondersteuning_thuis', clients: ot[t] });
		});
		const panel = buildPanel({ ...base, clients: [...base.clients, ...extra] });
		const b = registrationBreaks(panel, 'gemeente', 'GM0101');
		expect(b.map((x) => [x.category, x.year, x.from, x.to, x.swapWith])).toEqual([
			['hulp_bij_het_huishouden', 2018, 420, 120, 'ondersteuning_thuis'],
			['ondersteuning_thuis', 2018, 320, 640, 'hulp_bij_het_huishouden']
		]);
		expect(registrationBreaks(panel, 'gemeente', 'GM0101', 2017)).toEqual([]);
		expect(registrationBreaks(panel, 'gemeente', 'GM0100')).toEqual([]);
	});
});
