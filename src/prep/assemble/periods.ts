// Per-period bookkeeping shared by the client steps: grouping records by period and the coverage
// line each converted period adds to the manifest.

import type { Category } from '../../lib/snapshot/schema';
import type { Conservation } from '../convert/conservation';
import type { TargetCell } from '../convert/convertToIndeling';
import { periodLabel, type PeriodKey } from './clients';

export interface PeriodStats {
	level: string;
	category: Category;
	period: string;
	observed: number;
	missing: number;
	converted: number;
	conservation?: Conservation;
	derived?: boolean;
}

/** Records grouped by period label, sorted, so every step emits periods in the same order. */
export function groupByPeriod<R extends { year: number; half: number }>(records: R[]): Map<string, { p: PeriodKey; records: R[] }> {
	const out = new Map<string, { p: PeriodKey; records: R[] }>();
	for (const r of records) {
		const key = periodLabel(r);
		let g = out.get(key);
		if (!g) out.set(key, (g = { p: { year: r.year, half: r.half }, records: [] }));
		g.records.push(r);
	}
	return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

export function periodStats(level: string, category: Category, p: PeriodKey, cells: Map<string, TargetCell>, extra: Partial<PeriodStats> = {}): PeriodStats {
	let observed = 0, converted = 0;
	for (const c of cells.values()) {
		if (c.status === 'observed') {
			observed++;
			if (c.converted) converted++;
		}
	}
	return { level, category, period: periodLabel(p), observed, missing: cells.size - observed, converted, ...extra };
}
