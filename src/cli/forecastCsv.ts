// The forecast export of SPEC.md: the CSV columns the maintainers score, one decimal.
import type { ForecastRow } from '../lib/model';

export const CSV_COLUMNS = ['level', 'code', 'category', 'year', 'forecast', 'lower', 'upper', 'reliability'] as const;

function cell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(1);
	return String(v);
}

export function toCsv(rows: ForecastRow[]): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const r of rows) lines.push(CSV_COLUMNS.map((c) => cell(r[c])).join(','));
	return lines.join('\n') + '\n';
}
