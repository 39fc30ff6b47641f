// The new candidates' block of `npm run backtest` (issue 13, items 3 and 4): the category shrinkage
// toward the total and the convergence toward the trait-expected share, each scored as if it had
// been used at every origin (same rolling origins, same points, reconciled like the model), next to
// the current method (the nested choice) and both baselines of SPEC.md; then, per origin, whether
// the nested choice actually picked either of them.

import { runBacktest } from '../lib/model';
import { A_PRIORI_CANDIDATE, describeCandidate, gridOf, sameCandidate, type Candidate } from '../lib/model/candidates';
import { chooseModels } from '../lib/model/chooseModels';
import { metrics } from '../lib/model/metrics';
import type { Panel } from '../lib/model/panel';
import type { BacktestPoint, BacktestTable, Metrics, ModelConfig, SnapshotTables } from '../lib/model/types';

const NEW_CANDIDATES: [string, Candidate][] = [
	['shrink x1', { ...A_PRIORI_CANDIDATE, source: 'last', damping: 1, shrink: true }],
	['shrink x0.5', { ...A_PRIORI_CANDIDATE, source: 'last', damping: 0.5, shrink: true }],
	['conv 0.1', { ...A_PRIORI_CANDIDATE, convergence: 0.1 }],
	['conv 0.2', { ...A_PRIORI_CANDIDATE, convergence: 0.2 }]
];

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(2) : '-');
const key = (p: BacktestPoint) => `${p.level}|${p.code}|${p.category}|${p.origin}|${p.horizon}`;

export interface CandidateComparisonRow {
	level: string;
	category: string;
	horizon: number;
	n: number;
	current: Metrics;
	candidates: Record<string, Metrics>;
	naive: Metrics;
	sharePop: Metrics;
}

export function printNewCandidates(tables: SnapshotTables, table: BacktestTable, panel: Panel, cfg: ModelConfig) {
	const grid = gridOf(cfg);
	const offered = NEW_CANDIDATES.filter(([, c]) => grid.some((g) => sameCandidate(g, c)));
	const runs = offered.map(([name, c]) => {
		const t = runBacktest(tables, { origins: table.origins, keepPoints: true, config: { ...cfg, fixedCandidate: { ...c } } });
		return { name, byKey: new Map((t.points ?? []).map((p) => [key(p), p])) };
	});
	const pts = table.points ?? [];
	const rows: CandidateComparisonRow[] = [];
	console.log('\nNew candidates (issue 13): each as if used at every origin, on the same scored points, pooled origins, all bands');
	console.log('(shrink: a category\'s median share change shrunk toward the total\'s pooled history; conv λ: the share closes λ a year of its gemeente\'s gap to the trait-expected share; for totaal the shrinkage is the share staying)');
	console.log(`level    category                  h      n | WAPE %: current | ${offered.map(([n]) => n.padStart(11)).join(' | ')} |  naive | share×pop || MAPE %: current | ${offered.map(([n]) => n.padStart(11)).join(' | ')} |  naive | share×pop`);
	for (const level of ['wijk', 'gemeente'] as const) {
		for (const category of [...new Set(pts.filter((p) => p.level === level).map((p) => p.category))]) {
			for (const horizon of [1, 2, 3, 4, 5]) {
				const sel = pts.filter((p) => p.level === level && p.category === category && p.horizon === horizon);
				if (!sel.length) continue;
				const a = sel.map((p) => p.actual);
				const cands: Record<string, Metrics> = {};
				for (const r of runs) cands[r.name] = metrics(sel.map((p) => r.byKey.get(key(p))?.model ?? NaN), a);
				const row: CandidateComparisonRow = {
					level,
					category,
					horizon,
					n: sel.length,
					current: metrics(sel.map((p) => p.model), a),
					candidates: cands,
					naive: metrics(sel.map((p) => p.naive), a),
					sharePop: metrics(sel.map((p) => p.sharePop), a)
				};
				rows.push(row);
				const cols = (m: keyof Metrics) =>
					`${pct(row.current[m]).padStart(15)} | ${offered.map(([n]) => pct(cands[n][m]).padStart(11)).join(' | ')} | ${pct(row.naive[m]).padStart(6)} | ${pct(row.sharePop[m]).padStart(9)}`;
				console.log(`${level.padEnd(8)} ${category.padEnd(25)} ${horizon} ${String(sel.length).padStart(6)} | WAPE %: ${cols('wape')} || MAPE %: ${cols('mape')}`);
			}
		}
	}
	const origins = [...new Set([...table.origins, panel.lastYear])];
	console.log(`\nChosen by the nested rule? (S = category shrinkage, C = convergence, - = neither) at origins ${origins.join(', ')}; the model at the last origin:`);
	const chosen: { origin: number; level: string; category: string; candidate: string; shrink: boolean; convergence: number }[] = [];
	const models = origins.map((T) => chooseModels(panel, T, cfg));
	for (const m of models[models.length - 1]) {
		const marks = models.map((ms, t) => {
			const c = ms.find((x) => x.level === m.level && x.category === m.category)!.candidate;
			chosen.push({ origin: origins[t], level: m.level, category: m.category, candidate: describeCandidate(c), shrink: !!c.shrink, convergence: c.convergence ?? 0 });
			return `${c.shrink ? 'S' : ''}${c.convergence ? 'C' : ''}` || '-';
		});
		console.log(`${m.level.padEnd(8)} ${m.category.padEnd(25)} ${marks.map((x) => x.padStart(4)).join(' ')}   ${describeCandidate(m.candidate)}`);
	}
	return { rows, chosen };
}
