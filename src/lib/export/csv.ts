// CSV as Dutch Excel opens it: ';' separator, decimal comma, no thousands separator, UTF-8 with
// BOM (so "cliënten" reads right), CRLF line ends, formula-safe text. The whole table the caller
// passes (every column, so the whole series), then its total row, then an empty line and the
// source, licence and provenance lines.

import { csvCell, csvText } from './format';
import { provenanceLines } from './provenance';
import type { ExportTable, Provenance } from './types';

export const BOM = '\uFEFF';
export const SEP = ';';
export const CRLF = '\r\n';
export const CSV_MIME = 'text/csv;charset=utf-8';

function line(cells: readonly string[]): string {
	return cells.join(SEP);
}

/** The rows of a table as CSV lines, without BOM and footer. */
export function csvLines(table: ExportTable): string[] {
	const { columns } = table;
	const width = columns.length;
	const row = (r: readonly (string | number | null)[]) => {
		if (r.length > width) throw new Error(`Rij met ${r.length} cellen in tabel „${table.title}” met ${width} kolommen.`);
		return line(columns.map((c, i) => csvCell(r[i], c.kind, c.digits, SEP)));
	};
	const out = [line(columns.map((c) => csvText(c.header, SEP)))];
	for (const r of table.rows) out.push(row(r));
	if (table.totalRow) out.push(row(table.totalRow));
	return out;
}

/** The complete CSV text of one table, with BOM, CRLF line ends and the provenance footer. */
export function toCsv(table: ExportTable, provenance: Provenance): string {
	const footer = [table.title, ...provenanceLines(provenance)].map((l) => csvText(l, SEP));
	return BOM + [...csvLines(table), '', ...footer].join(CRLF) + CRLF;
}

/** The CSV as a Blob for download. */
export function csvBlob(table: ExportTable, provenance: Provenance): Blob {
	return new Blob([toCsv(table, provenance)], { type: CSV_MIME });
}
