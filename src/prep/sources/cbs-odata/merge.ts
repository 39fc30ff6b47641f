// The copy of the mirror a refresh writes into (src/prep/refresh/layout.ts merges the fetched rows
// into it), with the guard that the copy never lands inside the mirror or the mirror inside it.

import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { WMO_FILES } from '../../mirror/wmoFiles';
import { configError } from './errors';

const WIJK_TOTAAL_FILE = WMO_FILES.wijkTotaalJaar;

/** Checks, before anything is fetched, that `mirrorDir` is a mirror and `out` lies outside it. */
export function checkMirror(mirrorDir: string, out: string): void {
	const from = resolve(mirrorDir);
	const to = resolve(out);
	const inside = (a: string, b: string) => {
		const rel = relative(a, b);
		return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
	};
	if (inside(from, to) || inside(to, from)) {
		throw configError(`de uitvoermap ${to} en de spiegelmap ${from} liggen in elkaar; kies met --cache een aparte map, zodat de spiegel onaangeroerd blijft.`);
	}
	if (!existsSync(join(from, WIJK_TOTAAL_FILE))) {
		throw configError(`in de spiegelmap ${from} ontbreekt ${WIJK_TOTAAL_FILE}; wijs WMO_DATA_DIR naar de map met MANIFEST.md en de mappen wmo/, geo/ en grenswijzigingen/.`);
	}
}

/** Copies `mirrorDir` into `out` (which must lie outside it). */
export async function copyMirror(mirrorDir: string, out: string): Promise<void> {
	checkMirror(mirrorDir, out);
	await cp(resolve(mirrorDir), resolve(out), { recursive: true });
}
