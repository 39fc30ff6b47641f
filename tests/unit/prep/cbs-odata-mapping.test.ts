// Key mapping, code trimming and null handling of CBS rows into the mirror's record layout.

import { describe, expect, it } from 'vitest';
import type { DataProperty } from '../../../src/prep/sources/cbs-odata/format';
import {
	describeTable,
	mapRow,
	mirrorKey,
	parseCbsNumber,
	parsePeriod,
	regionLevel,
	trimCode
} from '../../../src/prep/sources/cbs-odata/mapping';
import { parseCsv, toCsv } from '../../../src/prep/sources/cbs-odata/csv';
import { readFixture } from '../../fixtures/cbs-odata/recordedFetch';

const wmoProps = JSON.parse(readFixture('86158NED/DataProperties.json')).value as DataProperty[];
const wmoRows = [
	...JSON.parse(readFixture('86158NED/TypedDataSet.page1.json')).value,
	...JSON.parse(readFixture('86158NED/TypedDataSet.page2.json')).value
];
const titles = {
	TypeMaatwerkvoorziening: Object.fromEntries(
		JSON.parse(readFixture('86158NED/TypeMaatwerkvoorziening.json')).value.map((m: { Key: string; Title: string }) => [m.Key, m.Title])
	)
};

describe('mirrorKey', () => {
	it.each([
		['AantalInwoners_5', 'aantalinwoners'],
		['WmoClienten_5', 'wmoclienten'],
		['WmoClientenPer1000Inwoners_6', 'wmoclientenper1000inwoners'],
		['k_65JaarOfOuder_12', 'k65jaarofouder'],
		['k_0Tot15Jaar_8', 'k0tot15jaar'],
		['HuishOnderOfRondSociaalMinimum_81', 'huishonderofrondsociaalminimum'],
		['PersonenautoSTotaal_104', 'personenautostotaal'],
		['Codering_3', 'codering_regio'],
		['Financieringsvorm', 'financieringsvorm']
	])('%s → %s', (cbs, mirror) => expect(mirrorKey(cbs)).toBe(mirror));
});

describe('values', () => {
	it('trims padded codes', () => {
		expect(trimCode('WK036301  ')).toBe('WK036301');
		expect(trimCode('GM0363    ')).toBe('GM0363');
	});
	it('keeps missing and secret cells null, never 0', () => {
		expect(parseCbsNumber(null)).toBeNull();
		expect(parseCbsNumber('       .')).toBeNull();
		expect(parseCbsNumber('x')).toBeNull();
		expect(parseCbsNumber('')).toBeNull();
		expect(parseCbsNumber(Number.NaN)).toBeNull();
		expect(parseCbsNumber('    110')).toBe(110);
		expect(parseCbsNumber('   2.2')).toBe(2.2);
		expect(parseCbsNumber(0)).toBe(0);
	});
	it('reads periods as the mirror writes them', () => {
		expect(parsePeriod('2019JJ00')).toEqual({ year: 2019, half: 0, perioden: '2019' });
		expect(parsePeriod('2018HJ02')).toEqual({ year: 2018, half: 2, perioden: '2e halfjaar 2018', periodennum: 201802 });
		expect(parsePeriod('2019KW01')).toBeNull();
	});
	it('knows wijk and gemeente codes and nothing else', () => {
		expect(regionLevel('WK168000')).toBe('wijk');
		expect(regionLevel('WK0363AA')).toBe('wijk');
		expect(regionLevel('GM1680')).toBe('gemeente');
		expect(regionLevel('BU16800000')).toBeNull();
		expect(regionLevel('NL01')).toBeNull();
	});
});

describe('describeTable + mapRow on the recorded Wmo table', () => {
	const s = describeTable(wmoProps);

	it('finds the geo, time and category dimensions and the units', () => {
		expect(s.geoKey).toBe('Wijken');
		expect(s.timeKey).toBe('Perioden');
		expect(s.dimensionKeys).toEqual(['TypeMaatwerkvoorziening']);
		expect(s.keyMap.WmoClienten_5).toBe('wmoclienten');
		expect(s.keyMap.Codering_3).toBe('codering_regio');
		expect(s.units.wmoclienten).toBe('aantal');
	});

	it('maps a wijk row: trimmed code and name, title for the type key, numbers kept', () => {
		expect(mapRow(wmoRows[2], s, titles)).toEqual({
			codering_regio: 'WK168000',
			perioden: '2025',
			typemaatwerkvoorziening: 'Totaal Wmo-maatwerkvoorzieningen',
			gemeentenaam: 'Aa en Hunze',
			soortregio: 'Wijk',
			indelingswijzewijken: '1',
			wmoclienten: 110,
			wmoclientenper1000inwoners: 27
		});
	});

	it('keeps a suppressed count null', () => {
		const rec = mapRow(wmoRows[3], s, titles);
		expect(rec.codering_regio).toBe('WK168001');
		expect(rec.wmoclienten).toBeNull();
		expect(rec.wmoclientenper1000inwoners).toBeNull();
	});

	it('falls back to the trimmed key when a dimension title is unknown', () => {
		expect(mapRow(wmoRows[6], s, {}).typemaatwerkvoorziening).toBe('A019506');
	});

	it('disambiguates two topics that would share a mirror key', () => {
		const props = [
			{ ID: 0, Position: 0, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: 'Regio' },
			{ ID: 1, Position: 1, ParentID: null, Type: 'Topic', Key: 'Totaal_1', Title: 'a', Datatype: 'Long', Unit: 'aantal' },
			{ ID: 2, Position: 2, ParentID: null, Type: 'Topic', Key: 'Totaal_2', Title: 'b', Datatype: 'Long', Unit: '%' }
		] as DataProperty[];
		const d = describeTable(props);
		expect(d.keyMap).toEqual({ RegioS: 'codering_regio', Totaal_1: 'totaal', Totaal_2: 'totaal_2' });
		expect(mapRow({ ID: 0, RegioS: 'GM0363    ', Totaal_1: 5, Totaal_2: 7 }, d)).toEqual({ codering_regio: 'GM0363', totaal: 5, totaal_2: 7 });
	});
});

describe('toCsv', () => {
	it('quotes a name with a comma and writes null as an empty cell', () => {
		expect(toCsv([{ a: 'Nuenen, Gerwen en Nederwetten', b: null, c: 2.5 }], ['a', 'b', 'c'])).toBe(
			'a,b,c\n"Nuenen, Gerwen en Nederwetten",,2.5\n'
		);
	});
});

describe('parseCsv', () => {
	it('reads quoted commas, doubled quotes, CRLF and empty cells (null)', () => {
		const text = 'codering_regio,gemeentenaam,wmoclienten\r\nWK082000,"Nuenen, Gerwen en Nederwetten",935.0\r\nWK000001,"Een ""naam""",\r\n';
		expect(parseCsv(text)).toEqual({
			columns: ['codering_regio', 'gemeentenaam', 'wmoclienten'],
			rows: [
				{ codering_regio: 'WK082000', gemeentenaam: 'Nuenen, Gerwen en Nederwetten', wmoclienten: '935.0' },
				{ codering_regio: 'WK000001', gemeentenaam: 'Een "naam"', wmoclienten: null }
			]
		});
	});
	it('round-trips through toCsv', () => {
		const rows = [{ a: 'x, y', b: null, c: '1' }];
		expect(parseCsv(toCsv(rows, ['a', 'b', 'c'])).rows).toEqual(rows);
	});
});
