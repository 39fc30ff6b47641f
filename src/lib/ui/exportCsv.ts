// CSV export for Dutch spreadsheet users: ';' as separator, ',' as decimal mark, no thousands
// separator, UTF-8 with BOM (so Excel reads "cliënten" correctly) and CRLF line ends.
// toCsv is pure; downloadCsv is the only function that touches the DOM. The wijk table's own
// export (the whole series, with provenance) is src/lib/export/csv.ts.

import { isNum } from '$lib/view/format';

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
