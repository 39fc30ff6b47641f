// Dutch texts for the reliability rules of the seeds: < 10 clients no forecast, 10–100 unreliable.

import { MIN_CLIENTS, RELIABLE_CLIENTS, type Reliability } from '$lib/snapshot/reliability';

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
