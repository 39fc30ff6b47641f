// Known breaks in the Wmo series, written into the manifest so the model and the chart can treat
// them as breaks (a level shift is not a trend) instead of smoothing over them. The years are
// facts of the CBS publications, not of the figures; a provisional year is listed only when the
// snapshot has one.

import type { ClientRow, SnapshotManifest } from '../../lib/snapshot/schema';

export type SeriesBreak = NonNullable<SnapshotManifest['series_breaks']>[number];

export const KNOWN_BREAKS: SeriesBreak[] = [
	{
		year: 2019,
		kind: 'abonnementstarief',
		applies_to: 'alle categorieën, vooral hulp_bij_het_huishouden',
		description: 'Vanaf 2019 geldt het abonnementstarief (vaste eigen bijdrage per vier weken): het gebruik van vooral hulp bij het huishouden steeg daardoor sprongsgewijs.'
	},
	{
		year: 2020,
		kind: 'koppelmethode',
		applies_to: 'alle categorieën, wijk en gemeente',
		description: 'CBS koppelt de Wmo-gegevens vanaf WMO2020BUSV2 met een nieuwe methode; de heruitgaven 86186NED–86189NED (2019–2022) zijn met die methode gemaakt en wijken af van de eerste uitgaven.'
	}
];

/** The known breaks within the snapshot's years, plus one per provisional year present. */
export function seriesBreaks(clients: ClientRow[]): SeriesBreak[] {
	const years = new Set(clients.filter((r) => r.status === 'observed').map((r) => r.year));
	const maxYear = Math.max(...years);
	const out = KNOWN_BREAKS.filter((b) => b.year <= maxYear);
	const provisional = [...new Set(clients.filter((r) => r.provisional).map((r) => r.year))].sort();
	for (const year of provisional) {
		out.push({
			year,
			kind: 'voorlopig',
			applies_to: 'rijen met provisional = true',
			description: `De cijfers van ${year} zijn voorlopig: CBS kan ze nog herzien. Behandel een herziening als breuk, niet als trend.`
		});
	}
	return out;
}

/** Newest year with an observed count, and its CBS status. */
export function newestYear(clients: ClientRow[]): { newest_year: number; newest_status: 'definitief' | 'voorlopig' } | Record<string, never> {
	const observed = clients.filter((r) => r.status === 'observed');
	if (!observed.length) return {};
	const year = Math.max(...observed.map((r) => r.year));
	const provisional = observed.some((r) => r.year === year && r.provisional);
	return { newest_year: year, newest_status: provisional ? 'voorlopig' : 'definitief' };
}
