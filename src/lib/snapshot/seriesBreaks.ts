// Known breaks in the Wmo series (issue 16). The data step writes them into the manifest; the model
// and the chart read the same list from the tables, so that a level shift at a break is never
// learned or drawn as a trend. The years are facts of the CBS publications, not of the figures.

import type { ClientRow } from './schema';

export interface SeriesBreak {
	/** The first year on the new footing: the change from year − 1 to year is the break. */
	year: number;
	kind: 'abonnementstarief' | 'koppelmethode' | 'voorlopig';
	applies_to: string;
	description: string;
}

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

/**
 * The breaks inside the years of these rows: each known break after the first and up to the last
 * observed year, plus one per provisional year (a provisional count can still be revised: its
 * change is no trend either).
 */
export function seriesBreaks(clients: readonly ClientRow[]): SeriesBreak[] {
	const years = new Set<number>();
	const provisional = new Set<number>();
	for (const r of clients) {
		if (r.status !== 'observed') continue;
		years.add(r.year);
		if (r.provisional) provisional.add(r.year);
	}
	const first = Math.min(...years);
	const last = Math.max(...years);
	const out = KNOWN_BREAKS.filter((b) => b.year > first && b.year <= last);
	for (const year of [...provisional].sort((a, b) => a - b)) {
		out.push({
			year,
			kind: 'voorlopig',
			applies_to: 'rijen met provisional = true',
			description: `De cijfers van ${year} zijn voorlopig: CBS kan ze nog herzien. De verandering naar ${year} telt niet als trend.`
		});
	}
	return out;
}
