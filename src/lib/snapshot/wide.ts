// The columnar form of the wide snapshot tables (WideTable in schema.ts): building one, folding long
// rows into one (the data step's and the tests' form), and taking a subset of its entries.
import { AGE_BANDS, INDICATORS, type AgeBand, type IndicatorRow, type IndicatorTable, type PopulationRow, type PopulationTable, type WideTable } from './schema';

export const INDICATOR_COLUMNS = Object.keys(INDICATORS);

/** An empty table of `rows` entries: no level or code, year 0, every value missing. */
export function emptyWide<K extends string>(rows: number, keys: readonly K[]): WideTable<K> {
	const values = {} as Record<K, Float64Array>;
	for (const k of keys) values[k] = new Float64Array(rows).fill(NaN);
	return { rows, levels: [], codes: [], level: new Int32Array(rows).fill(-1), code: new Int32Array(rows).fill(-1), year: new Int32Array(rows), converted: new Uint8Array(rows), values };
}

/** A dictionary coder: the index of a string in `dict`, appended on first sight. */
export function coder(dict: string[]): (s: string) => number {
	const pos = new Map(dict.map((s, i) => [s, i]));
	return (s) => {
		let i = pos.get(s);
		if (i === undefined) pos.set(s, (i = dict.push(s) - 1));
		return i;
	};
}

/** The level and code of entry i (null where the file had none). */
export function levelAt(t: WideTable, i: number): string | null {
	return t.level[i] < 0 ? null : t.levels[t.level[i]];
}
export function codeAt(t: WideTable, i: number): string | null {
	return t.code[i] < 0 ? null : t.codes[t.code[i]];
}

interface LongRow {
	level: string;
	code: string;
	year: number;
	converted: boolean;
}

/** Long rows (one value each) folded into one entry per region × year, in order of first sight. */
function fold<K extends string, R extends LongRow>(rows: R[], keys: readonly K[], keyOf: (r: R) => K, valueOf: (r: R) => number | null): WideTable<K> {
	const at = new Map<string, number>();
	for (const r of rows) {
		const k = `${r.level}|${r.code}|${r.year}`;
		if (!at.has(k)) at.set(k, at.size);
	}
	const t = emptyWide(at.size, keys);
	const level = coder(t.levels);
	const code = coder(t.codes);
	for (const r of rows) {
		const i = at.get(`${r.level}|${r.code}|${r.year}`)!;
		t.level[i] = level(r.level);
		t.code[i] = code(r.code);
		t.year[i] = r.year;
		if (r.converted) t.converted[i] = 1;
		const v = valueOf(r);
		if (v !== null && Number.isFinite(v) && keys.includes(keyOf(r))) t.values[keyOf(r)][i] = v;
	}
	return t;
}

export function populationTable(rows: PopulationRow[]): PopulationTable {
	return fold(rows, AGE_BANDS, (r) => r.age_band as AgeBand, (r) => r.persons);
}

export function indicatorTable(rows: IndicatorRow[]): IndicatorTable {
	return fold(rows, INDICATOR_COLUMNS, (r) => r.indicator, (r) => r.value);
}

/** The entries for which `keep(i)` holds, as a new table sharing the dictionaries. */
export function whereWide<K extends string>(t: WideTable<K>, keep: (i: number) => boolean): WideTable<K> {
	const idx: number[] = [];
	for (let i = 0; i < t.rows; i++) if (keep(i)) idx.push(i);
	const values = {} as Record<K, Float64Array>;
	for (const k of Object.keys(t.values) as K[]) values[k] = Float64Array.from(idx, (i) => t.values[k][i]);
	const pick = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
		const out = make(idx.length);
		idx.forEach((i, j) => (out[j] = a[i]));
		return out;
	};
	return {
		rows: idx.length,
		levels: t.levels,
		codes: t.codes,
		level: pick(t.level, (n) => new Int32Array(n)),
		code: pick(t.code, (n) => new Int32Array(n)),
		year: pick(t.year, (n) => new Int32Array(n)),
		converted: pick(t.converted, (n) => new Uint8Array(n)),
		values
	};
}
