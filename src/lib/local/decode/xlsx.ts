// XLSX via exceljs, loaded only when a spreadsheet is uploaded. The sheet whose header matches the
// expected columns best is used (not necessarily the first), and the result says which.

export interface Sheet {
	name: string;
	/** all non-empty rows as strings, with their 1-based row number */
	rows: Array<{ row: number; cells: string[] }>;
}

function pad(n: number, w = 2): string {
	return String(n).padStart(w, '0');
}

/** A cell as text: dates as JJJJMMDD, numbers as JS writes them, rich text and formulas by value. */
export function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return `${v.getUTCFullYear()}${pad(v.getUTCMonth() + 1)}${pad(v.getUTCDate())}`;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (typeof v === 'string') return v;
	if (typeof v === 'object') {
		const o = v as Record<string, unknown>;
		if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((r) => r.text).join('');
		if ('result' in o) return cellText(o.result);
		if ('text' in o) return String(o.text);
		if ('error' in o) return '';
	}
	return String(v);
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
	const mod = (await import('exceljs')) as unknown as { default?: { Workbook: new () => unknown }; Workbook?: new () => unknown };
	const Workbook = (mod.Workbook ?? mod.default?.Workbook)!;
	const wb = new Workbook() as {
		xlsx: { load(b: ArrayBuffer): Promise<unknown> };
		worksheets: Array<{ name: string; eachRow(opts: { includeEmpty: boolean }, cb: (row: { values: unknown[] }, n: number) => void): void }>;
	};
	const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	await wb.xlsx.load(ab);
	return wb.worksheets.map((ws) => {
		const rows: Sheet['rows'] = [];
		ws.eachRow({ includeEmpty: false }, (r, n) => {
			const vals = Array.isArray(r.values) ? r.values.slice(1) : [];
			const cells = Array.from(vals, (v) => cellText(v).trim());
			if (cells.some((c) => c !== '')) rows.push({ row: n, cells });
		});
		return { name: ws.name, rows };
	});
}

/** Writes rows to an XLSX workbook (for templates); returns the bytes. */
export async function writeXlsx(sheetName: string, rows: string[][]): Promise<Uint8Array> {
	const mod = (await import('exceljs')) as unknown as { default?: { Workbook: new () => unknown }; Workbook?: new () => unknown };
	const Workbook = (mod.Workbook ?? mod.default?.Workbook)!;
	const wb = new Workbook() as { addWorksheet(n: string): { addRow(r: unknown[]): void }; xlsx: { writeBuffer(): Promise<ArrayBuffer> } };
	const ws = wb.addWorksheet(sheetName);
	for (const r of rows) ws.addRow(r);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
