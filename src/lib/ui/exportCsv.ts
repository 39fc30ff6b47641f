// CSV export for Dutch spreadsheet users: ';' as separator, ',' as decimal mark, no thousands
// separator, UTF-8 with BOM (so Excel reads "cliënten" correctly) and CRLF line ends.
// toCsv and wijkTableCsv are pure; downloadCsv is the only function that touches the DOM.

import { isNum, roundForecast } from '$lib/view/format';
import { RELIABILITY_LABELS } from './reliability';
import type { WijkRow } from '$lib/view/types';

export const BOM = '\uFEFF';
export const SEP = ';';

export type CsvValue = string | number | null | undefined;
export interface CsvColumn<T> {
	header: string;
	value: (row: T) => CsvValue;
}

/** A number with a decimal comma and at most `digits` decimals; "" for missing. */
export function csvNumber(n: number | null | undefined, digits = 2): string {
	if (!isNum(n)) return '';
	const f = Number(n.toFixed(digits));
	return String(f === 0 ? 0 : f).replace('.', ',');
}

/** Quote a text field when needed and neutralise spreadsheet formulas (=, +, -, @ at the start). */
export function csvText(s: string): string {
	let t = s;
	if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
	if (/[";\r\n]/.test(t)) t = `"${t.replace(/"/g, '""')}"`;
	return t;
}

function cell(v: CsvValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return csvNumber(v);
	return csvText(v);
}

/** The CSV text (with BOM) of rows under the given columns. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const lines = [columns.map((c) => csvText(c.header)).join(SEP)];
	for (const r of rows) lines.push(columns.map((c) => cell(c.value(r))).join(SEP));
	return BOM + lines.join('\r\n') + '\r\n';
}

/** Percent points with one decimal from a fraction: 0.0452 → 4.5 (written "4,5"). */
function pct(v: number | null | undefined): number | null {
	return isNum(v) ? Math.round(v * 1000) / 10 : null;
}

function whole(v: number | null | undefined): number | null {
	return isNum(v) ? Math.round(v) : null;
}

function rounded(v: number | null | undefined): number | null {
	return isNum(v) ? roundForecast(v) : null;
}

/** The columns of the wijk table export; empty cells are suppressed, undelivered or no forecast. */
export function wijkTableColumns(year: number, nameLabel = 'Wijk', observedYear?: number): CsvColumn<WijkRow>[] {
	const forecastYear = !observedYear || year > observedYear;
	return [
		{ header: 'Code', value: (r) => (r.kind ? '' : r.code) },
		{ header: nameLabel, value: (r) => r.name },
		{ header: 'Cliënten laatste telling', value: (r) => whole(r.clients) },
		{ header: 'Jaar laatste telling', value: (r) => r.clientsYear ?? null },
		{ header: 'Aandeel inwoners laatste telling (%)', value: (r) => pct(r.share) },
		...(forecastYear
			? [
					{ header: `Prognose ${year} (afgerond)`, value: (r: WijkRow) => rounded(r.forecast) },
					{ header: `Ondergrens 80%-interval ${year}`, value: (r: WijkRow) => rounded(r.lower) },
					{ header: `Bovengrens 80%-interval ${year}`, value: (r: WijkRow) => rounded(r.upper) },
					{ header: `Verandering ${observedYear ?? ''}–${year} (%)`, value: (r: WijkRow) => pct(r.change) },
					{ header: 'Betrouwbaarheid', value: (r: WijkRow) => (r.kind ? '' : RELIABILITY_LABELS[r.reliability]) }
				]
			: [{ header: `Cliënten ${year}`, value: (r: WijkRow) => whole(r.forecast) }]),
		{ header: 'Geschat', value: (r) => (r.estimated ? 'ja' : '') }
	];
}

export function wijkTableCsv(rows: readonly WijkRow[], year: number, nameLabel = 'Wijk', observedYear?: number): string {
	return toCsv(rows, wijkTableColumns(year, nameLabel, observedYear)).replace(/\r\n$/, '') + `\r\n${SOURCE_LINE}\r\n`;
}

/** Under every export: where the figures come from and under which licence. */
export const SOURCE_LINE = 'Bron: CBS (StatLine), bewerking Wmo Vooruitblik; CC BY 4.0; cijfers omgerekend naar de wijkindeling 2024: CC BY-NC-SA 4.0';

/** Offer CSV text as a file download (browser only; a no-op elsewhere). */
export function downloadCsv(filename: string, csv: string): void {
	if (typeof document === 'undefined') return;
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename.endsWith('.csv') ? filename : `${filename}.csv`;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
