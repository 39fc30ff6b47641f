import { describe, expect, it } from 'vitest';
import { analyseErrors } from '../../../src/lib/model/errorAnalysis';
import type { BacktestPoint } from '../../../src/lib/model/types';

const pt = (code: string, g: string, naive: number, actual: number, model = naive): BacktestPoint => ({
	level: 'wijk',
	code,
	gemeente_code: g,
	category: 'totaal',
	origin: 2017,
	horizon: 1,
	actual,
	model,
	naive,
	sharePop: naive,
	lower: model,
	upper: model,
	converted: false
});

describe('error analysis', () => {
	it('separates the gemeente-wide jump from the wijk-specific error', () => {
		// Gemeente A jumps +20% in both wijken: naive is 1/6 off, but the ex-post gemeente growth explains all.
		// Gemeente B is flat overall but its two wijken swap 10 clients: that part remains.
		const pts = [pt('WK1', 'GMA', 100, 120), pt('WK2', 'GMA', 200, 240), pt('WK3', 'GMB', 100, 110), pt('WK4', 'GMB', 100, 90)];
		const a = analyseErrors(pts, 'wijk', 'totaal', 1, 10);
		const o = a.byOrigin[0];
		expect(o.n).toBe(4);
		expect(o.naive).toBeCloseTo((20 / 120 + 40 / 240 + 10 / 110 + 10 / 90) / 4, 12);
		expect(o.gemeenteShockRemoved).toBeCloseTo((10 / 110 + 10 / 90) / 4, 12);
		expect(a.topGemeenten[0].gemeente_code).toBe('GMA');
		expect(a.topGemeenten[0].errorShare).toBeCloseTo(60 / 80, 12);
		expect(a.topGemeenten[0].actualGrowth).toBeCloseTo(0.2, 12);
	});
});
