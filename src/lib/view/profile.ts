// Adapter: the indicator profile ("Kenmerken") of one region from the decoded snapshot tables, the
// latest year with values. Values stay numbers; the component formats them.
import { INDICATORS, type IndicatorUnit, type SnapshotTables } from '../snapshot/schema';

export interface RegionProfile {
	code: string;
	year: number;
	items: Array<{ indicator: string; label: string; value: number; unit: IndicatorUnit; converted: boolean }>;
	inhabitants: number | null;
}

export function regionProfile(tables: SnapshotTables, code: string): RegionProfile | null {
	const rows = tables.indicators.filter((r) => r.code === code && r.value !== null && r.indicator in INDICATORS);
	if (rows.length === 0) return null;
	const year = Math.max(...rows.map((r) => r.year));
	const items = rows
		.filter((r) => r.year === year)
		.sort((a, b) => a.indicator.localeCompare(b.indicator))
		.map((r) => ({ indicator: r.indicator, label: INDICATORS[r.indicator].label, value: r.value!, unit: r.unit, converted: r.converted }));
	const pop = tables.population.find((r) => r.code === code && r.year === year && r.age_band === 'totaal');
	return { code, year, items, inhabitants: pop?.persons ?? null };
}
