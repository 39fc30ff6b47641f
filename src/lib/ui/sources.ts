// The "Bronnen" list of the transparency panel: the publisher's own citation first (CBS StatLine and
// its table ids), and the public repositories the files were copied from as provenance beside it.
import type { ManifestInfo } from '$lib/view/types';

export interface SourceLine {
	/** What to cite: "CBS StatLine, tabellen 83267NED, 84421NED" or the source's name. */
	citation: string;
	/** CBS table ids, each linked to StatLine. */
	tables: string[];
	/** The source's own description when the citation is the table list. */
	description: string | null;
	attribution: string;
	licence: string;
	/** "overgenomen uit …": where this copy came from, or null. */
	provenance: string | null;
}

export const statlineUrl = (table: string) => `https://opendata.cbs.nl/statline/#/CBS/nl/dataset/${encodeURIComponent(table)}/table`;

export function sourceLines(sources: ManifestInfo['sources']): SourceLine[] {
	const lines = sources.map((s): SourceLine => {
		const tables = s.cbs_tables ?? [];
		return {
			citation: tables.length ? `CBS StatLine, ${tables.length === 1 ? 'tabel' : 'tabellen'} ${tables.join(', ')}` : s.name,
			tables,
			description: tables.length ? s.name : null,
			attribution: s.attribution,
			licence: s.licence,
			provenance: s.repository ? `overgenomen uit ${s.repository}` : null
		};
	});
	// Sources with CBS tables first: they are what a user should cite.
	return [...lines.filter((l) => l.tables.length), ...lines.filter((l) => !l.tables.length)];
}
