// The backtest's section on the age-specific method (issue 11): its WAPE next to the current model's
// on the same scored points, and the verdict the transparency panel repeats.
import { ageMethodBacktest } from '../lib/model/ageBacktest';
import type { Panel } from '../lib/model/panel';
import type { BacktestPoint } from '../lib/model/types';

const pct2 = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(2) : '-');

export function printAgeMethod(panel: Panel, points: BacktestPoint[]): void {
	const rows = ageMethodBacktest(panel, points);
	console.log('\nAge-specific method (rates per age band from the cross-section at the origin, calibrated per region, × projected inhabitants per band)');
	console.log('next to the current model, same points, origins pooled: WAPE %');
	console.log('level    category                  h      n |  model |    age | share×pop');
	for (const r of rows)
		console.log(`${r.level.padEnd(8)} ${r.category.padEnd(25)} ${r.horizon} ${String(r.n).padStart(6)} | ${pct2(r.model).padStart(6)} | ${pct2(r.age).padStart(6)} | ${pct2(r.sharePop).padStart(9)}`);
	const wins = rows.filter((r) => r.age < r.model).length;
	const worse = rows.filter((r) => r.age > r.model);
	// The rule of issue 11: the age method replaces the forecast only if the backtest gets worse nowhere.
	console.log(`The age method beats the current model in ${wins} of ${rows.length} rows and is worse in ${worse.length}` + (worse.length ? ` (${worse.map((r) => `${r.level} ${r.category} h=${r.horizon}`).join(', ')}).` : '.'));
	console.log(worse.length ? 'Verdict: the forecast keeps the current model; the age rates are used for the scenarios only.' : 'Verdict: the age method does not make the backtest worse anywhere.');
}
