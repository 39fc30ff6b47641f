import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { FIRST_DATA_ROW, HEADER_ROW, TITLE_ROW, toXlsx, XLSX_MIME, xlsxBlob } from '../../../src/lib/export/xlsx';
import { XLSX_FORMATS } from '../../../src/lib/export/format';
import { provenance, series, wijken } from './fixtures';

async function readBack(buf: ArrayBuffer): Promise<ExcelJS.Workbook> {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(buf);
	return wb;
}

describe('toXlsx', () => {
	it('writes a sheet per table and a sheet "Bronnen", as a real XLSX (zip) file', async () => {
		const buf = await toXlsx([wijken, series], provenance);
		expect(buf).toBeInstanceOf(ArrayBuffer);
		expect(new Uint8Array(buf, 0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // "PK"
		const wb = await readBack(buf);
		// cleaned of [ ] / and cut to Excel's 31 characters
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Wijken', 'Gemeente reeks 2015 2023', 'Bronnen']);
	});

	it('keeps numbers as numbers, unrounded, with nl-NL number formats per column kind', async () => {
		const wb = await readBack(await toXlsx([wijken], provenance));
		const ws = wb.getWorksheet('Wijken')!;
		expect(ws.getCell(TITLE_ROW, 1).value).toBe(wijken.title);
		expect(ws.getRow(HEADER_ROW).values).toEqual([undefined, ...wijken.columns.map((c) => c.header)]);
		const all = [...wijken.rows, wijken.totalRow!];
		all.forEach((row, ri) => {
			wijken.columns.forEach((col, ci) => {
				const cell = ws.getCell(FIRST_DATA_ROW + ri, ci + 1);
				const want = row[ci];
				if (want === null) {
					expect(cell.value, `${ri},${ci}`).toBeNull();
				} else if (typeof want === 'number') {
					expect(cell.type).toBe(ExcelJS.ValueType.Number);
					expect(cell.value).toBe(want === 0 ? 0 : want); // exactly, not rounded
					expect(cell.numFmt).toBe(XLSX_FORMATS[col.kind as Exclude<typeof col.kind, 'text'>]);
				} else {
					expect(cell.type).toBe(ExcelJS.ValueType.String);
					expect(cell.value).toBe(want);
				}
			});
		});
		expect(ws.getCell(FIRST_DATA_ROW, 5).value).toBe(1301.4567891);
		expect(ws.getCell(FIRST_DATA_ROW, 3).numFmt).toBe('#,##0');
		expect(ws.getCell(FIRST_DATA_ROW, 4).numFmt).toBe('0.0%');
		// the formula-like name stays inert text, not a formula
		expect(ws.getCell(FIRST_DATA_ROW + 1, 2).formula).toBeUndefined();
		expect(ws.getCell(FIRST_DATA_ROW + 1, 2).value).toBe('=cmd|" /C calc"!A0');
		// total row in bold, then one empty row and the provenance lines
		const totalRow = FIRST_DATA_ROW + wijken.rows.length;
		expect(ws.getCell(totalRow, 1).font?.bold).toBe(true);
		expect(ws.getCell(totalRow + 1, 1).value).toBeNull();
		expect(String(ws.getCell(totalRow + 2, 1).value)).toMatch(/^Bron: CBS/);
		expect(String(ws.getCell(totalRow + 3, 1).value)).toMatch(/^Licentie: CC BY 4.0/);
		expect(String(ws.getCell(totalRow + 4, 1).value)).toContain('snapshot 29004f421e0b4677');
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
	});

	it('lists sources, licences, snapshot date and hash, model version and settings on "Bronnen"', async () => {
		const wb = await readBack(await toXlsx([wijken, series], { ...provenance, localData: true }));
		const ws = wb.getWorksheet('Bronnen')!;
		const pairs = new Map<string, unknown[]>();
		ws.eachRow((row) => {
			const k = String(row.getCell(1).value);
			pairs.set(k, [...(pairs.get(k) ?? []), row.getCell(2).value]);
		});
		expect(pairs.get('Bron')).toEqual(provenance.sources);
		expect(pairs.get('Licentie')).toEqual(provenance.licences);
		expect(pairs.get('Gegevensstand')).toEqual(['2026-12-02']);
		expect(pairs.get('Snapshot-hash')).toEqual(['29004f421e0b4677']);
		expect(pairs.get('Modelversie')).toEqual(['0.1.0']);
		expect(pairs.get('Eigen gegevens gebruikt')).toEqual(['ja']);
		expect(pairs.get('Modelinstelling: Prognosejaren')).toEqual([5]);
		expect(pairs.get('Wijken')).toEqual([wijken.title]);
	});

	it('gives a Blob with the XLSX media type', async () => {
		const blob = await xlsxBlob([series], provenance);
		expect(blob.type).toBe(XLSX_MIME);
		expect(blob.size).toBeGreaterThan(1000);
	});

	it('rejects a row wider than the columns', async () => {
		await expect(toXlsx([{ ...series, rows: [['2015', 1, 2]] }], provenance)).rejects.toThrow(/2 kolommen/);
	});
});
