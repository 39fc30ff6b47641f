// Exports of tables and pictures (issue 14): XLSX, CSV and PNG from app-independent inputs.
// exceljs is only loaded (dynamic import) inside toXlsx/xlsxBlob, so importing this index costs
// nothing until the user asks for an Excel file. See README.md.
export type { ColumnKind, ExportCell, ExportColumn, ExportTable, Provenance } from './types';
export { provenanceLine, provenanceLines, provenanceRows } from './provenance';
export { XLSX_FORMATS, CSV_DIGITS, csvCell, csvNumber, csvText, neutraliseFormula } from './format';
export { toCsv, csvBlob, csvLines, CSV_MIME } from './csv';
export { toXlsx, xlsxBlob, buildWorkbook, XLSX_MIME } from './xlsx';
export { cleanSheetName, uniqueSheetNames, SOURCES_SHEET } from './sheet-names';
export { exportFilename, legendBandLayout, outputSize, wrapText } from './png-layout';
export { svgToPng, mapToPng, downloadBlob, canvasToPng, PNG_MIME } from './png';
