// The manifest's series breaks and newest year. The break list itself lives in the snapshot layer
// (lib/snapshot/seriesBreaks.ts), where the model and the chart read it from the same tables.

import type { ClientRow, SnapshotManifest } from '../../lib/snapshot/schema';

export type { SeriesBreak } from '../../lib/snapshot/seriesBreaks';
export { KNOWN_BREAKS, seriesBreaks } from '../../lib/snapshot/seriesBreaks';

/** Newest year with an observed count, and its CBS status. */
export function newestYear(clients: ClientRow[]): { newest_year: number; newest_status: 'definitief' | 'voorlopig' } | Record<string, never> {
	const observed = clients.filter((r) => r.status === 'observed');
	if (!observed.length) return {};
	const year = Math.max(...observed.map((r) => r.year));
	const provisional = observed.some((r) => r.year === year && r.provisional);
	return { newest_year: year, newest_status: provisional ? 'voorlopig' : 'definitief' };
}
