// Gaps (issue 13): a gemeente-year missing because a small merged part did not deliver is estimated
// from the neighbouring official count and the change of the wijken observed in both years.
import { describe, expect, it } from 'vitest';
import { buildPanel } from '../../../src/lib/model/panel';
import { seriesOf } from '../../../src/lib/model/history';
import { runBacktest } from '../../../src/lib/model/backtest';
import type { SnapshotTables } from '../../../src/lib/model/types';
import { syntheticTables } from './synthetic';

/** GM0100 with official figures 4% above its wijk sum; 2018 missing and `drop` wijken without 2018. */
function withGap(drop: number): SnapshotTables {
	const base = syntheticTables();
	const dropped = new Set(Array.from({ length: drop }, (_, j) => `WK0100${String(11 - j).padStart(2, '0')}`));
	const clients = base.clients
		.filter((r) => !(dropped.has(r.code) && r.year === 2018))
		.map((r) => {
			if (r.code !== 'GM0100') return r;
			if (r.year === 2018) return { ...r, clients: null, status: 'not_delivered' as const };
			return { ...r, clients: Math.round(r.clients! * 1.04) };
		});
	return { ...base, clients };
}

const wijkSum = (t: SnapshotTables, year: number, skip: Set<string>) =>
	t.clients.filter((r) => r.level === 'wijk' && r.code.startsWith('WK0100') && r.year === year && !skip.has(r.code)).reduce((s, r) => s + r.clients!, 0);

describe('gap fill', () => {
	it('estimates the missing year as G(t0) × S(t) / S(t0) over the wijken seen in both years', () => {
		const t = withGap(1);
		const skip = new Set(['WK010011']);
		const g2017 = t.clients.find((r) => r.code === 'GM0100' && r.year === 2017)!.clients!;
		const expected = (g2017 * wijkSum(t, 2018, skip)) / wijkSum(t, 2017, skip);
		const p = buildPanel(t).gemeente;
		const i = p.index.get('GM0100')!;
		const k = i * p.nYears + 2018 - p.firstYear;
		expect(p.clients.totaal[k]).toBeCloseTo(expected, 9);
		expect(p.estimated.totaal[k]).toBe(1);
		// Its own definition code: no share change is learned between it and an official year.
		expect(p.wijkSum.totaal[k]).toBeGreaterThanOrEqual(2);
		const s = seriesOf(t, 'GM0100', 'totaal');
		expect(s.find((x) => x.year === 2018)).toMatchObject({ estimated: true });
		expect(s.find((x) => x.year === 2017)).toMatchObject({ estimated: false });
	});

	it('does not estimate when the wijken seen in both years hold under 80% of the gemeente', () => {
		// 12 wijken of growing size: dropping the 4 largest leaves well under 80% of the clients.
		const p = buildPanel(withGap(4)).gemeente;
		const k = p.index.get('GM0100')! * p.nYears + 2018 - p.firstYear;
		expect(Number.isNaN(p.clients.totaal[k])).toBe(true);
		expect(p.estimated.totaal[k]).toBe(0);
	});

	it('never scores an estimated year in the backtest', () => {
		const table = runBacktest(withGap(1), { keepPoints: true });
		const scored = table.points!.filter((x) => x.code === 'GM0100' && x.category === 'totaal' && x.origin + x.horizon === 2018);
		expect(scored).toEqual([]);
		const other = table.points!.filter((x) => x.code === 'GM0101' && x.origin + x.horizon === 2018);
		expect(other.length).toBeGreaterThan(0);
	});
});
