// Small helpers shared by the three importers.
import type { TableSource } from './decode';
import type { MappedColumns } from './mapping';
import { SEPARATOR_LABELS } from './decode/csv';
import type { ColumnMapping, LocalKind } from './types';

export function makeId(kind: LocalKind, fileName: string, now = new Date()): string {
	let h = 2166136261;
	for (const ch of fileName + now.toISOString()) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
	return `${kind}-${now.getTime().toString(36)}-${(h >>> 0).toString(36)}`;
}

/** Sorts periods ('2017' < '2017H1' < '2017H2' < '2018') and returns the first and last. */
export function periodRange(periods: string[]): { from: string; to: string } {
	const s = [...new Set(periods)].sort();
	return { from: s[0] ?? '', to: s[s.length - 1] ?? '' };
}

export function mappingOf(src: TableSource, m: MappedColumns): ColumnMapping {
	return {
		fields: m.fields,
		ignored: m.ignored,
		encoding: src.encoding,
		...(src.separator ? { separator: SEPARATOR_LABELS[src.separator] } : {}),
		...(src.sheet ? { sheet: src.sheet } : {})
	};
}
