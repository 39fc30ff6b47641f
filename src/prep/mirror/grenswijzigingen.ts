// Reads the address-weighted boundary matrices (variant 'adressen') from the mirror.

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Level } from '../../lib/snapshot/schema';
import type { MatrixPair } from '../convert/matrix';
import { DataInputError } from './errors';
import { parseNumber, readMirrorCsv } from './readCsv';

export const GRENSWIJZIGINGEN_FILE = 'grenswijzigingen/grenswijzigingen_long.csv';
export const MATRIX_VARIANT = 'adressen';

export type MatrixPairs = Map<string, MatrixPair[]>; // key `${level}|${from}|${to}`

export function matrixKey(level: Level, from: number, to: number): string {
	return `${level}|${from}|${to}`;
}

export async function readGrenswijzigingen(con: DuckDBConnection, mirrorDir: string): Promise<MatrixPairs> {
	const file = GRENSWIJZIGINGEN_FILE;
	const table = await readMirrorCsv(con, mirrorDir, file, ['variant', 'niveau', 'jaar_van', 'jaar_naar', 'code_van', 'code_naar', 'n_adressen']);
	const out: MatrixPairs = new Map();
	for (const row of table.rows) {
		if (row.variant !== MATRIX_VARIANT) continue;
		const level = row.niveau as Level;
		if (level !== 'wijk' && level !== 'gemeente') {
			throw new DataInputError(file, row.__line, `onbekend niveau "${row.niveau}".`, 'Gebruik "wijk" of "gemeente" in de kolom niveau.');
		}
		// Amsterdam's wijk codes carry letters since 2022 (0363AA).
		const pattern = level === 'wijk' ? /^\d{4}[0-9A-Z]{2}$/ : /^\d{4}$/;
		const prefix = level === 'wijk' ? 'WK' : 'GM';
		const codes = [row.code_van ?? '', row.code_naar ?? ''].map((c) => c.trim());
		for (const c of codes) {
			if (!pattern.test(c)) {
				throw new DataInputError(
					file,
					row.__line,
					`onbekende regiocode "${c}" voor niveau ${level}.`,
					`Codes staan zonder voorvoegsel in dit bestand: ${level === 'wijk' ? '4 cijfers plus 2 cijfers of hoofdletters (bijv. 036301 of 0363AA)' : '4 cijfers (bijv. 0363)'}.`
				);
			}
		}
		const n = parseNumber(table, row, 'n_adressen', { count: true });
		if (n === null) throw new DataInputError(file, row.__line, 'n_adressen is leeg.', 'Vul het aantal adressen in (0 als er geen zijn).');
		const key = matrixKey(level, Number(row.jaar_van), Number(row.jaar_naar));
		let list = out.get(key);
		if (!list) out.set(key, (list = []));
		list.push({ code_van: prefix + codes[0], code_naar: prefix + codes[1], n_adressen: n });
	}
	return out;
}
