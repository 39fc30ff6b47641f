// The fast path of normalize.ts: plain rows of a UTF-8 CSV are checked and written straight from
// the file's bytes, with no string per field (a million records made ~15 million strings). Any row
// that is not plain (non-ASCII, spaces, commas, wrong field count) or that would raise a problem
// goes to the text path (`slowRow`) instead, so messages and results stay exactly those of that path.
import type { TableSource } from '../decode';
import { ENCODING_LABELS } from '../decode/text';
import { normGemeente, normWijk } from '../decode/values';
import { KNOWN_TYPES, TOESTEMMING, normType } from '../codes';
import { gemeenteOf } from '../../snapshot/codes';
import { ByteCodes, ByteColumn, ByteKeys, RowHash, ymdAt } from './bytekeys';
import type { ByteWriter, TextCodes } from './bytes';
import type { DoubleSet } from './fields';

type Range = { vbFrom: number | null; veTo: number | null; bFrom: number | null; eTo: number | null };

export interface ByteRowContext {
	src: TableSource;
	ci: Record<'rs' | 'p' | 't' | 'g' | 'vb' | 've' | 'b' | 'e' | 'fin' | 'r' | 'c' | 'tw' | 'lev' | 'wk' | 'bu', number>;
	gemeente?: string;
	persons: ByteKeys;
	seen: DoubleSet;
	rowHash: RowHash;
	codes: { fin: TextCodes; reden: TextCodes; toew: ByteCodes };
	out: ByteWriter;
	range: Range;
	gemeenten: Map<string, number>;
	typeOf: (type: string) => string;
	slowRow: (fields: string[], line: number) => void;
}

const dec = new TextDecoder('utf-8');

/** Reads every data row; null when the file is not plain UTF-8 CSV without quotes (then the
 * caller uses the text path for all rows). Counts only the rows this path accepted itself. */
