// The byte reader (records/byterows.ts) must give exactly what the text path gives: the same
// normalised CSV, counts, year range and problems, for plain rows and for every kind of odd row.
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/local/decode';
import { scoreHeader } from '../../../src/lib/local/mapping';
import { RECORD_FIELDS, normalizeRecords } from '../../../src/lib/local/records/normalize';
import { ByteKeys, RowHash, ymdAt } from '../../../src/lib/local/records/bytekeys';
import { isYmd } from '../../../src/lib/local/records/fields';

const H = 'RINPERSOONS;RINPERSOON;TypeArrangementWmo;GEMWMOJJJJ;BegingeldigheidWmo;EindgeldigheidWmo;BegindatumWmo;EinddatumWmo;FinancieringsvormWmo;RedeneindeWmo;ToestemmingWmo;toewijzingsnummer;leveringsvorm;buurtcode';
const ROWS = [
	'R;P1;01;0344;20240101;20241231;20240101;20250101;2;;3;T1;1;BU03440604',
	'R;P1;01;0344;20240101;20241231;20240101;20250101;2;;3;T1;1;BU03440604', // duplicate
	'R;P2;1;GM0344;20240101;20241231;20240101;;4;02;1;T9;2;',
	'X;P2;12;344;20230101;20231231;20230601;20230701;6;;2;T9;1;WK034406',
	'R;P3;99;0344;20240101;20241231;20240101;20240201;2;;3;T1;1;', // unknown type
	'R;P4;01;0599;20240101;20241231;20240101;20240201;2;;3;T1;1;', // other gemeente
	'R;P5;01;0344;20240101;20241231;20240230;20240301;2;;3;T1;1;', // bad date
	'R;P6;01;0344;20240101;20241231;20240301;20240201;2;;3;T1;1;', // end before begin
	'R;P7;01;0344;20240101;20241231;20240101;20240201;2;;7;T1;1;', // bad consent
	'R;P8;01;0344;20240101;20241231;20240101;20240201;2;;3;T1;1;BU05990101', // wijk elsewhere
	'R;P9;01;0344;20240101;20241231;20240101;20240201;2;;3;T1;1;XX', // bad wijk
	'R; P10 ;01;0344;20240101;20241231;20240101;20240201;2;;3;T1;1;', // spaces
	'R;Pë;01;0344;20240101;20241231;20240101;20240201;2;;3;T,1;1;', // non-ASCII, comma
	'R;;01;0344;20240101;20241231;20240101;20240201;2;;3;T1;1;', // no person
	'R;P11;01;0344;20240101;20241231;;20240201;2;;3;T1;1;', // no begin
	'R;P12;01;0344;20240101;20241231;20240101;20240201;2;;3;T1;1;;extra', // extra field
	'   ',
	'',
	'R;P1;01;0344;20240101;20241231;20240101;20250101;2;;3;T2;1;BU03440604'
];

async function both(text: string, gemeente?: string) {
	const bytes = new TextEncoder().encode(text);
	const t = await readTable({ name: 'r.csv', bytes }, 'records', (h) => scoreHeader(h, RECORD_FIELDS));
	const slow = normalizeRecords(t.value!, { gemeente });
	const fast = normalizeRecords(t.value!, { gemeente, bytes });
	return { slow, fast };
}

describe('byte reader', () => {
	it('gives exactly the text path result on plain and odd rows', async () => {
		for (const text of [[H, ...ROWS].join('\n'), '\ufeff' + [H, ...ROWS].join('\r\n') + '\r\n', ['', H, ...ROWS].join('\n').replaceAll(';', '\t')])
			for (const g of [undefined, 'GM0344']) {
				const { slow, fast } = await both(text, g);
				expect(fast).toEqual(slow);
				expect(slow.ok).toBe(true);
				expect(slow.problems.length).toBeGreaterThan(5);
			}
	});

	it('hashes pieces like the joined key and numbers byte keys in order', () => {
		const b = new TextEncoder().encode('12,01,GM0344');
		expect(new RowHash().int(12).code(44).bytes(b, 3, 12).value()).toBe(new RowHash().str('12,01,GM0344').value());
		const k = new ByteKeys();
		const ids = ['a', 'b', 'a', 'ab', 'b'].map((s) => k.id(new TextEncoder().encode(s), 0, s.length));
		expect(ids).toEqual([0, 1, 0, 2, 1]);
		for (let i = 0; i < 5000; i++) k.id(new TextEncoder().encode(`SYN${i}`), 0, 3 + `${i}`.length);
		expect(k.size).toBe(5003);
		expect(k.text(2)).toBe('ab');
	});

	it('reads dates like isYmd', () => {
		for (const d of ['20240229', '20230229', '19000101', '18991231', '20241301', '2024011', '2024o101', '21001231'])
			expect(ymdAt(new TextEncoder().encode(d), 0, d.length) > 0).toBe(isYmd(d));
	});
});
