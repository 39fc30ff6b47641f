// The track-record block of `npm run backtest`: per gemeente (and wijk) the model's nested past
// forecasts against naive, tallied, and the table of the largest gemeenten.

import { trackPointsOf, trackRecordFor, trackRecordTally, type TrackRecord } from '../lib/model/trackRecord';
import type { BacktestTable, SnapshotTables } from '../lib/model/types';

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

export function printTrackRecords(table: BacktestTable, tables: SnapshotTables, largest = 15): Record<string, TrackRecord> {
	const points = trackPointsOf(table.points ?? []);
	const name = new Map(tables.regions.map((r) => [r.code, r.name]));
	const out: Record<string, TrackRecord> = {};
	console.log("\nEach gemeente's own track record (category totaal, nested forecasts from every earlier origin, all horizons), MAPE %:");
	for (const level of ['gemeente', 'wijk'] as const) {
		const codes = tables.regions.filter((r) => r.level === level).map((r) => r.code);
		const t = trackRecordTally(points.filter((p) => (level === 'wijk' ? p.code.startsWith('WK') : p.code.startsWith('GM'))), codes, 'totaal');
		console.log(`  ${level}: ${t.units} with a track record; model better than naive in ${t.better}, worse in ${t.worse}, equal in ${t.equal}`);
		for (const c of codes) {
			const r = trackRecordFor(points, c, 'totaal');
			if (r) out[c] = r;
		}
	}
	const big = Object.values(out)
		.filter((r) => r.code.startsWith('GM'))
		.sort((a, b) => Math.max(...b.rows.map((x) => x.actual)) - Math.max(...a.rows.map((x) => x.actual)))
		.slice(0, largest);
	console.log(`  The ${largest} largest gemeenten (origin→year: actual / model / naive):`);
	console.log('  code   name                       n  model  naive | verdict   | forecasts');
	for (const r of big) {
		const rows = r.rows.map((x) => `${x.origin}→${x.origin + x.horizon}: ${Math.round(x.actual)}/${Math.round(x.model)}/${Math.round(x.naive)}`).join(', ');
		console.log(`  ${r.code} ${(name.get(r.code) ?? '').slice(0, 24).padEnd(24)} ${String(r.n).padStart(3)} ${pct(r.modelMape)} ${pct(r.naiveMape)} | ${r.worseThanNaive ? 'worse    ' : 'not worse'} | ${rows}`);
	}
	return out;
}
