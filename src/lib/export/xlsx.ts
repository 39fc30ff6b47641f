// XLSX with exceljs: one sheet per table, real numbers (the unrounded values, formatted with
// Excel number codes that Dutch Excel shows as 1.234 and 4,5%), a title row, a bold header row
// that stays in view, the total row in bold, a provenance line under each table, and a sheet
// "Bronnen" with sources, licences, snapshot date and hash, model version and settings.
//
// exceljs is loaded with a dynamic import only when an export is asked for, so it never weighs on
// the first forecast. Text cells are stored as strings, which Excel never evaluates, so formula
// injection is not possible here (the CSV neutralises it instead).

import type { Workbook, Worksheet } from 'exceljs';
import { XLSX_FORMATS } from './format';
import { APP_NAME, provenanceLine, provenanceLines, provenanceRows } from './provenance';
import { SOURCES_SHEET, uniqueSheetNames } from './sheet-names';
import type { ExportCell, ExportTable, Provenance } from './types';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows of each sheet: title, header, data..., total?, empty, provenance lines. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

type ExcelJsModule = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJsModule> {
	const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
	// The browser build is UMD: Vite exposes it as the default export; Node's CJS build has both.
	return mod.default?.Workbook ? mod.default : mod;
}

function cellValue(v: ExportCell | undefined): string | number | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	return v;
}

/** A column width in characters from its header and values (Excel's unit is about one character). */
function widthOf(header: string, values: ExportCell[], numeric: boolean): number {
	let w = header.length;
	for (const v of values) {
		const len = typeof v === 'number' ? (numeric ? 10 : String(v).length) : v === null ? 0 : v.length;
		if (len > w) w = len;
	}
	return Math.min(60, Math.max(8, w + 2));
}

function writeTable(ws: Worksheet, table: ExportTable, provenance: Provenance): void {
	const { columns } = table;
	ws.getCell(TITLE_ROW, 1).value = table.title;
	ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 };
	const header = ws.getRow(HEADER_ROW);
	columns.forEach((c, i) => {
		const cell = header.getCell(i + 1);
		cell.value = c.header;
		cell.font = { bold: true };
		cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: c.kind === 'text' ? 'left' : 'right' };
		cell.border = { bottom: { style: 'thin' } };
	});
	const all = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
	all.forEach((r, ri) => {
		if (r.length > columns.length) throw new Error(`Rij met ${r.length} cellen in tabel „${table.title}” met ${columns.length} kolommen.`);
		const row = ws.getRow(FIRST_DATA_ROW + ri);
		columns.forEach((c, ci) => {
			const cell = row.getCell(ci + 1);
			cell.value = cellValue(r[ci]);
			if (c.kind !== 'text') cell.numFmt = XLSX_FORMATS[c.kind];
		});
		if (table.totalRow && ri === all.length - 1) {
			row.font = { bold: true };
			columns.forEach((_, ci) => (row.getCell(ci + 1).border = { top: { style: 'thin' } }));
		}
	});
	columns.forEach((c, ci) => {
		ws.getColumn(ci + 1).width = widthOf(c.header, all.map((r) => r[ci] ?? null), c.kind !== 'text');
	});
	const last = FIRST_DATA_ROW + all.length; // one empty row, then the provenance
	provenanceLines(provenance).forEach((l, i) => {
		const cell = ws.getCell(last + 1 + i, 1);
		cell.value = l;
		cell.font = { italic: true, size: 9 };
	});
	ws.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }];
	if (columns.length) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + table.rows.length, column: columns.length } };
}

function writeSources(ws: Worksheet, tables: readonly ExportTable[], names: readonly string[], provenance: Provenance): void {
	ws.getCell(1, 1).value = `${APP_NAME} – bronnen en herkomst`;
	ws.getCell(1, 1).font = { bold: true, size: 13 };
	let r = 3;
	for (const [label, value] of provenanceRows(provenance)) {
		ws.getCell(r, 1).value = label;
		ws.getCell(r, 1).font = { bold: true };
		ws.getCell(r, 2).value = value;
		r++;
	}
	r++;
	ws.getCell(r, 1).value = 'Tabbladen';
	ws.getCell(r, 1).font = { bold: true };
	r++;
	tables.forEach((t, i) => {
		ws.getCell(r, 1).value = names[i];
		ws.getCell(r, 2).value = t.title;
		r++;
	});
	r++;
	ws.getCell(r, 1).value = provenanceLine(provenance);
	ws.getCell(r, 1).font = { italic: true, size: 9 };
	ws.getColumn(1).width = 34;
	ws.getColumn(2).width = 90;
}

/** Build the workbook (exported for tests and for callers that add sheets). */
export async function buildWorkbook(tables: readonly ExportTable[], provenance: Provenance): Promise<Workbook> {
	const ExcelJS = await loadExcelJs();
	const wb = new ExcelJS.Workbook();
	wb.creator = APP_NAME;
	if (provenance.exportedAt) {
		const d = new Date(provenance.exportedAt);
		if (!Number.isNaN(d.getTime())) wb.created = wb.modified = d;
	}
	const names = uniqueSheetNames(tables.map((t) => t.sheet));
	tables.forEach((t, i) => writeTable(wb.addWorksheet(names[i]), t, provenance));
	writeSources(wb.addWorksheet(SOURCES_SHEET), tables, names, provenance);
	return wb;
}

/** The XLSX file as bytes. */
export async function toXlsx(tables: readonly ExportTable[], provenance: Provenance): Promise<ArrayBuffer> {
	const wb = await buildWorkbook(tables, provenance);
	const out = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
	if (out instanceof ArrayBuffer) return out;
	return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** The XLSX file as a Blob for download. */
export async function xlsxBlob(tables: readonly ExportTable[], provenance: Provenance): Promise<Blob> {
	return new Blob([await toXlsx(tables, provenance)], { type: XLSX_MIME });
}
