// The byte writer of the normalised records CSV and the text numbering it uses.
import { describe, expect, it } from 'vitest';
import { ByteWriter, TextCodes } from '../../../src/lib/local/records/bytes';

describe('ByteWriter', () => {
	it('writes integers and text as UTF-8, growing past its first megabyte', () => {
		const w = new ByteWriter();
		w.int(0).byte(44).int(7).byte(44).int(2147483647).byte(44).int(20240115).byte(44).str('zorg in natura').byte(44).str('ééñ€').byte(10);
		const long = 'x'.repeat(3_000_000);
		w.str(long);
		const text = new TextDecoder().decode(w.bytes());
		expect(text.slice(0, 44)).toBe('0,7,2147483647,20240115,zorg in natura,ééñ€\n');
		expect(text.length).toBe(44 + long.length);
	});
});

describe('TextCodes', () => {
	it('numbers values in order of appearance, with 0 for empty', () => {
		const c = new TextCodes();
		expect(['', 'T1', 'T2', 'T1', '', 'é'].map((s) => c.id(s))).toEqual([0, 1, 2, 1, 0, 3]);
	});
});
