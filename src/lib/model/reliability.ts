// The seeds' reliability rules and the size bands of the accuracy table.

import type { Reliability, SizeBand } from './types';

/** Fewer than 10 clients: no forecast. 10 to 99: unreliable. 100 or more: ok. */
export function reliabilityOf(lastClients: number | null | undefined): Reliability {
	if (lastClients === null || lastClients === undefined || !(lastClients >= 10)) return 'none';
	return lastClients < 100 ? 'unreliable' : 'ok';
}

/** Size band of a count: 10–99, 100–499, ≥ 500; null below 10. */
export function sizeBandOf(clients: number): SizeBand | null {
	if (!(clients >= 10)) return null;
	if (clients < 100) return '10-99';
	return clients < 500 ? '100-499' : '500+';
}
