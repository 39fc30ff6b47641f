// Reads one mirror CSV through DuckDB as text, then checks it: the file exists and parses, the
// columns we rely on are there. Values stay strings here; parseNumber() turns them into numbers
// with a line-precise error, because CBS cells can be empty or '.' (suppressed) and must not
// silently become 0.

import { existsSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DataInputError } from './errors';

export type CsvRow = Record<string, string | null> & { __line: number };

export interface CsvTable {
	file: string; // path relative to the mirror, used in messages
	columns: string[];
	rows: CsvRow[];
}

function sqlString(s: string): string {
	return `'${s.replaceAll("'", "''")}'`;
}

function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++)
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
	return d[a.length][b.length];
}

/** The present column most like a missing one: the likely new name after a rename. */
export function closestColumn(missing: string, present: string[]): string | null {
	let best: string | null = null;
	let bestD = Infinity;
	for (const p of present) {
		const dist = editDistance(missing.toLowerCase(), p.toLowerCase());
		if (dist < bestD) [best, bestD] = [p, dist];
	}
	return best !== null && bestD <= Math.max(3, Math.floor(missing.length / 3)) ? best : null;
}

/**
 * Reads `required` columns (missing one is an error) and those of `optional` that are present.
 * Only these are materialised: the Wmo files carry ~130 KWB columns of which we use 20.
 */
export async function readMirrorCsv(
	con: DuckDBConnection,
	mirrorDir: string,
	file: string,
	required: readonly string[],
	optional: readonly string[] = []
): Promise<CsvTable> {
	const path = join(mirrorDir, file);
	if (!existsSync(path)) {
		throw new DataInputError(
			file,
			null,
			'het bestand ontbreekt in de spiegelmap.',
			`Zet ${file} terug in ${mirrorDir}, of wijs met WMO_DATA_DIR naar een volledige spiegel.`
		);
	}
	try {
		accessSync(path, constants.R_OK);
	} catch {
		throw new DataInputError(file, null, 'het bestand is niet leesbaar (geen leesrechten).', `Geef leesrechten op ${path}.`);
	}
	let columns: string[];
	let rows: CsvRow[];
	// parallel=false keeps file order, so row index + 2 is the line number in the file.
	const source = `read_csv(${sqlString(path)}, all_varchar=true, header=true, parallel=false, auto_detect=true, delim=',', quote='"')`;
	try {
		columns = (await con.runAndReadAll(`SELECT * FROM ${source} LIMIT 0`)).columnNames();
	} catch (err) {
		throw unreadable(file, err);
	}
	for (const col of required) {
		if (columns.includes(col)) continue;
		const guess = closestColumn(col, columns);
		throw new DataInputError(
			file,
			1,
			`de kolom "${col}" ontbreekt in de kopregel${guess ? ` (wel aanwezig: "${guess}"; is de kolom hernoemd?)` : ''}.`,
			guess
				? `Hernoem de kolom "${guess}" terug naar "${col}", of pas de kolomnaam aan in src/prep/mirror/ als CBS de naam echt heeft gewijzigd.`
				: `Voeg de kolom "${col}" toe of gebruik een versie van het bestand met die kolom.`
		);
	}
	const wanted = [...new Set([...required, ...optional])].filter((c) => columns.includes(c));
	try {
		const reader = await con.runAndReadAll(`SELECT ${wanted.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ')} FROM ${source}`);
		rows = reader.getRowObjectsJson().map((r, i) => ({ ...(r as Record<string, string | null>), __line: i + 2 }) as CsvRow);
	} catch (err) {
		throw unreadable(file, err);
	}
	return { file, columns, rows };
}

function unreadable(file: string, err: unknown): DataInputError {
	const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
	return new DataInputError(
		file,
		null,
		`het bestand kan niet als CSV worden gelezen (${detail}).`,
		'Controleer of het een kommagescheiden tekstbestand met een kopregel is, en herstel of vervang het bestand.'
	);
}

const EMPTY = new Set(['', '.', 'NA', 'nan', 'NaN']);

/** A number, or null for an empty/suppressed cell. Counts must not be negative. */
export function parseNumber(table: CsvTable, row: CsvRow, column: string, opts: { count?: boolean } = {}): number | null {
	const raw = row[column];
	if (raw === null || raw === undefined) return null;
	const s = raw.trim();
	if (EMPTY.has(s)) return null;
	const v = Number(s);
	if (!Number.isFinite(v)) {
		throw new DataInputError(
			table.file,
			row.__line,
			`de waarde "${raw}" in kolom "${column}" is geen getal.`,
			'Vervang de waarde door een getal, of laat de cel leeg als het cijfer ontbreekt of geheim is.'
		);
	}
	if (opts.count && v < 0) {
		throw new DataInputError(
			table.file,
			row.__line,
			`negatief aantal (${raw}) in kolom "${column}"; een aantal personen kan niet negatief zijn.`,
			'Corrigeer de waarde in de bron, of laat de cel leeg als het cijfer onbekend is (leeg = ontbrekend, nooit 0).'
		);
	}
	return v;
}
