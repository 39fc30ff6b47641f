// Turns mapped API records (mirror layout, see mapping.ts) into canonical snapshot rows in the
// SOURCE year's indeling; conversion to the target indeling happens later in the shared pipeline.
// The KWB arithmetic is the shared builder in src/prep/canonical/kwbRecord.ts, so API and mirror
// records give identical rows. What only the API knows is added here: the unit of every topic
// (DataProperties "Unit"), used to turn percentage age/marital groups into counts before the
// builder sees them, and the gemeente rows of a Wmo table, used to tell "not delivered" apart
// from "suppressed".

import { INDICATORS } from '../../../lib/snapshot/schema';
import type { AgeBand, Category, ClientRow, ClientStatus, IndicatorRow, PopulationRow } from '../../../lib/snapshot/schema';
import {
	indicatorsFromComponents,
	kwbComponents,
	populationFromComponents,
	wmoCell,
	type KwbRecord
} from '../../canonical/kwbRecord';
import { regionLevel, type MirrorRecord } from './mapping';

/** Wmo dimension columns (mirror keys) that carry the client category. */
const CATEGORY_COLUMNS = ['typemaatwerkvoorziening', 'typemaatwerkarrangement', 'financieringsvorm'] as const;

/** Category of a dimension title; null for titles that are no category (e.g. "Uitsluitend pgb"). */
export function categoryFromTitle(column: string, title: string): Category | null {
	const t = title.trim().toLowerCase();
	if (t.startsWith('totaal')) return 'totaal';
	if (column === 'financieringsvorm') return null; // only its total is a client count we use
	if (t.includes('huishouden')) return 'hulp_bij_het_huishouden';
	if (t.includes('ondersteuning')) return 'ondersteuning_thuis';
	if (t.includes('hulpmiddel')) return 'hulpmiddelen_en_diensten';
	if (t.includes('verblijf')) return 'verblijf_en_opvang';
	return null;
}

/** '2019' → year period; '1e halfjaar 2019' → '2019H1'. */
export function periodOf(perioden: string): { period: string; year: number; half: number } | null {
	const year = /^(\d{4})$/.exec(perioden.trim());
	if (year) return { period: year[1], year: Number(year[1]), half: 0 };
	const half = /^([12])e halfjaar (\d{4})$/.exec(perioden.trim());
	if (half) return { period: `${half[2]}H${half[1]}`, year: Number(half[2]), half: Number(half[1]) };
	return null;
}

function categoryOf(rec: MirrorRecord): Category | null {
	for (const column of CATEGORY_COLUMNS) {
		const v = rec[column];
		if (typeof v === 'string') return categoryFromTitle(column, v);
	}
	return 'totaal'; // a table without a category dimension counts all clients
}

const gemeenteOf = (code: string) => (code.startsWith('GM') ? code : `GM${code.slice(2, 6)}`);

/**
 * ClientRows of Wmo records. An empty wijk cell is `suppressed` when its gemeente has a count for
 * the same category and period, `not_delivered` when the gemeente row is empty or absent (only if
 * the table has gemeente rows at all); an empty gemeente cell is `not_delivered`.
 */
export function clientRowsFromWmo(records: MirrorRecord[]): ClientRow[] {
	type Cell = { level: 'wijk' | 'gemeente'; code: string; category: Category; p: NonNullable<ReturnType<typeof periodOf>>; clients: number | null };
	const cells: Cell[] = [];
	for (const rec of records) {
		const code = typeof rec.codering_regio === 'string' ? rec.codering_regio : '';
		const level = regionLevel(code);
		const category = categoryOf(rec);
		const p = periodOf(String(rec.perioden ?? ''));
		if (!level || !category || !p) continue;
		const v = rec.wmoclienten;
		cells.push({ level, code, category, p, clients: typeof v === 'number' ? v : null });
	}
	const hasGemeenten = cells.some((c) => c.level === 'gemeente');
	const gemeenteCount = new Map<string, number | null>();
	for (const c of cells) if (c.level === 'gemeente') gemeenteCount.set(`${c.code}|${c.category}|${c.p.period}`, c.clients);

	return cells.map((c) => {
		let { value, status } = wmoCell(c.clients);
		if (value === null) {
			const gm = gemeenteCount.get(`${gemeenteOf(c.code)}|${c.category}|${c.p.period}`);
			const delivered = c.level === 'wijk' && (!hasGemeenten || (gm !== undefined && gm !== null));
			status = (delivered ? 'suppressed' : 'not_delivered') satisfies ClientStatus;
		}
		return {
			level: c.level,
			code: c.code,
			category: c.category,
			period: c.p.period,
			year: c.p.year,
			half: c.p.half,
			clients: value,
			status,
			converted: false
		};
	});
}

/** Groups that partition the inhabitants; older KWB tables give them as percentages. */
const INHABITANT_GROUPS = [
	'k0tot15jaar',
	'k15tot25jaar',
	'k25tot45jaar',
	'k45tot65jaar',
	'k65jaarofouder',
	'ongehuwd',
	'gehuwd',
	'gescheiden',
	'verweduwd'
];

/**
 * The numeric part of a KWB record as the shared builder expects it. Where DataProperties says a
 * group is in '%', it becomes persons (share × inhabitants), so the builder needs no guessing.
 */
export function kwbRecordForBuilder(rec: MirrorRecord, units: Record<string, string> = {}): KwbRecord {
	const out: KwbRecord = {};
	for (const [k, v] of Object.entries(rec)) if (typeof v === 'number' || v === null) out[k] = v;
	const inwoners = typeof rec.aantalinwoners === 'number' ? rec.aantalinwoners : null;
	for (const k of INHABITANT_GROUPS) {
		const v = out[k];
		if (units[k] === '%' && typeof v === 'number') out[k] = inwoners === null ? null : (v / 100) * inwoners;
	}
	return out;
}

/** PopulationRows and IndicatorRows of KWB records for `year` (wijken and gemeenten only). */
export function kwbToCanonical(
	records: MirrorRecord[],
	year: number,
	units: Record<string, string> = {}
): { population: PopulationRow[]; indicators: IndicatorRow[] } {
	const population: PopulationRow[] = [];
	const indicators: IndicatorRow[] = [];
	for (const rec of records) {
		const code = typeof rec.codering_regio === 'string' ? rec.codering_regio : '';
		const level = regionLevel(code);
		if (!level) continue;
		const components = kwbComponents(kwbRecordForBuilder(rec, units));
		const bands = populationFromComponents(components);
		for (const [band, persons] of Object.entries(bands) as [AgeBand, number | null][]) {
			population.push({ level, code, year, age_band: band, persons, converted: false });
		}
		for (const [indicator, r] of Object.entries(indicatorsFromComponents(components))) {
			indicators.push({ level, code, year, indicator, value: r.value, unit: INDICATORS[indicator].unit, converted: false });
		}
	}
	return { population, indicators };
}
