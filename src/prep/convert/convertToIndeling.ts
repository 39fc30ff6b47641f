// Expresses figures of one year's indeling in the target indeling, by address share.
//
// Target value = Σ source value × share (share = the source's addresses in the target / all the
// source's addresses). Missing is never zero: when sources that are missing (suppressed or not
// delivered) make up more than `tolerance` of the target's addresses, the target is missing too.
// Below the tolerance the missing sliver is ignored (the target is at most that fraction low);
// this keeps wijken whose border moved by a few addresses into a non-delivering gemeente.

import type { ClientStatus } from '../../lib/snapshot/schema';
import { contributorsOf, type IndelingMatrix } from './matrix';

export interface SourceCell {
	value: number | null;
	status: ClientStatus;
}

export interface TargetCell {
	value: number | null;
	status: ClientStatus;
	converted: boolean; // any source other than the same code in full
	missingWeight: number; // fraction of the target's addresses from missing sources
}

/** Default share of a target's addresses that may come from missing sources (1%). */
export const MISSING_TOLERANCE = 0.01;

export function isIdentity(contributors: ReturnType<typeof contributorsOf>, target: string): boolean {
	return contributors.length === 1 && contributors[0].source === target && contributors[0].share === 1;
}

export function convertToIndeling(
	targets: Iterable<string>,
	matrix: IndelingMatrix,
	lookup: (source: string) => SourceCell,
	tolerance = MISSING_TOLERANCE
): Map<string, TargetCell> {
	const out = new Map<string, TargetCell>();
	for (const target of targets) {
		const contributors = contributorsOf(matrix, target);
		const converted = !isIdentity(contributors, target);
		if (contributors.length === 0) {
			// A target that received no addresses from this year's indeling did not exist yet.
			out.set(target, { value: null, status: 'not_delivered', converted, missingWeight: 1 });
			continue;
		}
		let value = 0;
		let missingSuppressed = 0;
		let missingNotDelivered = 0;
		for (const c of contributors) {
			const cell = lookup(c.source);
			if (cell.status === 'observed' && cell.value !== null) value += cell.value * c.share;
			else if (cell.status === 'not_delivered') missingNotDelivered += c.weight;
			else missingSuppressed += c.weight;
		}
		const missingWeight = missingSuppressed + missingNotDelivered;
		if (missingWeight > tolerance) {
			const status: ClientStatus = missingNotDelivered > missingSuppressed ? 'not_delivered' : 'suppressed';
			out.set(target, { value: null, status, converted, missingWeight });
		} else {
			out.set(target, { value, status: 'observed', converted, missingWeight });
		}
	}
	return out;
}
