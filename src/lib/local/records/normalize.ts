// Records in the WMOBUS layout (seed 003), checked row by row in JS and written out as one
// normalised CSV (fixed columns, dates as JJJJMMDD) that the aggregation SQL reads. Row errors skip the row
// and are reported; records the SQL must count as dropped (unknown type, end before begin) pass on.
import type { TableSource } from '../decode';
import { normGemeente, normWijk, dateHint } from '../decode/values';
import { mapColumns, type MappedColumns } from '../mapping';
import { ProblemList, problem, quote } from '../problems';
import { KNOWN_TYPES, TOESTEMMING, normType } from '../codes';
import { RECORD_COLUMN_NAMES } from './sql';
import { ByteWriter, TextCodes } from './bytes';
import type { Problem, Result } from '../types';
import { gemeenteOf } from '../../snapshot/codes';

import { RECORD_FIELDS, DoubleSet, isYmd } from './fields';
import { ByteCodes, ByteKeys, RowHash } from './bytekeys';
import { readRowsFromBytes } from './byterows';

export { RECORD_FIELDS, DoubleSet, isYmd };

export interface NormalizedRecords {
	/** the normalised CSV, UTF-8 (columns of sql.ts RECORD_COLUMNS) */
	csv: Uint8Array;
	rows: number;
	/** data rows in the file */
	read: number;
	mapped: MappedColumns;
	has: { consent: boolean; toew: boolean; wijk: boolean; geldigheid: boolean; lev: boolean };
	gemeenten: string[];
	/** year range of the data, computed while reading (null when the column is absent or empty) */
	range: { vbFrom: number | null; veTo: number | null; bFrom: number | null; eTo: number | null };
}

export interface NormalizeOptions {
	/** the gemeente the user works on; records of other gemeenten are refused */
	gemeente?: string;
	onProgress?: (rowsDone: number) => void;
	/** the file's bytes: plain UTF-8 rows are then read from them without a string per field */
	bytes?: Uint8Array;
}

function clean(s: string): string {
	return /[",\n\r]/.test(s) ? s.replace(/[",\n\r]/g, '_') : s;
}


