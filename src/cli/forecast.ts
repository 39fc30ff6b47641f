// npm run forecast -- --origin YEAR --out FILE.csv [--data DIR]
// Forecasts from data up to YEAR (default: the last year in the snapshot), years YEAR+1..YEAR+5.

import { writeFile } from 'node:fs/promises';
import { describeCandidate, fitModel, forecast, lastDataYear } from '../lib/model';
import { toCsv } from './forecastCsv';
import { argValue, loadSnapshotFromDir } from './loadSnapshot';

async function main() {
	const args = process.argv.slice(2);
	const dir = argValue(args, 'data') ?? 'public/data';
	const tables = await loadSnapshotFromDir(dir);
	const last = lastDataYear(tables);
	const originArg = argValue(args, 'origin');
	const origin = originArg ? Number(originArg) : last;
	const first = Math.min(...tables.clients.filter((r) => r.status === 'observed').map((r) => r.year));
	if (!Number.isInteger(origin) || origin > last || origin < first) {
		throw new Error(
			`--origin moet een jaar van ${first} tot en met ${last} zijn, de jaren met Wmo-cijfers in de snapshot (gekregen: ${originArg}). ` +
				`Voorbeeld: npm run forecast -- --origin ${last} --out prognose.csv`
		);
	}
	const out = argValue(args, 'out') ?? `forecast_${origin}.csv`;
	const fitted = fitModel(tables, { origin });
	const rows = forecast(tables, fitted, { origin, horizon: 5 });
	await writeFile(out, toCsv(rows));
	const withF = rows.filter((r) => r.forecast !== null).length;
	console.log(`Forecast from origin ${origin}: ${rows.length} rows (${withF} with a forecast) written to ${out}`);
	for (const m of fitted.models) {
		const drivers = m.drivers.map((d) => `${d.sign > 0 ? '+' : '−'}${d.indicator} (${(100 * d.weight).toFixed(0)}%)`);
		console.log(`  ${m.level} ${m.category}: ${describeCandidate(m.candidate)}.${drivers.length ? ` Drivers${m.candidate.drivers ? '' : ' (shown, not used)'}: ${drivers.join(', ')}` : ''}`);
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
