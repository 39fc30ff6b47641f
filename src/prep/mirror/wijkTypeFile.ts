// wmo/wijk_type_jaar.csv: Wmo clients per wijk by type and year. The mirror has no such file (it
// ends in 2018, and CBS published wijk figures by type only from 2019); `npm run refresh` writes
// it. Absent means no rows, not an error, so the plain mirror builds as before.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { CATEGORIES, type Category } from '../../lib/snapshot/schema';
import { DataInputError } from './errors';
import { parseNumber, readMirrorCsv } from './readCsv';
import { WIJK_CODE } from '../../lib/snapshot/codes';
import { checkCode, checkUnique, parseYear, zeroIsSuppressed, type WmoRecord } from './wmoFiles';

export const WIJK_TYPE_FILE = 'wmo/wijk_type_jaar.csv';

export interface WijkTypeRecord extends WmoRecord {
	category: Category;
}

export async function readWijkTypeJaar(con: DuckDBConnection, mirrorDir: string): Promise<WijkTypeRecord[]> {
	if (!existsSync(join(mirrorDir, WIJK_TYPE_FILE))) return [];
	const table = await readMirrorCsv(con, mirrorDir, WIJK_TYPE_FILE, ['codering_regio', 'perioden', 'categorie', 'wmoclienten'], ['status']);
	const records = table.rows.map((row) => {
		const category = (row.categorie ?? '').trim() as Category;
		if (!CATEGORIES.includes(category)) {
			throw new DataInputError(WIJK_TYPE_FILE, row.__line, `onbekende categorie "${row.categorie}" in kolom "categorie".`, `Gebruik een van: ${CATEGORIES.join(', ')}.`);
		}
		return {
			file: WIJK_TYPE_FILE,
			line: row.__line,
			code: checkCode(table, row, 'codering_regio', WIJK_CODE, 'wijkcode'),
			year: parseYear(table, row, 'perioden'),
			half: 0,
			category,
			...zeroIsSuppressed(parseNumber(table, row, 'wmoclienten', { count: true })),
			gemeenteName: null,
			kwb: {},
			...(row.status ? { status: row.status } : {})
		};
	});
	for (const c of CATEGORIES) checkUnique(records.filter((r) => r.category === c));
	return records;
}
