import { describe, expect, it } from 'vitest';
import { BOM, csvNumber, csvText, toCsv, wijkTableCsv } from '../../../src/lib/ui/exportCsv';
import type { WijkRow } from '../../../src/lib/view/types';

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
	it('exports the wijk table with empty cells for missing values', () => {
		const rows: WijkRow[] = [
			{ code: 'WK036301', name: 'Centrum', clients: 1234, clientsYear: 2018, share: 0.0452, forecast: 1304.4, lower: 1203, upper: 1400, change: 0.0537, reliability: 'ok' },
			{ code: 'WK036302', name: 'Klein', clients: null, share: null, forecast: null, lower: null, upper: null, change: null, reliability: 'none' }
		];
		const lines = wijkTableCsv(rows, 2023, 'Wijk', 2018).slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'Code;Wijk;Cliënten laatste telling;Jaar laatste telling;Aandeel inwoners laatste telling (%);Prognose 2023 (afgerond);Ondergrens 80%-interval 2023;Bovengrens 80%-interval 2023;Verandering 2018–2023 (%);Betrouwbaarheid;Geschat'
		);
		// Forecasts rounded to the model's precision (nearest 10 below 10.000), counts as CBS gave them.
		expect(lines[1]).toBe('WK036301;Centrum;1234;2018;4,5;1300;1200;1400;5,4;betrouwbaar;');
		expect(lines[2]).toBe('WK036302;Klein;;;;;;;;geen prognose: < 10 cliënten;');
		expect(lines[3]).toMatch(/^Bron: CBS/);
		// A past year exports its observed count, not a forecast.
		expect(wijkTableCsv(rows, 2016, 'Wijk', 2018).slice(1).split('\r\n')[0]).toContain('Cliënten 2016');
		expect(wijkTableCsv(rows, 2023, 'Gemeente').slice(1).startsWith('Code;Gemeente;')).toBe(true);
	});
});
