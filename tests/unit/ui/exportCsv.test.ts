import { describe, expect, it } from 'vitest';
import { BOM, csvNumber, csvText, toCsv } from '../../../src/lib/ui/exportCsv';

describe('csv cells', () => {
	it('writes numbers with a decimal comma and no thousands separator', () => {
		expect(csvNumber(1234.5)).toBe('1234,5');
		expect(csvNumber(0.123456)).toBe('0,12');
		expect(csvNumber(-0.001)).toBe('0');
		expect(csvNumber(null)).toBe('');
		expect(csvNumber(NaN)).toBe('');
	});
	it('quotes text with separators, quotes or newlines and neutralises formulas', () => {
		expect(csvText('Oost')).toBe('Oost');
		expect(csvText('Noord; Zuid')).toBe('"Noord; Zuid"');
		expect(csvText('De "Hoek"')).toBe('"De ""Hoek"""');
		expect(csvText('=SUM(A1)')).toBe("'=SUM(A1)");
	});
});

describe('toCsv', () => {
	it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
		const csv = toCsv([{ a: 'x', b: 1.5 }], [
			{ header: 'A', value: (r) => r.a },
			{ header: 'B', value: (r) => r.b }
		]);
		expect(csv).toBe('\uFEFFA;B\r\nx;1,5\r\n');
		expect(csv.startsWith(BOM)).toBe(true);
	});
});
