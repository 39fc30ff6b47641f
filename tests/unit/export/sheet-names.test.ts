import { describe, expect, it } from 'vitest';
import { cleanSheetName, uniqueSheetNames } from '../../../src/lib/export/sheet-names';

describe('sheet names', () => {
	it('follows Excel rules: no : \\ / ? * [ ], at most 31 characters, no edge apostrophes', () => {
		expect(cleanSheetName('Wijken: 2015/2023 [ruw]')).toBe('Wijken 2015 2023 ruw');
		expect(cleanSheetName("'Peers'")).toBe('Peers');
		expect(cleanSheetName('x'.repeat(40))).toHaveLength(31);
		expect(cleanSheetName(' / ')).toBe('Tabel');
	});
	it('keeps names unique regardless of case and reserves "Bronnen"', () => {
		expect(uniqueSheetNames(['Wijken', 'wijken', 'Bronnen', 'a'.repeat(31)])).toEqual(['Wijken', 'wijken (2)', 'Bronnen (2)', 'a'.repeat(31)]);
		expect(uniqueSheetNames(['b'.repeat(31), 'b'.repeat(31)])[1]).toBe(`${'b'.repeat(27)} (2)`);
	});
});
