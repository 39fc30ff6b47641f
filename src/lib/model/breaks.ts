// Registration breaks per category (issue 13). The rule is fixed a priori, from the data's nature:
// it is the fit's ±50% data-break rule (fitCategory.ts, MAX_REL_CHANGE) applied to each category.
// A year-on-year change of a unit's share of inhabitants beyond ±50%, from at least MIN_CLIENTS
// clients, is a change of registration (a new provider, HH booked as OT, a category booked
// elsewhere), not a trend: the fit never learns from it, and it is shown as a break. A category
// falling to below half (including "near zero") is the same rule's downward side; an HH ↔ OT swap is
// HH breaking one way and OT the other in the same year. Definition changes of the panel (a sum of
// wijken against an official figure, an estimated gap) are not registration breaks.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS } from '../snapshot/reliability';
import { MAX_REL_CHANGE } from './fitCategory';
import type { Panel } from './panel';

export interface RegistrationBreak {
	category: Category;
	/** The year whose count jumped (the change from year − 1 to year). */
	year: number;
	from: number;
	to: number;
	/** s(year) / s(year − 1), the share of inhabitants. */
	ratio: number;
	/** The category that moved the other way in the same year (HH ↔ OT), if any. */
	swapWith?: Category;
}

const SWAP: Partial<Record<Category, Category>> = {
	hulp_bij_het_huishouden: 'ondersteuning_thuis',
	ondersteuning_thuis: 'hulp_bij_het_huishouden'
};

/** True when the share change from k − 1 to k is a registration break under the rule above. */
export function isBreak(c0: number, c1: number, p0: number, p1: number): boolean {
	if (!(c0 >= MIN_CLIENTS) || !(c1 >= 0) || !(p0 > 0) || !(p1 > 0)) return false;
	const ratio = c1 / p1 / (c0 / p0);
	return Math.abs(ratio - 1) > MAX_REL_CHANGE;
}

/** Every registration break of one unit, in years ≤ upTo (all years when omitted). */
export function registrationBreaks(panel: Panel, level: Level, code: string, upTo?: number): RegistrationBreak[] {
	const lp = panel[level];
	const i = lp.index.get(code);
	if (i === undefined) return [];
	const nY = lp.nYears;
	const last = Math.min(nY - 1, (upTo ?? panel.lastYear) - lp.firstYear);
	const out: RegistrationBreak[] = [];
	for (const cat of lp.categories) {
		const c = lp.clients[cat];
		const def = lp.wijkSum[cat];
		for (let y = 1; y <= last; y++) {
			const k = i * nY + y;
			if (def[k] !== def[k - 1]) continue;
			if (!isBreak(c[k - 1], c[k], lp.pop[k - 1], lp.pop[k])) continue;
			out.push({ category: cat, year: lp.firstYear + y, from: c[k - 1], to: c[k], ratio: c[k] / lp.pop[k] / (c[k - 1] / lp.pop[k - 1]) });
		}
	}
	for (const b of out) {
		const other = SWAP[b.category];
		const o = other && out.find((x) => x.category === other && x.year === b.year && (x.ratio > 1) !== (b.ratio > 1));
		if (o) b.swapWith = o.category;
	}
	return out.sort((a, b) => a.year - b.year || a.category.localeCompare(b.category));
}
