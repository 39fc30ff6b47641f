// The seeds' reliability rules and the size bands of the accuracy table: one set of thresholds for
// the model, the backtest, the views and the Dutch texts.

export type Reliability = 'ok' | 'unreliable' | 'none';
export type SizeBand = '10-99' | '100-499' | '500+';
export const SIZE_BANDS: SizeBand[] = ['10-99', '100-499', '500+'];

/** Below this count a unit gets no forecast and is not scored (too noisy to learn from). */
export const MIN_CLIENTS = 10;
/** From this count on a forecast is reliable; between MIN_CLIENTS and this it is unreliable. */
export const RELIABLE_CLIENTS = 100;
/** The large size band of the accuracy table starts here. */
export const LARGE_CLIENTS = 500;

/** A forecast resting on fewer observed years than this (of the last four) is not called reliable. */
export const MIN_HISTORY_YEARS = 2;

/**
 * Fewer than 10 clients: no forecast. 10 to 99: unreliable. 100 or more: ok, unless the history
 * behind it is too short (fewer than MIN_HISTORY_YEARS observed years of the last four).
 */
export function reliabilityOf(lastClients: number | null | undefined, observedYears = Infinity): Reliability {
	if (lastClients === null || lastClients === undefined || !(lastClients >= MIN_CLIENTS)) return 'none';
	return lastClients < RELIABLE_CLIENTS || observedYears < MIN_HISTORY_YEARS ? 'unreliable' : 'ok';
}

/** Why a forecast is missing or flagged (the UI words it); null when it is a plain forecast. */
export type ForecastReason =
	| 'no_recent_count' // no count in the origin year or the year before (not delivered, suppressed)
	| 'below_minimum' // fewer than MIN_CLIENTS clients
	| 'few_clients' // MIN_CLIENTS to RELIABLE_CLIENTS clients: unreliable
	| 'short_history' // fewer than MIN_HISTORY_YEARS observed years: unreliable
	| 'from_wijken' // a gemeente forecast summed from its wijken: unreliable
	| 'subcategory_small' // a subcategory of own records with fewer than MIN_CLIENTS clients in its last year: unreliable
	| 'parent_unreliable'; // a subcategory that follows an unreliable forecast of its parent category

/** Size band of a count: 10–99, 100–499, ≥ 500; null below 10. */
export function sizeBandOf(clients: number): SizeBand | null {
	if (!(clients >= MIN_CLIENTS)) return null;
	if (clients < RELIABLE_CLIENTS) return '10-99';
	return clients < LARGE_CLIENTS ? '100-499' : '500+';
}
