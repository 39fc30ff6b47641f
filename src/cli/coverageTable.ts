// The interval block of `npm run backtest`: 80% coverage per level × horizon (all categories and
// per category), next to the target of 80%, with the origins each cell rests on. Where h ≥ 2 rests
// on one origin it says so; nothing is adjusted to it.

import type { BacktestTable } from '../lib/model/types';

export function printCoverage(table: BacktestTable): void {
	const pts = table.points ?? [];
	console.log('\n80% interval coverage per level × category × horizon (target 80%), pooled origins:');
	console.log('level    category                  h      n  cover80  target  origins');
	for (const level of ['wijk', 'gemeente'] as const) {
		const cats = ['all', ...new Set(pts.filter((p) => p.level === level).map((p) => p.category))];
		for (const cat of cats) {
			for (const h of [1, 2, 3, 4, 5]) {
				const sel = pts.filter((p) => p.level === level && p.horizon === h && (cat === 'all' || p.category === cat));
				if (!sel.length) continue;
				const cov = sel.filter((p) => p.actual >= p.lower && p.actual <= p.upper).length / sel.length;
				const origins = [...new Set(sel.map((p) => p.origin))].sort();
				const note = h >= 2 && origins.length === 1 ? `  (rests on one origin, ${origins[0]}: not adjusted to it)` : '';
				console.log(`${level.padEnd(8)} ${cat.padEnd(25)} ${h} ${String(sel.length).padStart(6)}  ${(100 * cov).toFixed(1).padStart(6)}    80.0  ${origins.join(',')}${note}`);
			}
		}
	}
}
