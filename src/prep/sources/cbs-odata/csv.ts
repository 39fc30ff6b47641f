// Reads and writes CSV the way the mirror's files are written: a header row, comma-separated,
// RFC 4180 quoting (e.g. "Nuenen, Gerwen en Nederwetten"), empty cells for null.

import type { MirrorRecord, MirrorValue } from './mapping';

function cell(value: MirrorValue | undefined): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: MirrorRecord[], columns: string[]): string {
	const lines = [columns.map((c) => cell(c)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
	return `${lines.join('\n')}\n`;
}

/** Union of column lists, keeping first-seen order. */
export function unionColumns(lists: string[][]): string[] {
	return [...new Set(lists.flat())];
}

/** Parses RFC 4180 CSV with a header row; cells stay text, empty cells become null. */
export function parseCsv(text: string): { columns: string[]; rows: MirrorRecord[] } {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') record.push(field), (field = '');
		else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			record.push(field);
			records.push(record);
			(field = ''), (record = []);
		} else field += ch;
	}
	if (field !== '' || record.length) record.push(field), records.push(record);
	const [columns = [], ...body] = records.filter((r) => !(r.length === 1 && r[0] === ''));
	const rows = body.map((r) => Object.fromEntries(columns.map((c, j) => [c, r[j] === undefined || r[j] === '' ? null : r[j]])));
	return { columns, rows };
}
