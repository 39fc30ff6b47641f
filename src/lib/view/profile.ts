// Adapter: the indicator profile ("Kenmerken") of one region from the decoded snapshot tables (the
// indicator columns), the latest year with values. Values stay numbers; the component formats them.
import { INDICATORS, type IndicatorUnit, type SnapshotTables } from '../snapshot/schema';
import { INDICATOR_COLUMNS } from '../snapshot/wide';

export interface RegionProfile {
	code: string;
	year: number;
	items: Array<{ indicator: string; label: string; value: number; unit: IndicatorUnit; converted: boolean }>;
	inhabitants: number | null;
}

export function regionProfile(tables: SnapshotTables, code: string): RegionProfile | null {
	const ind = tables.indicators;
	const c = ind.codes.indexOf(code);
	const entries: number[] = [];
	for (let i = 0; i < ind.rows; i++) if (ind.code[i] === c && c >= 0) entries.push(i);
	const has = (i: number) => INDICATOR_COLUMNS.some((id) => !Number.isNaN(ind.values[id][i]));
	const withValues = entries.filter(has);
	if (withValues.length === 0) return null;
	const year = Math.max(...withValues.map((i) => ind.year[i]));
	const items = withValues
		.filter((i) => ind.year[i] === year)
		.flatMap((i) => INDICATOR_COLUMNS.filter((id) => !Number.isNaN(ind.values[id][i])).map((id) => ({ id, i })))
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ id, i }) => ({ indicator: id, label: INDICATORS[id].label, value: ind.values[id][i], unit: INDICATORS[id].unit, converted: ind.converted[i] === 1 }));
	const pop = tables.population;
	const p = pop.codes.indexOf(code);
	let inhabitants: number | null = null;
	for (let i = 0; i < pop.rows && p >= 0; i++) {
		if (pop.code[i] === p && pop.year[i] === year && !Number.isNaN(pop.values.totaal[i])) {
			inhabitants = pop.values.totaal[i];
			break;
		}
	}
	return { code, year, items, inhabitants };
}
