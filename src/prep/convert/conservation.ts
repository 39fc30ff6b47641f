// Accounting of one conversion: every observed client before conversion ends up either in an
// observed target, in a target that is missing (because other sources of it are missing), or
// outside the target indeling. The data step reports these numbers; the tests require
// before = after + intoMissing + unmapped.

import { contributorsOf, type IndelingMatrix } from './matrix';
import type { SourceCell, TargetCell } from './convertToIndeling';

export interface Conservation {
	before: number; // Σ observed source values
	after: number; // Σ observed target values
	intoMissing: number; // observed source mass that flowed into targets declared missing
	unmapped: number; // observed source mass assigned to no target of the indeling
}

export function conservation(
	targets: readonly string[],
	matrix: IndelingMatrix,
	sources: Map<string, SourceCell>,
	result: Map<string, TargetCell>
): Conservation {
	let before = 0;
	for (const c of sources.values()) if (c.status === 'observed' && c.value !== null) before += c.value;
	let after = 0;
	let intoMissing = 0;
	const assigned = new Map<string, number>();
	for (const t of targets) {
		const r = result.get(t);
		for (const c of contributorsOf(matrix, t)) {
			const s = sources.get(c.source);
			if (!s || s.status !== 'observed' || s.value === null) continue;
			assigned.set(c.source, (assigned.get(c.source) ?? 0) + c.share);
			if (r && r.status !== 'observed') intoMissing += s.value * c.share;
		}
		if (r && r.status === 'observed' && r.value !== null) after += r.value;
	}
	let unmapped = 0;
	for (const [code, c] of sources) {
		if (c.status !== 'observed' || c.value === null) continue;
		unmapped += c.value * (1 - (assigned.get(code) ?? 0));
	}
	return { before, after, intoMissing, unmapped };
}
