// One entry for every upload: size limit, empty file, CSV (encoding, separator) or XLSX (sheet
// choice), into a table source the three kinds read the same way.
import { ENCODING_LABELS, decodeText } from './text';
import { SEPARATOR_LABELS, detectSeparator, eachCsvRow, type Separator } from './csv';
import { readXlsx } from './xlsx';
import { problem } from '../problems';
import type { LocalKind, Problem, Result } from '../types';

export const SIZE_LIMITS: Record<LocalKind, number> = {
	records: 200 * 1024 * 1024,
	population: 5 * 1024 * 1024,
	counts: 5 * 1024 * 1024
};

export function limitLabel(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export interface TableSource {
	fileName: string;
	header: string[];
	headerLine: number;
	/** 'regel' (CSV line) or 'rij' (spreadsheet row) */
	lineWord: 'regel' | 'rij';
	encoding: string;
	separator?: Separator;
	sheet?: string;
	/** streams every data row (not the header) with its line or row number */
	each(cb: (fields: string[], line: number) => void): void;
}

export interface UploadFile {
	name: string;
	bytes: Uint8Array;
}

/** Reads the file; `scoreHeader` counts how many expected columns a header holds (for sheet choice). */
export async function readTable(file: UploadFile, kind: LocalKind, scoreHeader: (header: string[]) => number): Promise<Result<TableSource>> {
	const { name, bytes } = file;
	const limit = SIZE_LIMITS[kind];
	if (bytes.byteLength > limit)
		return {
			ok: false,
			problems: [
				problem({
					code: 'te_groot',
					file: name,
					value: `${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB`,
					message: `het bestand is ${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB; de grens voor dit soort bestand is ${limitLabel(limit)}.`,
					fix: `Splits het bestand (bijvoorbeeld per jaar) in delen kleiner dan ${limitLabel(limit)}, of laat overbodige kolommen weg.`
				})
			]
		};
	if (bytes.byteLength === 0 || isBlank(bytes))
		return {
			ok: false,
			problems: [problem({ code: 'leeg', file: name, message: 'het bestand is leeg.', fix: 'Kies het juiste bestand, of download het sjabloon en vul het in.' })]
		};
	const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (isZip || /\.xlsx$/i.test(name)) return readSpreadsheet(file, scoreHeader);
	return readCsv(file);
}

function isBlank(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 4096);
	for (let i = 0; i < n; i++) if (![0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf, 0x3b, 0x2c].includes(bytes[i])) return false;
	return bytes.length <= 4096;
}

function readCsv(file: UploadFile): Result<TableSource> {
	const problems: Problem[] = [];
	const dec = decodeText(file.bytes);
	if (dec.encoding === 'windows-1252')
		problems.push(
			problem({
				code: 'codering',
				file: file.name,
				severity: 'info',
				message: 'het bestand is geen geldige UTF-8 en is gelezen als Windows-1252 (de codering van Excel op Windows).',
				fix: 'Niets nodig als namen met ë of é goed worden getoond; anders: sla op als "CSV UTF-8".'
			})
		);
	if (dec.mojibake)
		problems.push(
			problem({
				code: 'codering',
				file: file.name,
				severity: 'waarschuwing',
				message: 'de tekst bevat tekens als "Ã©" in plaats van "é": het bestand is twee keer omgezet naar UTF-8.',
				fix: 'Exporteer het bestand opnieuw uit de bron en sla het één keer op als "CSV UTF-8".'
			})
		);
	const text = dec.text;
	const sep = detectSeparator(text);
	let header: string[] | null = null;
	let headerLine = 1;
	eachCsvRow(text, sep, (f, line) => {
		header = f.map((h) => h.trim());
		headerLine = line;
		return false;
	});
	if (!header)
		return { ok: false, problems: [problem({ code: 'leeg', file: file.name, message: 'het bestand bevat geen regels.', fix: 'Kies het juiste bestand, of download het sjabloon en vul het in.' })] };
	const h: string[] = header;
	if (h.length < 2)
		return {
			ok: false,
			problems: [
				...problems,
				problem({
					code: 'kolommen',
					file: file.name,
					line: headerLine,
					value: h[0],
					message: `de kopregel heeft maar één kolom ("${(h[0] ?? '').slice(0, 60)}"); het scheidingsteken is niet herkend.`,
					fix: 'Gebruik een puntkomma (;), komma (,) of tab tussen de kolommen, met de kolomnamen op de eerste regel.'
				})
			]
		};
	return {
		ok: true,
		problems,
		value: {
			fileName: file.name,
			header: h,
			headerLine,
			lineWord: 'regel',
			encoding: ENCODING_LABELS[dec.encoding],
			separator: sep,
			each(cb) {
				eachCsvRow(text, sep, (f, line) => {
					if (line !== headerLine) cb(f, line);
				});
			}
		}
	};
}

async function readSpreadsheet(file: UploadFile, scoreHeader: (header: string[]) => number): Promise<Result<TableSource>> {
	let sheets;
	try {
		sheets = await readXlsx(file.bytes);
	} catch (e) {
		return {
			ok: false,
			problems: [
				problem({
					code: 'xlsx',
					file: file.name,
					message: `het bestand kon niet als Excel-werkmap (XLSX) worden gelezen (${(e as Error).message}).`,
					fix: 'Sla het bestand in Excel op als "Excel-werkmap (.xlsx)" of als "CSV UTF-8", en probeer opnieuw.'
				})
			]
		};
	}
	let best: { name: string; rows: Array<{ row: number; cells: string[] }>; score: number; headerIdx: number; index: number } | null = null;
	sheets.forEach((s, index) => {
		for (let i = 0; i < Math.min(10, s.rows.length); i++) {
			const score = scoreHeader(s.rows[i].cells);
			if (!best || score > best.score) best = { name: s.name, rows: s.rows, score, headerIdx: i, index };
		}
	});
	const chosen = best as { name: string; rows: Array<{ row: number; cells: string[] }>; score: number; headerIdx: number; index: number } | null;
	if (!chosen || chosen.rows.length === 0)
		return { ok: false, problems: [problem({ code: 'leeg', file: file.name, message: 'de werkmap bevat geen gevulde bladen.', fix: 'Kies het juiste bestand, of download het sjabloon en vul het in.' })] };
	const problems: Problem[] = [];
	if (chosen.index > 0)
		problems.push(
			problem({
				code: 'blad',
				file: file.name,
				severity: 'info',
				message: `de gegevens staan niet op het eerste blad ("${sheets[0].name}") maar op blad "${chosen.name}"; dat blad is gebruikt.`,
				fix: 'Niets nodig als dit het juiste blad is; zet anders de gegevens op één blad.'
			})
		);
	const headerRow = chosen.rows[chosen.headerIdx];
	const dataRows = chosen.rows.slice(chosen.headerIdx + 1);
	return {
		ok: true,
		problems,
		value: {
			fileName: file.name,
			header: headerRow.cells,
			headerLine: headerRow.row,
			lineWord: 'rij',
			encoding: 'XLSX',
			sheet: chosen.name,
			each(cb) {
				for (const r of dataRows) cb(r.cells, r.row);
			}
		}
	};
}

export { SEPARATOR_LABELS };
