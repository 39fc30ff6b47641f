// Builds a complete mirror folder with refreshed years: copies the mirror (geo, grenswijzigingen,
// the other Wmo files, ...) to the output folder and merges the fetched rows into
// wmo/wijk_totaal_jaar.csv, so the normal data step can read it through WMO_DATA_DIR.
// Rows of a refreshed year replace the mirror's rows of that year; the mirror's header is kept.

import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { parseCsv, toCsv } from './csv';
import { configError } from './errors';
import type { MirrorRecord } from './mapping';

export const WIJK_TOTAAL_FILE = 'wmo/wijk_totaal_jaar.csv';

/** Checks, before anything is fetched, that `mirrorDir` is a mirror and `out` lies outside it. */
export function checkMirror(mirrorDir: string, out: string): void {
	const from = resolve(mirrorDir);
	const to = resolve(out);
	const inside = (a: string, b: string) => {
		const rel = relative(a, b);
		return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
	};
	if (inside(from, to) || inside(to, from)) {
		throw configError(`--out (${to}) en de spiegelmap ${from} liggen in elkaar; kies een nieuwe, aparte map, zodat de spiegel onaangeroerd blijft.`);
	}
	if (!existsSync(join(from, WIJK_TOTAAL_FILE))) {
		throw configError(`in de spiegelmap ${from} ontbreekt ${WIJK_TOTAAL_FILE}; wijs --mirror naar de map met MANIFEST.md en de mappen wmo/, geo/ en grenswijzigingen/.`);
	}
}

/** Copies `mirrorDir` into `out` (which must lie outside it). */
export async function copyMirror(mirrorDir: string, out: string): Promise<void> {
	checkMirror(mirrorDir, out);
	await cp(resolve(mirrorDir), resolve(out), { recursive: true });
}

/** The mirror's wijk rows without the refreshed years, followed by the fetched rows, in the mirror's columns. */
export async function mergedWijkTotaal(mirrorDir: string, fetched: MirrorRecord[], years: number[]): Promise<string> {
	const { columns, rows } = parseCsv(await readFile(join(mirrorDir, WIJK_TOTAAL_FILE), 'utf8'));
	for (const needed of ['codering_regio', 'perioden', 'wmoclienten']) {
		if (!columns.includes(needed)) throw configError(`${WIJK_TOTAAL_FILE} in de spiegel mist de kolom "${needed}"; is dit de spiegel van Wmo Vooruitblik?`);
	}
	const refreshed = new Set(years.map(String));
	const kept = rows.filter((r) => !refreshed.has(String(r.perioden ?? '').trim()));
	return toCsv([...kept, ...fetched], columns);
}
