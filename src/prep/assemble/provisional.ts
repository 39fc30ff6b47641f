// CBS marks the newest figures voorlopig ("*") or nader voorlopig ("**") and revises them later.
// That is a series break the model must see, not smooth: the client rows of a period whose source
// was provisional carry `provisional: true` (schema.ts). The field is only set when true, so a
// snapshot from the plain mirror (all definitief) is unchanged.

import type { ClientRow } from '../../lib/snapshot/schema';
import { isProvisional } from '../sources/cbs-odata/periodStatus';

export function markProvisional(rows: ClientRow[], sources: Array<{ status?: string | null }>): ClientRow[] {
	if (!sources.some((s) => isProvisional(s.status))) return rows;
	return rows.map((r) => ({ ...r, provisional: true }));
}
