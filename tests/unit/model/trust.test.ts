// What the forecast rows tell a user beside the number (issue 8): the real reason a forecast is
// missing or flagged, a gemeente forecast from its wijken, intervals bounded by what has been seen,
// the same interval for a wijk that is its whole gemeente, and reliability that needs a history.
import { describe, expect, it } from 'vitest';
import { fitModel, forecast } from '../../../src/lib/model';
import { capUpper, maxObservedShare } from '../../../src/lib/model/intervalBounds';
import { buildPanel } from '../../../src/lib/model/panel';
import { reliabilityOf } from '../../../src/lib/snapshot/reliability';
import { syntheticTables } from './synthetic';

const rowsOf = (tables: ReturnType<typeof syntheticTables>) => forecast(tables, fitModel(tables, { origin: 2018, nested: false }), { origin: 2018, horizon: 5 });

describe('forecast rows say why', () => {
	it('gives a gemeente that did not deliver the sum of its wijken, marked and unreliable', () => {
		const base = syntheticTables();
		// Three years missing: gapFill.ts estimates only 2016 (from 2015), never from an estimate, so
		// 2017 and 2018 stay missing and the gemeente has no recent count of its own.
		const tables = { ...base, clients: base.clients.filter((r) => !(r.code === 'GM0100' && r.year >= 2016)) };
		const rows = rowsOf(tables);
		const g = rows.find((r) => r.code === 'GM0100' && r.category === 'totaal' && r.year === 2019)!;
		const wijken = rows.filter((r) => r.level === 'wijk' && r.gemeente_code === 'GM0100' && r.category === 'totaal' && r.year === 2019);
		expect(wijken.length).toBe(12);
		expect(g.forecast).toBeCloseTo(wijken.reduce((s, r) => s + r.forecast!, 0), 6);
		expect(g.reason).toBe('from_wijken');
		expect(g.reliability).toBe('unreliable');
	});

	it('names a missing recent count, not "< 10 clients", and keeps the year of the last count', () => {
		const base = syntheticTables();
		const tables = { ...base, clients: base.clients.filter((r) => !(r.code.startsWith('WK0101') && r.year >= 2017) && !(r.code === 'GM0101' && r.year >= 2017)) };
		const rows = rowsOf(tables);
		const w = rows.find((r) => r.code.startsWith('WK0101') && r.category === 'totaal')!;
		expect(w.forecast).toBeNull();
		expect(w.reason).toBe('no_recent_count');
		expect(w.baseYear).toBe(2016);
	});

	it('calls a forecast on one observed year unreliable, however large the count', () => {
		expect(reliabilityOf(5000, 1)).toBe('unreliable');
		expect(reliabilityOf(5000, 2)).toBe('ok');
		expect(reliabilityOf(50, 4)).toBe('unreliable');
		expect(reliabilityOf(5, 4)).toBe('none');
	});
});

describe('interval bounds', () => {
	it('caps the upper bound at the highest share seen times the inhabitants, never below the forecast', () => {
		expect(capUpper(343, 80, 1150, 0.1)).toBeCloseTo(115, 10);
		expect(capUpper(100, 80, 1150, 0.1)).toBe(100);
		expect(capUpper(343, 130, 1150, 0.1)).toBe(130);
	});

	it('takes the highest share from units with enough inhabitants, up to the origin only', () => {
		const tables = syntheticTables();
		const panel = buildPanel(tables);
		const lp = panel.wijk;
		let expected = 0;
		for (let i = 0; i < lp.codes.length; i++)
			for (let y = 0; y <= 2017 - lp.firstYear; y++) {
				const k = i * lp.nYears + y;
				if (lp.clients.totaal[k] >= 10 && lp.pop[k] >= 1000) expected = Math.max(expected, lp.clients.totaal[k] / lp.pop[k]);
			}
		expect(maxObservedShare(lp, 'totaal', 2017)).toBeCloseTo(expected, 12);
		const rows = rowsOf(tables);
		const max18 = maxObservedShare(lp, 'totaal', 2018);
		for (const r of rows.filter((x) => x.level === 'wijk' && x.category === 'totaal' && x.upper !== null))
			expect(r.upper!).toBeLessThanOrEqual(Math.max(r.forecast!, max18 * r.population!) + 1e-9);
	});

	it('gives a wijk that is its whole gemeente the gemeente’s interval', () => {
		const tables = syntheticTables({ wijkenPerGemeente: 1 });
		const rows = rowsOf(tables);
		for (const g of rows.filter((r) => r.level === 'gemeente' && r.category === 'totaal' && r.forecast !== null)) {
			const w = rows.find((r) => r.level === 'wijk' && r.gemeente_code === g.code && r.category === 'totaal' && r.year === g.year)!;
			expect(w.forecast).toBeCloseTo(g.forecast!, 6);
			expect(w.lower).toBeCloseTo(g.lower!, 6);
			expect(w.upper).toBeCloseTo(g.upper!, 6);
		}
	});
});
