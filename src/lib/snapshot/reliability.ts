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

/** Fewer than 10 clients: no forecast. 10 to 99: unreliable. 100 or more: ok. */
export function reliabilityOf(lastClients: number | null | undefined): Reliability {
	if (lastClients === null || lastClients === undefined || !(lastClients >= MIN_CLIENTS)) return 'none';
	return lastClients < RELIABLE_CLIENTS ? 'unreliable' : 'ok';
}

/** Size band of a count: 10–99, 100–499, ≥ 500; null below 10. */
export function sizeBandOf(clients: number): SizeBand | null {
	if (!(clients >= MIN_CLIENTS)) return null;
	if (clients < RELIABLE_CLIENTS) return '10-99';
	return clients < LARGE_CLIENTS ? '100-499' : '500+';
}
