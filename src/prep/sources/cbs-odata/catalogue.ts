// The CBS catalogue as the source of truth at refresh time: it finds a table whose id is not in
// cbs-tables.ts (search by title) and reports ids whose title no longer matches what we expect.
// v4 catalogue: datasets.cbs.nl/odata/v1/Datasets; v3: opendata.cbs.nl/ODataCatalog/Tables. Both
// list {Identifier, Title}. The client addresses "<base>/<table>/<set>", so the catalogue is asked
// for as table "v1" / "ODataCatalog" under the host.

import type { CbsApiTable } from '../cbs-tables';
import { createCbsODataClient, type CbsODataClientOptions } from './client';
import { CbsODataError } from './errors';

export interface CatalogueEntry {
	id: string;
	title: string;
}

export interface CatalogueOptions extends Omit<CbsODataClientOptions, 'baseUrl'> {
	v4Host?: string; // default https://datasets.cbs.nl/odata
	v3Host?: string; // default https://opendata.cbs.nl
}

/** The catalogue from v4, else v3; null when neither answers (the offline list is then used as is). */
export async function fetchCatalogue(options: CatalogueOptions = {}): Promise<{ entries: CatalogueEntry[]; source: string } | null> {
	const tries: Array<[string, string, string]> = [
		[options.v4Host ?? 'https://datasets.cbs.nl/odata', 'v1', 'Datasets'],
		[options.v3Host ?? 'https://opendata.cbs.nl', 'ODataCatalog', 'Tables']
	];
	for (const [host, table, set] of tries) {
		try {
			const rows = await createCbsODataClient({ ...options, baseUrl: host }).collection(table, set, { select: ['Identifier', 'Title'] });
			return { entries: rows.map((r) => ({ id: String(r.Identifier ?? '').trim(), title: String(r.Title ?? '').trim() })), source: `${host}/${table}/${set}` };
		} catch (err) {
			// Offline: stop at once, before anything is written.
			if (err instanceof CbsODataError && (err.kind === 'network' || err.kind === 'timeout')) {
				throw new CbsODataError(
					err.kind,
					`CBS open-data API: de CBS-catalogus (${host}/${table}/${set}) is niet bereikbaar (${err.kind === 'timeout' ? 'geen antwoord binnen de tijdslimiet' : 'geen verbinding'}). ` +
						'Deze machine lijkt offline; `npm run refresh` haalt de nieuwste tabellen alleen met internet op. ' +
						'Zonder internet blijft de snapshot van de spiegel staan (of probeer het werkende voorbeeld: npm run refresh -- --from-recorded tests/fixtures/cbs-odata).',
					{ url: err.url }
				);
			}
		}
	}
	return null;
}

/** The id of the catalogue entry whose title matches; the highest id (newest) when several do. */
export function findByTitle(entries: CatalogueEntry[], pattern: RegExp): string | null {
	const hits = entries.filter((e) => pattern.test(e.title)).map((e) => e.id).sort();
	return hits.at(-1) ?? null;
}

export interface TitleMismatch {
	id: string;
	expected: string;
	found: string | null; // null: the id is not in the catalogue
}

/** Ids from cbs-tables.ts whose catalogue title does not match their pattern (or that are gone). */
export function checkTitles(tables: CbsApiTable[], entries: CatalogueEntry[]): TitleMismatch[] {
	const byId = new Map(entries.map((e) => [e.id.toUpperCase(), e.title]));
	const out: TitleMismatch[] = [];
	for (const t of tables) {
		for (const id of [t.id, t.reissue]) {
			if (!id) continue;
			const found = byId.get(id.toUpperCase()) ?? null;
			if (found === null || !t.titlePattern.test(found)) out.push({ id, expected: t.title, found });
		}
	}
	return out;
}

/** Dutch lines for the refresh log. */
export function mismatchLines(mismatches: TitleMismatch[]): string[] {
	return mismatches.map((m) =>
		m.found === null
			? `Let op: tabel ${m.id} (${m.expected}) staat niet in de CBS-catalogus; controleer het nummer in src/prep/sources/cbs-tables.ts.`
			: `Let op: tabel ${m.id} heet in de CBS-catalogus "${m.found}", verwacht werd "${m.expected}"; controleer het nummer in src/prep/sources/cbs-tables.ts.`
	);
}
