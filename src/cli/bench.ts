// npm run bench [-- --data DIR --runs 7]
// Times a full-country fit plus a five-year forecast of every level and category in Node (median
// of several cold runs: each run starts from freshly decoded tables, so no memo is reused).

import { loadavg } from 'node:os';
import { fitModel, forecast, lastDataYear, loadSnapshotTables } from '../lib/model';
import { argValue, readSnapshotBuffers } from './loadSnapshot';

async function main() {
	const args = process.argv.slice(2);
	const dir = argValue(args, 'data') ?? 'public/data';
	const runs = Number(argValue(args, 'runs') ?? 7);
	const buffers = await readSnapshotBuffers(dir);
	const decode: number[] = [];
	const fit: number[] = [];
	let rows = 0;
	for (let r = 0; r < runs + 1; r++) {
		const t0 = performance.now();
		const tables = await loadSnapshotTables(buffers);
		const t1 = performance.now();
		const origin = lastDataYear(tables);
		const fitted = fitModel(tables, { origin });
		rows = forecast(tables, fitted, { origin, horizon: 5 }).length;
		const t2 = performance.now();
		if (r === 0) continue; // warm-up: JIT compilation
		decode.push(t1 - t0);
		fit.push(t2 - t1);
	}
	const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
	console.log(`Runs: ${runs} (after one warm-up), ${rows} forecast rows each`);
	console.log(`Parquet decode (hyparquet): median ${med(decode).toFixed(0)} ms`);
	console.log(`Fit + 5-year forecast, all levels and categories: median ${med(fit).toFixed(0)} ms wall, min ${Math.min(...fit).toFixed(0)} ms (bar: 300 ms)`);
	// Wall time grows when other jobs share the two cores; the load average says how busy it was.
	console.log(`  load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
