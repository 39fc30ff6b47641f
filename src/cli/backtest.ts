// npm run backtest [-- --data DIR --out FILE.json --origins 2015,2016,2017 --points FILE.json --config JSON]
// Rolling-origin backtest as SPEC.md defines it; prints the table and writes it as JSON.

import { writeFile } from 'node:fs/promises';
import { formatBacktestTable, runBacktest } from '../lib/model';
import { analyseErrors } from '../lib/model/errorAnalysis';
import { coreRun } from '../lib/model/categoryRun';
import { selectCandidate } from '../lib/model/select';
import { resolveConfig } from '../lib/model/fit';
import { buildPanel } from '../lib/model/panel';
import { describeCandidate, type Candidate } from '../lib/model/candidates';
import type { BacktestRow } from '../lib/model';
import { argValue, loadSnapshotFromDir } from './loadSnapshot';
import { printAgeMethod } from './ageMethodSection';
import { printTrackRecords } from './trackRecordTable';
import { printCoverage } from './coverageTable';
import { printNewCandidates } from './candidateTable';

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '-');
const pct2 = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(2) : '-');

async function main() {
	const args = process.argv.slice(2);
	const dir = argValue(args, 'data') ?? 'public/data';
	const out = argValue(args, 'out') ?? 'backtest.json';
	const originsArg = argValue(args, 'origins');
	const tables = await loadSnapshotFromDir(dir);
	const t0 = performance.now();
	const table = runBacktest(tables, {
		origins: originsArg ? originsArg.split(',').map(Number) : undefined,
		keepPoints: true,
		config: argValue(args, 'config') ? JSON.parse(argValue(args, 'config')!) : undefined
	});
	const ms = performance.now() - t0;

	console.log(`Rolling-origin backtest, origins ${table.origins.join(', ')} (${ms.toFixed(0)} ms)\n`);
	console.log('All rows (band = size band of the actual count):');
	console.log(formatBacktestTable(table));
	console.log('\nHeadline: wijk, totaal, pooled origins, per horizon and band:');
	console.log(formatBacktestTable(table, (r) => r.level === 'wijk' && r.category === 'totaal' && r.origin === 'all'));
	console.log('\nBoundary changes (converted = true) vs unchanged, pooled origins and bands:');
	console.log('level    category                  h conv      n | model MAPE WAPE | naive MAPE WAPE | share×pop MAPE WAPE');
	for (const r of table.converted) {
		console.log(
			`${r.level.padEnd(8)} ${r.category.padEnd(25)} ${r.horizon} ${String(r.converted).padEnd(5)} ${String(r.n).padStart(6)} | ${pct(r.model.mape).padStart(6)} ${pct(r.model.wape).padStart(6)} | ${pct(r.naive.mape).padStart(6)} ${pct(r.naive.wape).padStart(6)} | ${pct(r.sharePop.mape).padStart(6)} ${pct(r.sharePop.wape).padStart(6)}`
		);
	}
	const beats = (r: BacktestRow) => r.model.wape < r.naive.wape && r.model.wape < r.sharePop.wape;
	const pooled = table.rows.filter((r) => r.origin === 'all' && r.band === 'all');
	const losers = pooled.filter((r) => !beats(r));
	console.log(
		`\nWAPE, pooled origins and bands: the model beats both baselines in ${pooled.length - losers.length} of ${pooled.length} level × category × horizon rows.`
	);
	for (const r of losers)
		console.log(`  not beaten: ${r.level} ${r.category} h=${r.horizon}: model ${pct(r.model.wape)} naive ${pct(r.naive.wape)} share×pop ${pct(r.sharePop.wape)}`);

	const names = new Map(tables.regions.map((r) => [r.code, r.name]));
	const analysis = analyseErrors(table.points ?? [], 'wijk', 'totaal', 1, 100, 12);
	console.log('\nWhere the error comes from (wijk, totaal, h = 1, actual ≥ 100 clients), MAPE %:');
	console.log('origin→year     n   model   naive share×pop | naive with the gemeente\'s actual growth (ex post)');
	for (const r of analysis.byOrigin)
		console.log(
			`${r.origin}→${r.origin + 1} ${String(r.n).padStart(6)} ${pct(r.model).padStart(7)} ${pct(r.naive).padStart(7)} ${pct(r.sharePop).padStart(9)} | ${pct(r.gemeenteShockRemoved).padStart(7)}`
		);
	const bar = (table.points ?? []).filter((p) => p.level === 'wijk' && p.category === 'totaal' && p.horizon === 1 && p.actual >= 100);
	const m = (f: (p: (typeof bar)[number]) => number) => bar.reduce((s, p) => s + Math.abs(f(p) - p.actual) / p.actual, 0) / bar.length;
	console.log(
		`pooled     ${String(bar.length).padStart(6)} ${pct(m((p) => p.model)).padStart(7)} ${pct(m((p) => p.naive)).padStart(7)} ${pct(m((p) => p.sharePop)).padStart(9)}   <- the bar: MAPE ≤ 6%`
	);
	// Per horizon and origin (the origin decides where the interval came from: 2015 has no backtest
	// before it, so its intervals are a priori), category totaal, two decimals for close calls.
	console.log('\nTotaal per horizon × origin: MAPE % (actual ≥ 100) and WAPE % (actual ≥ 10) of model | naive | share×pop, 80% coverage');
	for (const level of ['wijk', 'gemeente'] as const) {
		const pts = (table.points ?? []).filter((p) => p.level === level && p.category === 'totaal');
		const keys = [...new Set(pts.map((p) => `${p.horizon}|${p.origin}`))].sort();
		for (const h of [...new Set(pts.map((p) => p.horizon))].sort()) {
			for (const key of [...keys.filter((k) => k.startsWith(`${h}|`)), `${h}|all`]) {
				const o = key.split('|')[1];
				const sel = pts.filter((p) => p.horizon === h && (o === 'all' || p.origin === Number(o)));
				const big = sel.filter((p) => p.actual >= 100);
				const mapeOf = (f: (p: (typeof sel)[number]) => number) => big.reduce((s, p) => s + Math.abs(f(p) - p.actual) / p.actual, 0) / big.length;
				const act = sel.reduce((s, p) => s + p.actual, 0);
				const wapeOf = (f: (p: (typeof sel)[number]) => number) => sel.reduce((s, p) => s + Math.abs(f(p) - p.actual), 0) / act;
				const cov = sel.filter((p) => p.actual >= p.lower && p.actual <= p.upper).length / sel.length;
				console.log(
					`${level.padEnd(8)} h=${h} origin ${o.padEnd(4)} n≥100 ${String(big.length).padStart(5)} MAPE ${[mapeOf((p) => p.model), mapeOf((p) => p.naive), mapeOf((p) => p.sharePop)].map(pct2).join(' | ')}   n ${String(sel.length).padStart(5)} WAPE ${[wapeOf((p) => p.model), wapeOf((p) => p.naive), wapeOf((p) => p.sharePop)].map(pct2).join(' | ')}   cover80 ${pct(cov)}`
				);
			}
		}
	}
	console.log('Median |growth| of a gemeente (sum of its scored wijken) per year: ' + analysis.medianAbsGemeenteGrowth.map((m) => `${m.origin + 1}: ${pct(m.value)}%`).join(', '));
	console.log('Gemeente-years carrying the most absolute error:');
	for (const g of analysis.topGemeenten)
		console.log(
			`  ${g.gemeente_code} ${(names.get(g.gemeente_code) ?? '').padEnd(22)} ${g.origin}→${g.origin + 1}: ${String(g.n).padStart(3)} wijken, ${pct(g.errorShare).padStart(5)}% of the error, actual growth ${pct(g.actualGrowth).padStart(6)}%, model MAPE ${pct(g.modelMape).padStart(5)}%`
		);

	// The evidence behind each choice (nested: forecasts from earlier origins of years ≤ T only).
	const panel = buildPanel(tables);
	const cfg = resolveConfig(argValue(args, 'config') ? JSON.parse(argValue(args, 'config')!) : undefined);
	// The new stages (shrinkage, convergence) have their own columns; the old families exclude them.
	const plain = (c: Candidate) => !c.shrink && !c.convergence;
	const families: [string, (c: Candidate) => boolean][] = [
		['drift', (c) => plain(c) && c.damping > 0 && !c.robust && !c.gemeenteWeight && !c.drivers && !c.smoothing],
		['gemeente', (c) => plain(c) && c.gemeenteWeight > 0 && !c.drivers && !c.smoothing],
		['drivers', (c) => plain(c) && c.drivers && !c.damping && !c.smoothing],
		['smoothing', (c) => plain(c) && c.smoothing > 0 && !c.damping && !c.drivers],
		['median', (c) => plain(c) && c.robust === 'median'],
		['wmedian', (c) => plain(c) && c.robust === 'weightedMedian'],
		['combination', (c) => plain(c) && !!c.naiveWeight],
		['shrink', (c) => !!c.shrink && !c.convergence],
		['converge', (c) => !!c.convergence]
	];
	const widths = [11, 9, 9, 8, 9, 10, 10, 11, 10, 10];
	for (const T of [...new Set([...table.origins, panel.lastYear])]) {
		console.log(`\nNested choice at origin ${T}: WAPE % of forecasts from earlier origins of years ≤ ${T} (best candidate of each family)`);
		console.log(
			'level    category                  origins      n | share stays | reg.drift | gem.eff. | drivers | smoothing | med.drift | wmed.drift | combination | cat.shrink | converge | chosen'
		);
		for (const level of ['wijk', 'gemeente'] as const) {
			for (const cat of panel[level].categories) {
				const run = coreRun(panel, level, cat, T, cfg);
				const sel = selectCandidate(panel, level, cat, T, cfg);
				if (!sel.wape.length) {
					console.log(`${level.padEnd(8)} ${cat.padEnd(25)} none: no earlier origin to compare on; the share stays`);
					continue;
				}
				const best = families.map(([, f]) => Math.min(...run.candidates.map((c, i) => (f(c) ? sel.wape[i] : Infinity))));
				console.log(
					`${level.padEnd(8)} ${cat.padEnd(25)} ${sel.origins.join(',').padEnd(10)} ${String(sel.n).padStart(6)} | ${[sel.wape[0], ...best].map((b, i) => pct2(b).padStart(widths[i])).join(' | ')} | ${describeCandidate(run.candidates[sel.index])}`
				);
			}
		}
	}

	const candidateComparison = printNewCandidates(tables, table, panel, cfg);
	printAgeMethod(panel, table.points ?? []);
	printCoverage(table);
	const trackRecords = printTrackRecords(table, tables);

	const { points, ...rest } = table;
	(rest as Record<string, unknown>).errorAnalysis = analysis;
	(rest as Record<string, unknown>).trackRecords = trackRecords;
	(rest as Record<string, unknown>).candidateComparison = candidateComparison;
	await writeFile(out, JSON.stringify(rest, null, 1));
	console.log(`\nWritten: ${out}`);
	const pointsOut = argValue(args, 'points');
	if (pointsOut && points) {
		await writeFile(pointsOut, JSON.stringify(points));
		console.log(`Written: ${pointsOut} (${points.length} scored forecasts)`);
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
