// The forecast worker: a thin comlink wrapper over the pipeline (src/lib/pipeline) and the view
// adapters (src/lib/view), the code the command-line tools run, so the browser shows exactly the
// numbers of `npm run forecast`. It keeps the decoded tables and the forecasts; the page asks for
// small, plain-data views. A second instance runs the backtest on this one's decoded panel.
import * as Comlink from 'comlink';
import { backtestPanel } from '../src/lib/model/backtest';
import type { Panel } from '../src/lib/model/panel';
import { trackPointsOf, type TrackPoint } from '../src/lib/model/trackRecord';
import { Pipeline } from '../src/lib/pipeline/run';
import type { LocalOverrides, PipelineSettings } from '../src/lib/pipeline/input';
import { accuracyFromBacktest } from '../src/lib/view/accuracy';
import { regionProfile } from '../src/lib/view/profile';
import type { ForecastApi } from '../src/lib/view/forecastApi';
import { gemeenteView, indexResult, initView, type ViewIndex } from '../src/lib/view/views';
import { fitCacheFor } from './fit-cache';
import { TableIntake, type TableName } from './table-intake';

const intake = new TableIntake();
let pipeline: Pipeline | null = null;
let settingsInUse: PipelineSettings | undefined;
let views: ViewIndex | null = null;
let adopted: Panel | null = null;
let lastTrack: TrackPoint[] = [];

const api: ForecastApi = {
	addTable(name: TableName, buffer: ArrayBuffer) {
		intake.add(name, buffer);
	},

	async init(settings?: PipelineSettings) {
		settingsInUse = settings;
		return runPipeline(null);
	},

	async setLocalData(local: LocalOverrides | null) {
		return runPipeline(local);
	},

	async regions() {
		const tables = await intake.all();
		return tables.regions.map((r) => ({ code: r.code, level: r.level, name: r.name, gemeente_code: r.gemeente_code }));
	},

	async cbsClients(codes: string[]) {
		// The snapshot as delivered, not the pipeline's tables, which may hold the user's own counts.
		const tables = await intake.all();
		const wanted = new Set(codes);
		return tables.clients.filter((r) => wanted.has(r.code));
	},

	async gemeente(code: string) {
		return views ? gemeenteView(views, code) : null;
	},

	async profile(code: string) {
		return pipeline ? regionProfile(pipeline.tables, code) : null;
	},

	async benchmark(code, options) {
		if (!pipeline) return null;
		// Loaded on first use: the benchmark's code is not needed for the first forecast.
		const { benchmarkViews } = await import('../src/lib/view/benchmark/benchmarkView');
		return benchmarkViews(pipeline.tables, code, options);
	},

	async panelForBacktest() {
		if (!pipeline) throw new Error('De prognose is nog niet berekend.');
		return pipeline.panel;
	},

	adoptPanel(panel: unknown) {
		adopted = panel as Panel;
	},

	async backtest() {
		const panel = adopted ?? pipeline?.panel;
		if (!panel) throw new Error('Er zijn geen gegevens voor de backtest.');
		const table = backtestPanel(panel, { keepPoints: true });
		lastTrack = trackPointsOf(table.points ?? []);
		return accuracyFromBacktest(table.rows);
	},

	async trackPoints() {
		return lastTrack;
	}
};

/** Pipeline and views for the snapshot, with the user's own data when given (then no fit cache). */
async function runPipeline(local: LocalOverrides | null) {
	const tables = await intake.all();
	const t1 = performance.now();
	pipeline = new Pipeline(tables, local ? undefined : fitCacheFor(intake.hash), local ?? undefined);
	const result = await pipeline.run(settingsInUse?.scenario, settingsInUse?.costs);
	const t3 = performance.now();
	views = indexResult(pipeline.tables, result, local);
	const timings = { decodeMs: t1 - (intake.firstAt ?? t1), fitMs: result.timings.fitMs, forecastMs: result.timings.forecastMs, viewsMs: 0, fitCached: result.fitCached };
	const out = initView(views, result, timings);
	timings.viewsMs = performance.now() - t3;
	return out;
}

Comlink.expose(api);
