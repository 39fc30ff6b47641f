// Step 2c: gemeente totals for years without a gemeente source are the sum of complete wijken
// (derived = true); in years with both, the sum is compared with the direct figure (a statistic
// the manifest reports, since CBS suppresses small wijken and the two need not agree).

import type { TargetCell } from '../convert/convertToIndeling';
import { sumWijkenToGemeenten, toClientRows } from './clients';
import type { AssembleContext } from './context';
import { periodStats } from './periods';

export interface WijkSumVsGemeente {
	year: number;
	gemeenten: number;
	exact: number;
	medianAbsRelDiff: number;
	maxAbsRelDiff: number;
}

export function assembleWijkSums(ctx: AssembleContext, wijkTotaalCells: Map<number, Map<string, TargetCell>>, gemeenteYears: number[]): WijkSumVsGemeente[] {
	const out: WijkSumVsGemeente[] = [];
	for (const [year, cells] of wijkTotaalCells) {
		const summed = sumWijkenToGemeenten(ctx.indeling, cells);
		const p = { year, half: 0 };
		if (!gemeenteYears.includes(year)) {
			ctx.clients.push(...toClientRows('gemeente', 'totaal', p, summed, true));
			ctx.periods.push(periodStats('gemeente', 'totaal', p, summed, { derived: true }));
			continue;
		}
		const direct = new Map(ctx.clients.filter((r) => r.level === 'gemeente' && r.category === 'totaal' && r.period === String(year)).map((r) => [r.code, r.clients]));
		const diffs: number[] = [];
		let exact = 0;
		for (const [g, c] of summed) {
			const d = direct.get(g);
			if (c.status !== 'observed' || c.value === null || d === null || d === undefined || d === 0) continue;
			if (Math.abs(c.value - d) < 0.5) exact++;
			diffs.push(Math.abs(c.value - d) / d);
		}
		diffs.sort((a, b) => a - b);
		out.push({ year, gemeenten: diffs.length, exact, medianAbsRelDiff: diffs[Math.floor(diffs.length / 2)] ?? 0, maxAbsRelDiff: diffs[diffs.length - 1] ?? 0 });
	}
	return out;
}
