import { describe, expect, it } from 'vitest';
import { accuracyFor, beatsBaselines, driverBars } from '../../../src/lib/ui/transparency';
import { accuracyFromBacktest } from '../../../src/lib/view/accuracy';
import { RELIABILITY_LABELS } from '../../../src/lib/ui/reliability';
import { MIN_CLIENTS, RELIABLE_CLIENTS, reliabilityOf } from '../../../src/lib/snapshot/reliability';
import type { AccuracyItem } from '../../../src/lib/view/types';

describe('driverBars', () => {
	it('sorts by absolute weight and scales bars to the largest', () => {
		const bars = driverBars([
			{ indicator: 'a', label: 'Aandeel 65+', sign: 1, weight: 0.5 },
			{ indicator: 'b', label: 'Bijstand', sign: -1, weight: -1 },
			{ indicator: 'c', label: 'Gescheiden', sign: 1, weight: 0.25 }
		]);
		expect(bars.map((b) => b.indicator)).toEqual(['b', 'a', 'c']);
		expect(bars.map((b) => b.relative)).toEqual([1, 0.5, 0.25]);
		expect(bars.map((b) => b.direction)).toEqual(['↓ minder', '↑ meer', '↑ meer']);
	});
	it('handles no drivers', () => {
		expect(driverBars(undefined)).toEqual([]);
		expect(driverBars([{ indicator: 'a', label: 'A', sign: 1, weight: 0 }])[0].relative).toBe(0);
	});
});

describe('accuracy', () => {
	const items: AccuracyItem[] = [
		{ level: 'wijk', category: 'totaal', horizon: 2, band: 'all', mape: 0.1, wape: 0.08, naiveMape: 0.12, naiveWape: 0.1, n: 50 },
		{ level: 'wijk', category: 'totaal', horizon: 1, band: '500+', mape: 0.05, wape: 0.04, naiveMape: 0.07, naiveWape: 0.06, n: 20 },
		{ level: 'wijk', category: 'totaal', horizon: 1, band: 'all', mape: 0.06, wape: 0.05, naiveMape: 0.09, naiveWape: 0.07, n: 60 },
		{ level: 'gemeente', category: 'totaal', horizon: 1, mape: 0.03, wape: 0.03, naiveMape: 0.04, naiveWape: 0.02, n: 300 },
		{ level: 'wijk', category: 'ondersteuning_thuis', horizon: 1, mape: 0.2, wape: 0.2, naiveMape: 0.2, naiveWape: 0.2, n: 5 }
	];
	it('filters on category and orders per level by horizon, then band', () => {
		const m = accuracyFor(items, 'totaal');
		expect([...m.keys()]).toEqual(['wijk', 'gemeente']);
		expect(m.get('wijk')!.map((a) => `${a.horizon}/${a.band}`)).toEqual(['1/all', '1/500+', '2/all']);
	});
	it('says whether the model beats the baselines on WAPE', () => {
		expect(beatsBaselines(items[0])).toBe(true);
		expect(beatsBaselines(items[3])).toBe(false);
		expect(beatsBaselines({ ...items[0], sharePopWape: 0.07 })).toBe(false);
	});
	it('converts pooled backtest rows', () => {
		const metrics = (v: number) => ({ mape: v, wape: v, mdape: v });
		const out = accuracyFromBacktest([
			{ level: 'wijk', category: 'totaal', horizon: 1, band: '100-499', origin: 'all', n: 9, model: metrics(0.05), naive: metrics(0.09), sharePop: metrics(0.07) },
			{ level: 'wijk', category: 'totaal', horizon: 1, band: '100-499', origin: 2016, n: 3, model: metrics(0.04), naive: metrics(0.1) }
		]);
		expect(out).toEqual([
			{ level: 'wijk', category: 'totaal', horizon: 1, band: '100-499', n: 9, mape: 0.05, wape: 0.05, naiveMape: 0.09, naiveWape: 0.09, sharePopMape: 0.07, sharePopWape: 0.07 }
		]);
	});
});

describe('reliability texts', () => {
	it('states the rule that reliabilityOf applies, for counts around each threshold', () => {
		for (const n of [0, MIN_CLIENTS - 1, MIN_CLIENTS, RELIABLE_CLIENTS - 1, RELIABLE_CLIENTS, 5000]) {
			const label = RELIABILITY_LABELS[reliabilityOf(n)];
			const below = label.match(/< (\d+)/);
			const range = label.match(/(\d+)–(\d+)/);
			if (below) expect(n, label).toBeLessThan(Number(below[1]));
			else if (range) {
				expect(n, label).toBeGreaterThanOrEqual(Number(range[1]));
				expect(n, label).toBeLessThan(Number(range[2]));
			} else expect(n, label).toBeGreaterThanOrEqual(RELIABLE_CLIENTS);
		}
	});
});
