// Number formats per column kind: the Excel format codes for XLSX and the text for CSV.
// Excel format codes are locale-neutral (',' groups thousands, '.' marks decimals); Excel shows
// them with the reader's separators, so a Dutch Excel shows '#,##0' as 1.234 and '0.0%' as 4,5%.

import type { ColumnKind, ExportCell } from './types';

export const XLSX_FORMATS: Record<Exclude<ColumnKind, 'text'>, string> = {
	count: '#,##0',
	share: '0.0%',
	percent: '+0.0%;-0.0%;0.0%',
	number: '#,##0.00',
	euro: '[$€-413] #,##0'
};

/** Default decimals in a CSV, per kind (for share and percent: decimals of the percentage). */
export const CSV_DIGITS: Record<Exclude<ColumnKind, 'text'>, number> = {
	count: 0,
	share: 1,
	percent: 1,
	number: 2,
	euro: 2
};

export function isFiniteNumber(v: unknown): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

/** A plain decimal-comma number without thousands separators: Dutch Excel reads it as a number. */
export function decimalComma(n: number, digits: number): string {
	const f = Number(n.toFixed(digits));
	const s = (Object.is(f, -0) ? 0 : f).toFixed(digits);
	return s.replace('.', ',');
}

/**
 * The CSV text of a number of a given kind. Shares and changes become percentages with a '%'
 * ("4,5%"), which Dutch Excel turns back into the number 0,045 with a percent format.
 */
export function csvNumber(n: number, kind: Exclude<ColumnKind, 'text'>, digits = CSV_DIGITS[kind]): string {
	if (kind === 'share' || kind === 'percent') {
		const s = decimalComma(n * 100, digits);
		return kind === 'percent' && !s.startsWith('-') && /[1-9]/.test(s) ? `+${s}%` : `${s}%`;
	}
	return decimalComma(n, digits);
}

/**
 * Neutralise text a spreadsheet would run as a formula (starting with = + - @, tab or CR) by
 * prefixing an apostrophe, as OWASP advises for CSV injection.
 */
export function neutraliseFormula(s: string): string {
	return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** A CSV text field: formula-safe, quoted when it holds the separator, a quote or a line break. */
export function csvText(s: string, sep = ';'): string {
	const t = neutraliseFormula(s);
	return t.includes(sep) || /["\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** The CSV text of one cell in a column of `kind`; missing values and non-finite numbers are empty. */
export function csvCell(v: ExportCell | undefined, kind: ColumnKind, digits?: number, sep = ';'): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return '';
		if (kind === 'text') return csvText(String(v), sep);
		return csvNumber(v, kind, digits);
	}
	return csvText(v, sep);
}
