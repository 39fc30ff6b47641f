import { describe, expect, it } from 'vitest';
import { codeYear, matrixFor } from '../../../src/prep/assemble/indeling';
import { contributorsOf, isKnownSource } from '../../../src/prep/convert/matrix';
import { screenCodes } from '../../../src/prep/assemble/screenCodes';
import { DataInputError } from '../../../src/prep/mirror/errors';
import { matrixKey } from '../../../src/prep/mirror/grenswijzigingen';

const pairs = new Map([[matrixKey('wijk', 2016, 2024), [{ code_van: 'WK000101', code_naar: 'WK000110', n_adressen: 10 }]]]);
const targets = new Set(['WK000110', 'WK000102']);

describe('indeling per data year', () => {
	it('reads 2015 codes as 2016 codes (the 2015 rule)', () => {
		expect(codeYear(2015)).toBe(2016);
		expect(codeYear(2018)).toBe(2018);
		const m = matrixFor(pairs, 'wijk', 2015, 2024);
		expect(m.fromYear).toBe(2016);
		expect(contributorsOf(m, 'WK000110')).toEqual([{ source: 'WK000101', share: 1, weight: 1 }]);
	});

	it('treats a year without listed pairs as unchanged', () => {
		const m = matrixFor(pairs, 'wijk', 2023, 2024);
		expect(contributorsOf(m, 'WK000102')).toEqual([{ source: 'WK000102', share: 1, weight: 1 }]);
		expect(isKnownSource(m, 'WK000101', targets)).toBe(false);
	});

	it('drops unknown 2015 codes and empty regions, and rejects other unknown codes', () => {
		const m = matrixFor(pairs, 'wijk', 2016, 2024);
		const rec = (code: string, clients: number | null, inw: number) => ({ code, file: 'f.csv', line: 7, clients, kwb: { aantalinwoners: inw } });
		const r2015 = screenCodes([rec('WK000101', 5, 100), rec('WK000999', 20, 500)], 2015, m, targets);
		expect(r2015.kept.map((r) => r.code)).toEqual(['WK000101']);
		expect(r2015.dropped2015.map((r) => r.code)).toEqual(['WK000999']);
		expect(screenCodes([rec('WK000999', null, 0)], 2016, m, targets).droppedEmpty).toHaveLength(1);
		expect(() => screenCodes([rec('WK000999', 20, 500)], 2016, m, targets)).toThrow(DataInputError);
		expect(() => screenCodes([rec('WK000999', 20, 500)], 2016, m, targets)).toThrow(/f\.csv, regel 7\): onbekende regiocode "WK000999"/);
	});
});
