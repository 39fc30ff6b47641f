// Rolling-origin backtest (SPEC.md "How accuracy is measured"): for each origin T the whole
// procedure (fit, nested choices, population projection, intervals) sees data up to T only, and
// every forecast with an actual of at least 10 clients is scored next to both baselines.

import type { Category, Level } from '../snapshot/schema';
import { MIN_CLIENTS, sizeBandOf } from '../snapshot/reliability';
import { chooseModels } from './chooseModels';
import { resolveConfig } from './fit';
import { finalRuns } from './forecast';
import { intervalFor, intervalTable } from './intervals';
import { metrics } from './metrics';
import { errorsBefore } from './nestedErrors';
import { actualOf, buildPanel, type Panel } from './panel';
import type { BacktestOptions, BacktestPoint, BacktestRow, BacktestTable, ConvertedRow, SnapshotTables } from './types';

export function runBacktest(tables: SnapshotTables, options: BacktestOptions = {}): BacktestTable {
	return backtestPanel(buildPanel(tables), options);
}

/** The backtest of an already built panel (a second worker gets the first one's panel, not the bytes). */
export function backtestPanel(panel: Panel, options: BacktestOptions = {}): BacktestTable {
	const cfg = resolveConfig(options.config);
	const origins = options.origins ?? range(panel.firstYear, panel.lastYear - 1);
	const maxH = options.horizon ?? 5;
	const points: BacktestPoint[] = [];
	const fits: BacktestTable['fits'] = [];
	for (const T of origins) {
		const intervals = intervalTable(errorsBefore(panel, T, cfg), maxH);
		fits.push({ origin: T, models: chooseModels(panel, T, cfg) });
		for (const [key, fr] of finalRuns(panel, T, cfg)) {
			const [level, cat] = key.split('|') as [Level, Category];
			const lp = panel[level];
			const H = fr.fc.horizon;
			for (let h = 1; h <= Math.min(maxH, H) && T + h <= panel.lastYear; h++) {
				for (let i = 0; i < lp.codes.length; i++) {
					const k = i * H + h - 1;
					const f = fr.fc.model[k];
					const a = actualOf(lp, cat, i, T + h);
					if (!(f >= 0) || !(a >= MIN_CLIENTS)) continue;
					// An estimated gap is not a CBS figure: never scored.
					if (lp.estimated[cat][i * lp.nYears + T + h - lp.firstYear]) continue;
					const band = intervalFor(intervals, level, fr.base.count[i], h);
					const y = T + h - lp.firstYear;
					points.push({
						level,
						code: lp.codes[i],
						gemeente_code: lp.gemeente[i],
						category: cat,
						origin: T,
						horizon: h,
						actual: a,
						model: f,
						naive: fr.fc.naive[k],
						sharePop: fr.fc.sharePop[k],
						lower: band ? f * Math.exp(band.q10) : f,
						upper: band ? f * Math.exp(band.q90) : f,
						converted: fr.base.converted[i] === 1 || lp.converted[cat][i * lp.nYears + y] === 1
					});
				}
			}
		}
	}
	const table: BacktestTable = {
		origins,
		rows: summarise(points),
		converted: summariseConverted(points),
		fits
	};
	if (options.keepPoints) table.points = points;
	return table;
}

function range(a: number, b: number): number[] {
	const out: number[] = [];
	for (let x = a; x <= b; x++) out.push(x);
	return out;
}

function score(pts: BacktestPoint[]) {
	const a = pts.map((p) => p.actual);
	let inside = 0;
	for (const p of pts) if (p.actual >= p.lower && p.actual <= p.upper) inside++;
	return {
		n: pts.length,
		model: metrics(
			pts.map((p) => p.model),
			a
		),
		naive: metrics(
			pts.map((p) => p.naive),
			a
		),
		sharePop: metrics(
			pts.map((p) => p.sharePop),
			a
		),
		coverage: pts.length ? inside / pts.length : NaN
	};
}

function group<K>(pts: BacktestPoint[], key: (p: BacktestPoint) => K | null): Map<string, BacktestPoint[]> {
	const m = new Map<string, BacktestPoint[]>();
	for (const p of pts) {
		const k = key(p);
		if (k === null) continue;
		const s = JSON.stringify(k);
		const list = m.get(s);
		if (list) list.push(p);
		else m.set(s, [p]);
	}
	return m;
}

/** Rows per level × category × horizon × band (plus 'all'), per origin and pooled ('all'). */
export function summarise(points: BacktestPoint[]): BacktestRow[] {
	const rows: BacktestRow[] = [];
	const keyed = group(points, (p) => [p.level, p.category, p.horizon]);
	for (const [k, pts] of keyed) {
		const [level, category, horizon] = JSON.parse(k) as [Level, Category, number];
		const origins: (number | 'all')[] = ['all', ...[...new Set(pts.map((p) => p.origin))].sort((a, b) => a - b)];
		for (const origin of origins) {
			const po = origin === 'all' ? pts : pts.filter((p) => p.origin === origin);
			for (const band of ['all', '10-99', '100-499', '500+'] as const) {
				const pb = band === 'all' ? po : po.filter((p) => sizeBandOf(p.actual) === band);
				if (!pb.length) continue;
				rows.push({ level, category, horizon, band, origin, ...score(pb) });
			}
		}
	}
	const order = (r: BacktestRow) =>
		`${r.level === 'wijk' ? 0 : 1}|${r.category}|${r.horizon}|${r.origin === 'all' ? 0 : r.origin}|${r.band}`;
	return rows.sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

export function summariseConverted(points: BacktestPoint[]): ConvertedRow[] {
	const out: ConvertedRow[] = [];
	for (const [k, pts] of group(points, (p) => [p.level, p.category, p.horizon, p.converted])) {
		const [level, category, horizon, converted] = JSON.parse(k) as [Level, Category, number, boolean];
		const s = score(pts);
		out.push({ level, category, horizon, converted, n: s.n, model: s.model, naive: s.naive, sharePop: s.sharePop });
	}
	return out.sort((a, b) =>
		`${a.level}|${a.category}|${a.horizon}|${a.converted}` < `${b.level}|${b.category}|${b.horizon}|${b.converted}` ? -1 : 1
	);
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(6) : '     -');

/** Plain-text table for the terminal. */
export function formatBacktestTable(table: BacktestTable, filter: (r: BacktestRow) => boolean = () => true): string {
	const head =
		'level    category                  h origin band       n |  model MAPE   WAPE  MdAPE |  naive MAPE   WAPE  MdAPE | share×pop MAPE WAPE MdAPE | cover80';
	const lines = [head, '-'.repeat(head.length)];
	for (const r of table.rows.filter(filter)) {
		lines.push(
			`${r.level.padEnd(8)} ${r.category.padEnd(25)} ${String(r.horizon).padStart(1)} ${String(r.origin).padEnd(6)} ${r.band.padEnd(7)} ${String(r.n).padStart(5)} | ${pct(r.model.mape)} ${pct(r.model.wape)} ${pct(r.model.mdape)} | ${pct(r.naive.mape)} ${pct(r.naive.wape)} ${pct(r.naive.mdape)} | ${pct(r.sharePop.mape)} ${pct(r.sharePop.wape)} ${pct(r.sharePop.mdape)} | ${pct(r.coverage)}`
		);
	}
	return lines.join('\n');
}