/** Memoises a pure string function: codes and dates repeat a lot in a million records. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
	const cache = new Map<string, T>();
	return (s) => {
		let v = cache.get(s);
		if (v === undefined && !cache.has(s)) {
			v = fn(s);
			if (cache.size < 100_000) cache.set(s, v);
		}
		return v as T;
	};
}

const enc = new TextEncoder();

export function normalizeRecords(src: TableSource, opts: NormalizeOptions = {}): Result<NormalizedRecords> {
	const file = src.fileName;
	const m = mapColumns(src.header, RECORD_FIELDS, file, src.headerLine, src.lineWord);
	if (!m.ok || !m.value) return { ok: false, problems: m.problems };
	const idx = m.value.index;
	const has = { consent: 'consent' in idx, toew: 'toew' in idx, wijk: 'wijk' in idx || 'buurt' in idx, geldigheid: 'vb' in idx || 've' in idx, lev: 'lev' in idx };
	const P = new ProblemList();
	const codes = { fin: new TextCodes(), reden: new TextCodes(), toew: new ByteCodes() };
	const out = new ByteWriter().str(RECORD_COLUMN_NAMES.join(',')).byte(10);
	const seen = new DoubleSet();
	// persons by the bytes of their key, shared with the byte reader (byterows.ts)
	const persons = new ByteKeys();
	const rowHash = new RowHash();
	const gemeenten = new Map<string, number>();
	let read = 0;
	let rid = 0;
	const col = (id: string) => idx[id] ?? -1;
	const ci = { rs: col('rinpersoons'), p: col('person'), t: col('type'), g: col('gemeente'), vb: col('vb'), ve: col('ve'), b: col('b'), e: col('e'), fin: col('fin'), r: col('reden'), c: col('consent'), tw: col('toew'), lev: col('lev'), wk: col('wijk'), bu: col('buurt') };
	const F = m.value.fields;
	const DATE_FIELDS = [['b', ci.b, 'BegindatumWmo'], ['e', ci.e, 'EinddatumWmo'], ['vb', ci.vb, 'BegingeldigheidWmo'], ['ve', ci.ve, 'EindgeldigheidWmo']] as const;
	const cleanM = memo(clean);
	const gmOf = memo(normGemeente);
	const wkOf = memo(normWijk);
	const typeOf = memo(normType);
	const yearOf = (d: string) => (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48);
	const range: NormalizedRecords['range'] = { vbFrom: null, veTo: null, bFrom: null, eTo: null };
	let cur: string[] = [];
	let curLine = 0;
	const v = (i: number) => (i >= 0 ? (cur[i] ?? '').trim() : '');
	const lineWord = src.lineWord;
	const slowRow = (f: string[], line: number) => {
		read++;
		if (opts.onProgress && read % 100_000 === 0) opts.onProgress(read);
		cur = f;
		curLine = line;
		if (f.length !== src.header.length && f.length > 1 && P.count('velden') < 1 && f.length > src.header.length)
			P.add(problem({ file, line: curLine, lineWord, code: 'velden', severity: 'waarschuwing', value: f.join(src.separator ?? ';').slice(0, 80), message: `deze regel heeft ${f.length} velden, de kopregel ${src.header.length}.`, fix: 'Controleer het scheidingsteken en of er komma\'s of puntkomma\'s in tekstvelden staan (zet die tussen aanhalingstekens).' }));
		const person = v(ci.p);
		if (!person) {
			P.add(problem({ file, line: curLine, lineWord, code: 'persoon', column: F.person, value: '', message: 'de persoon (RINPERSOON of pseudoniem) is leeg; het record is overgeslagen.', fix: 'Vul bij elk record een (gepseudonimiseerde) persoonscode in.' }));
			return;
		}
		const gRaw = v(ci.g);
		const gemeente = gmOf(gRaw);
		if (!gemeente) {
			P.add(problem({ file, line: curLine, lineWord, code: 'gemeente', column: F.gemeente, value: gRaw, message: `gemeentecode ${quote(gRaw)} is geen CBS-gemeentecode (vier cijfers, bijvoorbeeld 0344).`, fix: 'Vul de CBS-gemeentecode in, met of zonder "GM" ervoor.' }));
			return;
		}
		if (opts.gemeente && gemeente !== opts.gemeente) {
			P.add(problem({ file, line: curLine, lineWord, code: 'andere_gemeente', column: F.gemeente, value: gRaw, message: `gemeentecode ${quote(gRaw)} (${gemeente}) is een andere gemeente dan de gekozen ${opts.gemeente}; het record is niet geteld.`, fix: `Laat alleen records van ${opts.gemeente} in het bestand, of kies eerst de andere gemeente.` }));
			return;
		}
		const tRaw = v(ci.t);
		const type = typeOf(tRaw);
		if (!KNOWN_TYPES.has(type))
			P.add(problem({ file, line: curLine, lineWord, code: 'onbekend_type', column: F.type, value: tRaw, message: `TypeArrangementWmo ${quote(tRaw)} is geen code uit de WMOBUS-codelijst (01–18 of 88); het record telt niet mee.`, fix: 'Gebruik de tweecijferige typecode van seed 003 (bijvoorbeeld 01 voor hulp bij het huishouden).' }));
		const dates: Record<string, string> = {};
		for (const [key, i, label] of DATE_FIELDS) {
			const raw = v(i);
			if (raw === '') {
				if (key === 'b') {
					P.add(problem({ file, line: curLine, lineWord, code: 'datum', column: F.b, value: '', message: 'BegindatumWmo is leeg; het record is overgeslagen.', fix: 'Vul de begindatum in als JJJJMMDD, bijvoorbeeld 20240115.' }));
					return;
				}
				dates[key] = '';
				continue;
			}
			if (!isYmd(raw)) {
				P.add(problem({ file, line: curLine, lineWord, code: 'datum', column: label, value: raw, message: `${label} ${quote(raw)} is geen datum als JJJJMMDD (${dateHint(raw)}); het record is overgeslagen.`, fix: 'Schrijf datums als acht cijfers JJJJMMDD, bijvoorbeeld 20240115; stel in Excel de celopmaak in op "jjjjmmdd".' }));
				return;
			}
			dates[key] = raw;
		}
		if (dates.e && dates.e < dates.b)
			P.add(problem({ file, line: curLine, lineWord, code: 'eind_voor_begin', column: F.e, value: `${v(ci.b)} – ${v(ci.e)}`, message: `de einddatum ${v(ci.e)} ligt vóór de begindatum ${v(ci.b)}; het record telt niet mee.`, fix: 'Controleer of begin- en einddatum zijn verwisseld.' }));
		if (dates.ve && dates.vb && dates.ve < dates.vb)
			P.add(problem({ file, line: curLine, lineWord, code: 'eind_voor_begin', column: F.ve, value: `${v(ci.vb)} – ${v(ci.ve)}`, message: `de einddatum van de geldigheid ${v(ci.ve)} ligt vóór het begin ${v(ci.vb)}; het record telt niet mee.`, fix: 'Controleer BegingeldigheidWmo en EindgeldigheidWmo.' }));
		let consent = '';
		if (ci.c >= 0) {
			consent = v(ci.c);
			if (!(consent in TOESTEMMING))
				P.add(problem({ file, line: curLine, lineWord, code: 'toestemming', column: F.consent, value: consent, severity: 'waarschuwing', message: `ToestemmingWmo ${quote(consent)} is geen 1, 2 of 3; dit record geeft geen toestemming.`, fix: 'Gebruik 1 (alleen 1e halfjaar), 2 (alleen 2e halfjaar) of 3 (beide halfjaren).' }));
		}
		let wijk = '';
		const wRaw = ci.wk >= 0 && v(ci.wk) ? v(ci.wk) : ci.bu >= 0 ? v(ci.bu) : '';
		if (wRaw) {
			const w = wkOf(wRaw);
			if (!w) P.add(problem({ file, line: curLine, lineWord, code: 'wijk', value: wRaw, severity: 'waarschuwing', message: `wijk- of buurtcode ${quote(wRaw)} is geen WKxxxxxx- of BUxxxxxxxx-code; het record telt alleen voor de gemeente.`, fix: 'Gebruik de CBS-wijkcode (WK + 6 cijfers) of buurtcode (BU + 8 cijfers) van de indeling 2024.' }));
			else if (gemeenteOf(w) !== gemeente) P.add(problem({ file, line: curLine, lineWord, code: 'wijk_gemeente', value: wRaw, severity: 'waarschuwing', message: `wijk ${w} ligt niet in gemeente ${gemeente}; het record telt alleen voor de gemeente.`, fix: 'Controleer de wijk- of buurtcode.' }));
			else wijk = w;
		}
		const personKey = ci.rs >= 0 && v(ci.rs) ? `${v(ci.rs)}:${person}` : person;
		// persons become small integers: faster in DuckDB, and no pseudonym reaches the database
		const keyBytes = enc.encode(personKey);
		const person2 = persons.id(keyBytes, 0, keyBytes.length) + 1;
		const fin = cleanM(v(ci.fin));
		const reden = cleanM(v(ci.r));
		const consentOut = consent === '1' || consent === '2' || consent === '3' ? consent : ci.c >= 0 ? '0' : '';
		const toew = clean(v(ci.tw));
		const lev = cleanM(v(ci.lev));
		const typeS = cleanM(type);
		const key = `${person2},${typeS},${gemeente},${wijk},${dates.vb ?? ''},${dates.ve ?? ''},${dates.b},${dates.e ?? ''},${fin},${reden},${consentOut},${toew},${lev}`;
		if (!seen.add(rowHash.reset().str(key).value())) {
			P.add(problem({ file, line: curLine, lineWord, code: 'dubbel', severity: 'waarschuwing', value: f.join(src.separator ?? ';').slice(0, 80), message: 'dit record staat precies zo al eerder in het bestand; de kopie is niet geteld.', fix: 'Niets nodig; verwijder dubbele regels in de bron als dat kan.' }));
			return;
		}
		rid++;
		const yb = yearOf(dates.b);
		if (range.bFrom === null || yb < range.bFrom) range.bFrom = yb;
		const ye = dates.e ? yearOf(dates.e) : yb;
		if (range.eTo === null || ye > range.eTo) range.eTo = ye;
		if (dates.vb) {
			const y = yearOf(dates.vb);
			if (range.vbFrom === null || y < range.vbFrom) range.vbFrom = y;
		}
		if (dates.ve) {
			const y = yearOf(dates.ve);
			if (range.veTo === null || y > range.veTo) range.veTo = y;
		}
		gemeenten.set(gemeente, (gemeenten.get(gemeente) ?? 0) + 1);
		// gemeente and wijk as their digits (GM0344 → 344, WK034401 → 34401), unknown types as 0: see sql.ts
		out.int(person2).byte(44).int(KNOWN_TYPES.has(type) ? Number(type) : 0).byte(44).str(gemeente.slice(2)).byte(44);
		if (wijk) out.str(wijk.slice(2));
		out.byte(44).str(dates.vb ?? '').byte(44).str(dates.ve ?? '').byte(44).str(dates.b).byte(44).str(dates.e ?? '').byte(44);
		// financieringsvorm, reden and toewijzingsnummer are only compared for equality: numbered (see sql.ts)
		out.int(codes.fin.id(fin)).byte(44).int(codes.reden.id(reden)).byte(44).str(consentOut).byte(44).int(codes.toew.id(toew)).byte(44).str(lev).byte(10);
	};
	const ctx = { src, ci, gemeente: opts.gemeente, persons, seen, rowHash, codes, out, range, gemeenten, typeOf: cleanM, slowRow };
	const fast = opts.bytes ? readRowsFromBytes(opts.bytes, ctx) : null;
	if (fast) {
		read += fast.read;
		rid += fast.rows;
	} else src.each(slowRow);
	const problems: Problem[] = [...m.problems, ...P.finish(file)];
	if (gemeenten.size > 1 && !opts.gemeente)
		problems.push(problem({ file, code: 'meer_gemeenten', severity: 'info', message: `het bestand bevat records van ${gemeenten.size} gemeenten (${[...gemeenten.keys()].slice(0, 6).join(', ')}); ze zijn elk apart geteld.`, fix: 'Niets nodig als dat de bedoeling is.' }));
	if (rid === 0) {
		problems.push(problem({ file, code: 'geen_rijen', message: read ? `geen van de ${read} records is bruikbaar.` : 'het bestand heeft wel een kopregel maar geen records.', fix: 'Los de fouten hierboven op en laad het bestand opnieuw.' }));
		return { ok: false, problems };
	}
	return { ok: true, problems, value: { csv: out.bytes(), rows: rid, read, mapped: m.value, has, gemeenten: [...gemeenten.keys()].sort(), range } };
}
