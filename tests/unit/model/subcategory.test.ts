// Subcategories as a pooled share of their parent's forecast (issue 10), on hand-computed cases.
import { describe, expect, it } from 'vitest';
import { subcategoryForecast } from '../../../src/lib/model/subcategory';

const parent = [
	{ year: 2022, clients: 1000 },
	{ year: 2023, clients: 1000 },
	{ year: 2024, clients: 1100 },
	{ year: 2025, clients: 1200 }
];
const parentForecast = [
	{ year: 2026, forecast: 1300, lower: 1200, upper: 1400, reliability: 'ok' as const },
	{ year: 2027, forecast: 1400, lower: 1250, upper: 1550, reliability: 'ok' as const }
];

describe('subcategory forecast', () => {
	it('pools the share over the last three years and spans the yearly shares in the interval', () => {
		// 2022 is outside the three basis years. 2023–2025: (100 + 121 + 108) / (1000 + 1100 + 1200) = 329 / 3300.
		const sub = [
			{ year: 2022, clients: 500 },
			{ year: 2023, clients: 100 },
			{ year: 2024, clients: 121 },
			{ year: 2025, clients: 108 }
		];
		const f = subcategoryForecast(sub, parent, parentForecast);
		expect(f.basisYears).toEqual([2023, 2024, 2025]);
		expect(f.share).toBeCloseTo(329 / 3300, 12);
		// Yearly shares 0,100, 0,110 and 0,090: lower at 0,09 × the parent's lower, upper at 0,11 × its upper.
		expect(f.forecast[0].forecast).toBeCloseTo((1300 * 329) / 3300, 9);
		expect(f.forecast[0].lower).toBeCloseTo(0.09 * 1200, 9);
		expect(f.forecast[0].upper).toBeCloseTo(0.11 * 1400, 9);
		expect(f.forecast[1].forecast).toBeCloseTo((1400 * 329) / 3300, 9);
		expect([f.reliability, f.reason]).toEqual(['ok', null]);
	});

	it('gives no forecast without a count in the year before the forecast', () => {
		const f = subcategoryForecast([{ year: 2024, clients: 50 }], parent, parentForecast);
		expect([f.reliability, f.reason, f.forecast[0].forecast]).toEqual(['none', 'no_recent_count', null]);
	});

	it('is unreliable from one basis year, under 10 clients, or with an unreliable parent', () => {
		expect(subcategoryForecast([{ year: 2025, clients: 60 }], parent, parentForecast).reason).toBe('one_year');
		const few = subcategoryForecast([{ year: 2024, clients: 8 }, { year: 2025, clients: 9 }], parent, parentForecast);
		expect([few.reliability, few.reason]).toEqual(['unreliable', 'too_few_clients']);
		const weak = subcategoryForecast([{ year: 2024, clients: 80 }, { year: 2025, clients: 90 }], parent, [{ ...parentForecast[0], reliability: 'unreliable' }]);
		expect(weak.reason).toBe('parent');
	});
});
