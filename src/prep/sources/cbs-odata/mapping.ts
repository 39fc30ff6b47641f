// Maps CBS OData rows to the mirror's record layout: CBS keys lower-cased without the position
// suffix and without underscores (AantalInwoners_5 → aantalinwoners, k_65JaarOfOuder_12 →
// k65jaarofouder, WmoClienten_5 → wmoclienten), region codes trimmed ("WK036301  " → WK036301),
// dimension keys replaced by their titles (Financieringsvorm "T001029" → "Totaal") and periods
// written as the mirror writes them ("2019JJ00" → "2019", "2019HJ01" → "1e halfjaar 2019").
// Missing and secret cells stay null, never 0.

import type { CbsRow, CbsValue, DataProperty } from './format';

export type MirrorValue = string | number | null;
export type MirrorRecord = Record<string, MirrorValue>;

/** Mirror column names that differ from the plain rule. */
const RENAMES: Record<string, string> = { codering: 'codering_regio' };

/** AantalInwoners_5 → aantalinwoners; k_65JaarOfOuder_12 → k65jaarofouder; Codering_3 → codering_regio. */
export function mirrorKey(cbsKey: string): string {
	const plain = cbsKey.replace(/_\d+$/, '').replace(/_/g, '').toLowerCase();
	return RENAMES[plain] ?? plain;
}

/** CBS pads codes with spaces ("GM0363    "); the mirror does not. */
export function trimCode(value: CbsValue): string {
	return value === null ? '' : String(value).trim();
}

/**
 * A numeric cell as number or null. TypedDataSet gives numbers or null; UntypedDataSet gives padded
 * strings where "." (missing), "x" (secret) and other non-numbers mean "no value" → null, never 0.
 */
export function parseCbsNumber(value: CbsValue): number | null {
	if (value === null || typeof value === 'boolean') return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	const text = value.trim();
	if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
	return Number(text);
}

export interface CbsPeriod {
	year: number;
	half: number; // 0 = whole year, 1 or 2 = half-year
	perioden: string; // as in the mirror: '2019' or '1e halfjaar 2019'
	periodennum?: number; // half-years only, as in the mirror: 201901
}

/** "2019JJ00" → 2019; "2019HJ02" → second half of 2019; quarters and months → null. */
export function parsePeriod(key: string): CbsPeriod | null {
	const m = /^(\d{4})(JJ|HJ)(\d{2})$/.exec(key.trim());
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === 'JJ') return { year, half: 0, perioden: String(year) };
	const half = Number(m[3]);
	if (half !== 1 && half !== 2) return null;
	return { year, half, perioden: `${half}e halfjaar ${year}`, periodennum: year * 100 + half };
}

export interface TableStructure {
	geoKey?: string; // GeoDimension, e.g. WijkenEnBuurten, Wijken, RegioS
	timeKey?: string; // TimeDimension, e.g. Perioden
	dimensionKeys: string[]; // other dimensions, e.g. Financieringsvorm, TypeMaatwerkvoorziening
	topics: DataProperty[];
	keyMap: Record<string, string>; // CBS key → mirror key, collisions disambiguated
	units: Record<string, string>; // mirror key → CBS unit ('aantal', '%', ...)
}

/** Reads the table layout from its DataProperties. */
export function describeTable(props: DataProperty[]): TableStructure {
	const structure: TableStructure = { dimensionKeys: [], topics: [], keyMap: {}, units: {} };
	const taken = new Set<string>();
	const claim = (cbsKey: string, wanted: string) => {
		let key = wanted;
		if (taken.has(key)) key = `${wanted}_${cbsKey.match(/_(\d+)$/)?.[1] ?? cbsKey.toLowerCase()}`;
		taken.add(key);
		structure.keyMap[cbsKey] = key;
		return key;
	};
	for (const p of props) {
		if (p.Type === 'GeoDimension' && !structure.geoKey) {
			structure.geoKey = p.Key;
			claim(p.Key, 'codering_regio');
		} else if (p.Type === 'TimeDimension' && !structure.timeKey) {
			structure.timeKey = p.Key;
			claim(p.Key, 'perioden');
		} else if (p.Type === 'Dimension' || p.Type === 'GeoDimension' || p.Type === 'TimeDimension') {
			structure.dimensionKeys.push(p.Key);
			claim(p.Key, mirrorKey(p.Key));
		}
	}
	for (const p of props) {
		if (p.Type !== 'Topic') continue;
		structure.topics.push(p);
		const wanted = mirrorKey(p.Key);
		// Codering_3 repeats the region code of the geo dimension: same column, no duplicate.
		if (wanted === 'codering_regio' && structure.geoKey) {
			structure.keyMap[p.Key] = 'codering_regio';
			continue;
		}
		const key = claim(p.Key, wanted);
		if (p.Unit) structure.units[key] = p.Unit.trim();
	}
	return structure;
}

/** Titles of dimension members, per dimension key: { Financieringsvorm: { T001029: 'Totaal' } }. */
export type DimensionTitles = Record<string, Record<string, string>>;

/** One TypedDataSet row in the mirror's layout. */
export function mapRow(row: CbsRow, structure: TableStructure, titles: DimensionTitles = {}): MirrorRecord {
	const out: MirrorRecord = {};
	const topicType = new Map(structure.topics.map((t) => [t.Key, t.Datatype ?? '']));
	for (const [cbsKey, value] of Object.entries(row)) {
		if (cbsKey === 'ID') continue;
		const key = structure.keyMap[cbsKey] ?? mirrorKey(cbsKey);
		if (cbsKey === structure.geoKey) {
			out.codering_regio = trimCode(value);
		} else if (cbsKey === structure.timeKey) {
			const period = parsePeriod(trimCode(value));
			out.perioden = period?.perioden ?? trimCode(value);
			if (period?.periodennum !== undefined) {
				out.interval = period.year;
				out.periodennum = period.periodennum;
			}
		} else if (structure.dimensionKeys.includes(cbsKey)) {
			const code = trimCode(value);
			out[key] = titles[cbsKey]?.[code]?.trim() ?? code;
		} else if (key === 'codering_regio') {
			if (out.codering_regio === undefined || out.codering_regio === '') out.codering_regio = trimCode(value);
		} else if (topicType.get(cbsKey) === 'String' || (typeof value === 'string' && !topicType.has(cbsKey))) {
			const text = trimCode(value);
			out[key] = text === '' ? null : text;
		} else {
			out[key] = parseCbsNumber(value);
		}
	}
	return out;
}

/** Level of a region code in the mirror: 'wijk', 'gemeente', or null for buurten and the rest. */
export function regionLevel(code: string): 'wijk' | 'gemeente' | null {
	if (/^WK\d{4}[0-9A-Z]{2}$/.test(code)) return 'wijk'; // Amsterdam uses letters since 2022 (WK0363AA)
	if (/^GM\d{4}$/.test(code)) return 'gemeente';
	return null;
}