export function readRowsFromBytes(buf: Uint8Array, x: ByteRowContext): { read: number; rows: number } | null {
	const { src, ci, codes, out, range, seen, rowHash: H } = x;
	const utf8 = src.encoding === ENCODING_LABELS['utf-8'] || src.encoding === ENCODING_LABELS['utf-8-bom'];
	if (src.lineWord !== 'regel' || !src.separator || !utf8 || buf.indexOf(34) >= 0) return null;
	const sepStr = src.separator;
	const sep = sepStr.charCodeAt(0);
	const nf = src.header.length;
	const fs = new Int32Array(nf + 1);
	const fe = new Int32Array(nf + 1);
	const col = <T>(derive: (t: string) => T) => new ByteColumn(derive);
	const gCol = col((t) => normGemeente(t.trim()));
	const tCol = col((t) => {
		const type = normType(t.trim());
		return { known: KNOWN_TYPES.has(type), num: KNOWN_TYPES.has(type) ? Number(type) : 0, key: x.typeOf(type) };
	});
	const cCol = col((t) => ({ ok: t in TOESTEMMING, out: t === '1' || t === '2' || t === '3' ? t : '0' }));
	const wCol = col((t) => normWijk(t));
	const text = col((t) => t);
	const fin = col((t) => codes.fin.id(t));
	const reden = col((t) => codes.reden.id(t));
	const key = new Uint8Array(256);
	let read = 0;
	let rows = 0;
	const opt = (i: number, a: ByteColumn<number>) => (i >= 0 ? a.get(buf, fs[i], fe[i]) : 0);
	const has = (i: number) => i >= 0 && fe[i] > fs[i];
	const dateOf = (i: number) => (has(i) ? ymdAt(buf, fs[i], fe[i]) : 0);
	const hashField = (i: number) => (i >= 0 ? H.bytes(buf, fs[i], fe[i]) : H);
	const dateOut = (i: number) => (has(i) ? out.slice(buf, fs[i], fe[i]) : out);

	const fastRow = (ls: number, le: number): boolean => {
		let k = 0;
		fs[0] = ls;
		for (let i = ls; i < le; i++) {
			const c = buf[i];
			if (c === sep) {
				fe[k++] = i;
				if (k >= nf) return false;
				fs[k] = i + 1;
			} else if (c <= 32 || c >= 128 || c === 44) return false;
		}
		fe[k++] = le;
		if (k !== nf || !has(ci.p)) return false;
		const gemeente = gCol.get(buf, fs[ci.g], fe[ci.g]);
		if (!gemeente || (x.gemeente && gemeente !== x.gemeente)) return false;
		const type = tCol.get(buf, fs[ci.t], fe[ci.t]);
		if (!type.known) return false;
		const b = dateOf(ci.b);
		const e = dateOf(ci.e);
		const vb = dateOf(ci.vb);
		const ve = dateOf(ci.ve);
		if (b <= 0 || e < 0 || vb < 0 || ve < 0 || (e && e < b) || (ve && vb && ve < vb)) return false;
		let consentOut = '';
		if (ci.c >= 0) {
			const c = cCol.get(buf, fs[ci.c], fe[ci.c]);
			if (!c.ok) return false;
			consentOut = c.out;
		}
		const wi = has(ci.wk) ? ci.wk : has(ci.bu) ? ci.bu : -1;
		let wijk = '';
		if (wi >= 0) {
			const w = wCol.get(buf, fs[wi], fe[wi]);
			if (!w || gemeenteOf(w) !== gemeente) return false;
			wijk = w;
		}
		// the person key as the text path builds it: "RINPERSOONS:person", or the person alone
		let n = 0;
		if (has(ci.rs)) {
			for (let i = fs[ci.rs]; i < fe[ci.rs]; i++) key[n++] = buf[i];
			key[n++] = 58;
		}
		if (n + fe[ci.p] - fs[ci.p] > key.length) return false;
		for (let i = fs[ci.p]; i < fe[ci.p]; i++) key[n++] = buf[i];
		const person2 = x.persons.id(key, 0, n) + 1;
		H.reset().int(person2).code(44).str(type.key).code(44).str(gemeente).code(44).str(wijk).code(44);
		hashField(ci.vb).code(44);
		hashField(ci.ve).code(44);
		hashField(ci.b).code(44);
		hashField(ci.e).code(44);
		hashField(ci.fin).code(44);
		hashField(ci.r).code(44).str(consentOut).code(44);
		hashField(ci.tw).code(44);
		hashField(ci.lev);
		// a duplicate raises a problem: the text path reports it (its steps above are idempotent)
		if (!seen.add(H.value())) return false;
		const yb = (b / 10000) | 0;
		if (range.bFrom === null || yb < range.bFrom) range.bFrom = yb;
		const ye = e ? (e / 10000) | 0 : yb;
		if (range.eTo === null || ye > range.eTo) range.eTo = ye;
		if (vb && (range.vbFrom === null || ((vb / 10000) | 0) < range.vbFrom)) range.vbFrom = (vb / 10000) | 0;
		if (ve && (range.veTo === null || ((ve / 10000) | 0) > range.veTo)) range.veTo = (ve / 10000) | 0;
		x.gemeenten.set(gemeente, (x.gemeenten.get(gemeente) ?? 0) + 1);
		out.int(person2).byte(44).int(type.num).byte(44).str(gemeente.slice(2)).byte(44);
		if (wijk) out.str(wijk.slice(2));
		out.byte(44);
		dateOut(ci.vb).byte(44);
		dateOut(ci.ve).byte(44);
		dateOut(ci.b).byte(44);
		dateOut(ci.e).byte(44);
		out.int(opt(ci.fin, fin)).byte(44).int(opt(ci.r, reden)).byte(44).str(consentOut).byte(44).int(ci.tw >= 0 ? codes.toew.idAt(buf, fs[ci.tw], fe[ci.tw]) : 0).byte(44);
		if (ci.lev >= 0) out.str(text.get(buf, fs[ci.lev], fe[ci.lev]));
		out.byte(10);
		return true;
	};

	const n = buf.length;
	let pos = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
	let lineNo = 0;
	while (pos < n) {
		let end = buf.indexOf(10, pos);
		if (end < 0) end = n;
		lineNo++;
		const le = end > pos && buf[end - 1] === 13 ? end - 1 : end;
		// the header and the blank lines before it
		if (lineNo > src.headerLine) {
			if (fastRow(pos, le)) {
				read++;
				rows++;
			} else {
				const line = dec.decode(buf.subarray(pos, le));
				if (line.length !== 0 && line.trim() !== '') x.slowRow(line.split(sepStr), lineNo);
			}
		}
		pos = end + 1;
	}
	return { read, rows };
}
