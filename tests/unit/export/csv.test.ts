import { describe, expect, it } from 'vitest';
import { BOM, csvLines, toCsv } from '../../../src/lib/export/csv';
import { csvCell, csvNumber, csvText, decimalComma, neutraliseFormula } from '../../../src/lib/export/format';
import { provenance, series, wijken } from './fixtures';

describe('CSV cells', () => {
	it('writes numbers with a decimal comma and no thousands separator', () => {
		expect(decimalComma(1234567.891, 2)).toBe('1234567,89');
		expect(decimalComma(-0.0001, 1)).toBe('0,0');
		expect(csvNumber(1301.4567, 'count')).toBe('1301');
		expect(csvNumber(1301.4567, 'count', 1)).toBe('1301,5');
		expect(csvNumber(2345678.9, 'euro')).toBe('2345678,90');
		expect(csvNumber(1.23456, 'number')).toBe('1,23');
	});
	it('writes shares and changes as percentages that Dutch Excel parses back', () => {
		expect(csvNumber(0.045217, 'share')).toBe('4,5%');
		expect(csvNumber(0.0543, 'percent')).toBe('+5,4%');
		expect(csvNumber(-0.125, 'percent')).toBe('-12,5%');
		expect(csvNumber(0, 'percent')).toBe('0,0%');
		expect(csvNumber(0.0004, 'percent')).toBe('0,0%');
		expect(csvNumber(0.04567, 'share', 2)).toBe('4,57%');
	});
	it('leaves missing and non-finite values empty, never 0', () => {
		expect(csvCell(null, 'count')).toBe('');
		expect(csvCell(undefined, 'share')).toBe('');
		expect(csvCell(NaN, 'count')).toBe('');
		expect(csvCell(Infinity, 'euro')).toBe('');
	});
	it('neutralises formulas and quotes separators, quotes and line breaks', () => {
		for (const f of ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(f)).toBe(`'${f}`);
		expect(neutraliseFormula('Noord-Oost')).toBe('Noord-Oost');
		expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvText('a;b')).toBe('"a;b"');
		expect(csvText('a\nb')).toBe('"a\nb"');
		expect(csvText('plain')).toBe('plain');
	});
});

describe('toCsv', () => {
	const text = toCsv(wijken, provenance);
	const lines = text.slice(BOM.length).split('\r\n');

	it('starts with a UTF-8 BOM, uses CRLF only and ends with a line break', () => {
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});
	it('has the header, every row, the total row, in that order, with ; as separator', () => {
		expect(lines[0]).toBe(
			'Code;Wijk;Cliënten 2018;Aandeel inwoners 2018;Prognose 2023;Verandering 2018–2023;Kosten 2023;Index 2023'
		);
		expect(lines[1]).toBe('WK034401;West;1234;4,5%;1301;+5,4%;2345678,90;1,23');
		expect(lines[2]).toBe(`WK034402;"'=cmd|"" /C calc""!A0";;;88;-12,5%;;0,50`);
		expect(lines[3]).toBe('WK034403;"Noord-Oost; ""oud""";0;0,0%;0;0,0%;10,00;0,00');
		expect(lines[4]).toBe('GM0344;Utrecht (gemeente);1234;1,2%;1390;+3,0%;2345688,90;');
		expect(lines).toHaveLength(5 + 1 + 4 + 1); // header+rows+total, empty line, footer (title, bron, licentie, provenance), trailing ''
	});
	it('ends with the title, "Bron: CBS …", the licence and the provenance line', () => {
		expect(lines[5]).toBe('');
		expect(lines[6]).toBe('Wmo-cliënten per wijk, Utrecht, 2015–2023');
		expect(lines[7]).toBe('Bron: CBS StatLine, Wmo-cliënten naar wijk en buurt | CBS Kerncijfers wijken en buurten');
		expect(lines[7]).toMatch(/^Bron: CBS/);
		expect(lines[8]).toBe('Licentie: CC BY 4.0 – Centraal Bureau voor de Statistiek');
		expect(lines[9]).toBe(
			'Wmo Vooruitblik – Gegevensstand 2026-12-02, snapshot 29004f421e0b4677, model 0.1.0, eigen gegevens: nee, geëxporteerd 2026-12-02T05:00:00Z'
		);
		expect(toCsv(series, { ...provenance, localData: true })).toContain('eigen gegevens: ja');
	});
	it('writes a table without total row, and rejects rows wider than the columns', () => {
		expect(csvLines(series)).toEqual(['Jaar;Cliënten', '2015;10000', '2016;10501']);
		expect(() => csvLines({ ...series, rows: [['2015', 1, 2]] })).toThrow(/2 kolommen/);
	});
});
