// npm run backtest [-- --data DIR --out FILE.json --origins 2015,2016,2017 --points FILE.json]
// Rolling-origin backtest as SPEC.md defines it; prints the table and writes it as JSON.

import { writeFile } from 'node:fs/promises';
import { formatBacktestTable, runBacktest } from '../../lib/model';
import type { BacktestRow } from '../../lib/model';
import { argValue, loadSnapshotFromDir } from './loadSnapshot';

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '-');

async function main() {
	const args = process.argv.slice(2);
	const dir = argValue(args, 'data') ?? 'public/data';
	const out = argValue(args, 'out') ?? 'backtest.json';
	const originsArg = argValue(args, 'origins');
	const tables = await loadSnapshotFromDir(dir);
	const t0 = performance.now();
	const table = runBacktest(tables, {
		origins: originsArg ? originsArg.split(',').map(Number) : undefined,
		keepPoints: Boolean(argValue(args, 'points'))
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

	const { points, ...rest } = table;
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
