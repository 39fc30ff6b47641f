// Dutch texts for the reliability rules of the seeds: < 10 clients no forecast, 10–100 unreliable.

import { MIN_CLIENTS, MIN_HISTORY_YEARS, RELIABLE_CLIENTS, type ForecastReason, type Reliability } from '$lib/snapshot/reliability';

export const RELIABILITY_LABELS: Record<Reliability, string> = {
	ok: 'betrouwbaar',
	unreliable: `onbetrouwbaar: ${MIN_CLIENTS}–${RELIABLE_CLIENTS} cliënten`,
	none: `geen prognose: < ${MIN_CLIENTS} cliënten`
};

export const RELIABILITY_SHORT: Record<Reliability, string> = {
	ok: 'betrouwbaar',
	unreliable: 'onbetrouwbaar',
	none: 'geen prognose'
};

export const RELIABILITY_EXPLANATION: Record<Reliability, string> = {
	ok: 'Minstens 100 cliënten: de prognose is bruikbaar, binnen het getoonde 80%-interval.',
	unreliable: 'Tussen 10 en 100 cliënten: kleine aantallen schommelen sterk, gebruik de prognose met voorzichtigheid.',
	none: 'Minder dan 10 cliënten: te weinig om een prognose te maken.'
};

export const MISSING_EXPLANATION = 'onderdrukt of niet geleverd';

/** The real reason behind a missing or flagged forecast, in words (ForecastReason of the model). */
export function reasonText(reason: ForecastReason | null | undefined, baseYear?: number | null, origin?: number): string {
	switch (reason) {
		case 'no_recent_count':
			return baseYear
				? `geen prognose: laatste telling ${baseYear}, niet geleverd of onderdrukt in ${baseYear + 1}${origin && origin > baseYear + 1 ? `–${origin}` : ''}`
				: 'geen prognose: geen telling in de gegevens (niet geleverd of onderdrukt)';
		case 'below_minimum':
			return `geen prognose: minder dan ${MIN_CLIENTS} cliënten`;
		case 'few_clients':
			return `onbetrouwbaar: ${MIN_CLIENTS}–${RELIABLE_CLIENTS} cliënten`;
		case 'short_history':
			return `onbetrouwbaar: minder dan ${MIN_HISTORY_YEARS} jaren met een telling`;
		case 'from_wijken':
			return 'onbetrouwbaar: som van de wijken (de gemeente leverde zelf geen recente telling; wijkcijfers missen cliënten zonder bekende wijk)';
		case 'subcategory_small':
			return `onbetrouwbaar: minder dan ${MIN_CLIENTS} cliënten in het laatste jaar van de eigen gegevens`;
		case 'parent_unreliable':
			return 'onbetrouwbaar: volgt de prognose van de hoofdcategorie, en die is onbetrouwbaar';
		default:
			return '';
	}
}

/**
 * The badge's text as one phrase: the visible part and only the rest of the full label for screen
 * readers, so they hear "onbetrouwbaar: 10–100 cliënten" once (never "betrouwbaar betrouwbaar").
 */
export function badgeText(reliability: Reliability, short: boolean): { visible: string; srOnly: string } {
	const full = RELIABILITY_LABELS[reliability];
	if (!short) return { visible: full, srOnly: '' };
	const visible = RELIABILITY_SHORT[reliability];
	const srOnly = full.startsWith(visible) ? full.slice(visible.length) : ` (${full})`;
	return { visible, srOnly };
}
