import { describe, expect, it } from 'vitest';
import {
	MISSING,
	formatCount,
	formatDate,
	formatInterval,
	formatNumber,
	formatPercentChange,
	formatShare,
	formatShareInterval,
	formatSignificant
} from '../../../src/lib/view/format';

describe('formatCount', () => {
	it('uses a dot as thousands separator and rounds to whole clients', () => {
		expect(formatCount(1234)).toBe('1.234');
		expect(formatCount(1234567)).toBe('1.234.567');
		expect(formatCount(999.6)).toBe('1.000');
		expect(formatCount(12)).toBe('12');
		expect(formatCount(0)).toBe('0');
	});
	it('never shows "-0"', () => {
		expect(formatCount(-0.2)).toBe('0');
	});
	it('shows an en dash for missing values, never 0', () => {
		for (const v of [null, undefined, NaN, Infinity, -Infinity]) expect(formatCount(v)).toBe('–');
		expect(MISSING).toBe('\u2013');
	});
});

describe('formatShare', () => {
	it('turns a fraction into a percentage with a decimal comma', () => {
		expect(formatShare(0.045)).toBe('4,5%');
		expect(formatShare(0.1234)).toBe('12,3%');
		expect(formatShare(0)).toBe('0,0%');
		expect(formatShare(0.04567, 2)).toBe('4,57%');
		expect(formatShare(0.5, 0)).toBe('50%');
	});
	it('missing is an en dash', () => {
		expect(formatShare(null)).toBe('–');
		expect(formatShare(NaN)).toBe('–');
	});
});

describe('formatPercentChange', () => {
	it('always shows a sign for non-zero changes', () => {
		expect(formatPercentChange(0.032)).toBe('+3,2%');
		expect(formatPercentChange(-0.032)).toBe('-3,2%');
		expect(formatPercentChange(0.5)).toBe('+50,0%');
	});
	it('shows no sign when the change rounds to zero', () => {
		expect(formatPercentChange(0)).toBe('0,0%');
		expect(formatPercentChange(0.00001)).toBe('0,0%');
		expect(formatPercentChange(-0.00001)).toBe('0,0%');
	});
	it('missing is an en dash', () => {
		expect(formatPercentChange(undefined)).toBe('–');
	});
});

describe('formatNumber and formatSignificant', () => {
	it('formats with fixed decimals and grouping', () => {
		expect(formatNumber(1234.56, 1)).toBe('1.234,6');
		expect(formatNumber(2)).toBe('2');
	});
	it('formats model weights with significant digits', () => {
		expect(formatSignificant(0.01234)).toBe('0,012');
		expect(formatSignificant(-1.567)).toBe('-1,6');
		expect(formatSignificant(null)).toBe('–');
	});
});

describe('formatDate', () => {
	it('formats an ISO date in long Dutch form (Amsterdam time)', () => {
		expect(formatDate('2026-11-23T18:00:00Z')).toBe('23 november 2026');
		// 23:30 UTC on 31 Dec is already 1 January in Amsterdam.
		expect(formatDate('2025-12-31T23:30:00Z')).toBe('1 januari 2026');
		expect(formatDate(new Date('2024-03-05T12:00:00Z'))).toBe('5 maart 2024');
	});
	it('can include the time', () => {
		expect(formatDate('2026-11-23T18:00:00Z', true)).toBe('23 november 2026 om 19:00');
	});
	it('missing or invalid is an en dash', () => {
		expect(formatDate(null)).toBe('–');
		expect(formatDate('')).toBe('–');
		expect(formatDate('not a date')).toBe('–');
	});
});

describe('formatInterval', () => {
	it('joins two counts with a spaced en dash', () => {
		expect(formatInterval(1230, 1410)).toBe('1.230 – 1.410');
		expect(formatInterval(9.4, 15.6)).toBe('9 – 16');
	});
	it('is an en dash when a bound is missing', () => {
		expect(formatInterval(null, 1410)).toBe('–');
		expect(formatInterval(1230, NaN)).toBe('–');
	});
	it('formats share intervals', () => {
		expect(formatShareInterval(0.041, 0.049)).toBe('4,1% – 4,9%');
		expect(formatShareInterval(null, 0.049)).toBe('–');
	});
});
