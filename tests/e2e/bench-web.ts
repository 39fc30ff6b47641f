// npm run bench:web — speed of the built site in headless Chromium, CPU throttled 4× (main thread
// and workers) and network shaped to 10 Mbit/s with 40 ms RTT, as the quality bars prescribe.
// Reports: first forecast on screen cold and warm (cached second visit) and from a shared
// ?gemeente=…&wijk=… link opened cold; the map; redraws after changing gemeente, category, year and
// map mode; bytes before the first forecast (page and workers); memory (JS heap of page and
// workers, renderer RSS).
// Each load figure also comes as a ratio to a *floor* measured in the same run under the same
// throttling: a bare page fetching exactly the app's bytes and nothing else (see bench/floor.ts),
// which makes runs on different machines comparable.
// A benchmark, not a test: it prints numbers and the bars next to them, and never fails on them.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { launchChromium } from './browser';
import { serveStatic } from './serve';
import { chooseGemeente, renderSeq, waitForRender } from './page-helpers';
import { floorPlan, installFloorRoutes, recordRequests, wireBytes, type FloorRoutes, type PlanStep } from './bench/floor';
import { memorySnapshot, WorkerSessions, type MemorySnapshot } from './bench/memory';

const CPU_RATE = 4;
const NETWORK = { offline: false, latency: 40, downloadThroughput: (10e6 / 8) | 0, uploadThroughput: (10e6 / 8) | 0 };
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
/** The shared link: Utrecht with one of its wijken selected. */
const SHARED_LINK = '?gemeente=GM0344&wijk=WK034401';
const VIEWPORT = { viewport: { width: 1280, height: 800 }, locale: 'nl-NL' };

interface Visit {
	forecastMs: number;
	mapMs: number | null;
	/** Bytes on the wire before the first forecast, page and workers (Playwright request sizes). */
	bytes: number;
	requests: number;
	/** The same as CDP's Network domain on the page counts it (misses worker scripts); the figure of earlier reports. */
	cdpBytes: number;
	cdpRequests: number;
}

interface Throttled {
	cdp: CDPSession;
	workers: WorkerSessions;
	bytesUntil: (t: number) => { bytes: number; requests: number };
}

async function throttle(context: BrowserContext, page: Page): Promise<Throttled> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
	// Workers run on their own threads: throttle each one as it starts (non-flat auto-attach).
	// WorkerSessions keeps the list of workers and pairs later commands (heap usage) with replies.
	const workers = new WorkerSessions(cdp);
	cdp.on('Target.attachedToTarget', (e: any) => {
		const send = (id: number, method: string, params: object) =>
			cdp.send('Target.sendMessageToTarget', { sessionId: e.sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => {});
		if (e.targetInfo.type === 'worker') {
			send(1, 'Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
			send(2, 'Network.enable', {});
			send(3, 'Network.emulateNetworkConditions', NETWORK);
			send(4, 'Runtime.runIfWaitingForDebugger', {});
		}
	});
	await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
	// Bytes on the wire (encoded, incl. headers) per finished request, with a wall-clock stamp:
	// the page's own requests and those its workers make (their Network events arrive wrapped in
	// Target.receivedMessageFromTarget), each request counted once.
	const finished: Array<{ at: number; bytes: number }> = [];
	const seen = new Set<string>();
	const done = (id: string, bytes: number) => {
		if (seen.has(id)) return;
		seen.add(id);
		finished.push({ at: Date.now(), bytes });
	};
	cdp.on('Network.loadingFinished', (e: any) => done(e.requestId, e.encodedDataLength));
	cdp.on('Target.receivedMessageFromTarget', (e: any) => {
		if (!e.message.includes('"Network.loadingFinished"')) return;
		const msg = JSON.parse(e.message);
		if (msg.method === 'Network.loadingFinished') done(msg.params.requestId, msg.params.encodedDataLength);
	});
	return {
		cdp,
		workers,
		bytesUntil: (t) => {
			const done = finished.filter((f) => f.at <= t);
			return { bytes: done.reduce((a, f) => a + f.bytes, 0), requests: done.length };
		}
	};
}

interface AppVisit {
	page: Page;
	throttled: Throttled;
	result: Visit;
	plan: PlanStep[];
	/** Memory taken as soon as the first forecast is on screen (before the map). */
	memory: MemorySnapshot;
}

async function visit(browser: Browser, context: BrowserContext, origin: string, url: string): Promise<AppVisit> {
	const page = await context.newPage();
	const throttled = await throttle(context, page);
	const recorder = recordRequests(context);
	page.on('console', (m) => m.text().startsWith('prognose berekend') && console.log(`  worker ${m.text()}`));
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-forecast-ready'), undefined, { timeout: 120_000 });
	const readyAt = Date.now();
	const forecastMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-forecast-ready')));
	const cdpCount = throttled.bytesUntil(readyAt);
	recorder.stop();
	const plan = floorPlan(recorder.list, origin, readyAt);
	const { bytes, requests } = await wireBytes(recorder.list, readyAt);
	const memory = await memorySnapshot(browser, throttled.cdp, throttled.workers);
	let mapMs: number | null = null;
	try {
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 60_000 });
		mapMs = await page.evaluate(() => {
			const e = performance.getEntriesByType('mark').find((m) => m.name === 'map-ready');
			return e ? e.startTime : null;
		});
	} catch {
		/* no map (WebGL missing): reported as null */
	}
	return { page, throttled, result: { forecastMs, mapMs, bytes, requests, cdpBytes: cdpCount.bytes, cdpRequests: cdpCount.requests }, plan, memory };
}

/** Load the floor page for a plan in `context`, under the same throttling; its time in ms and bytes on the wire. */
async function floor(context: BrowserContext, url: string): Promise<{ ms: number; bytes: number }> {
	const page = await context.newPage();
	await throttle(context, page);
	const recorder = recordRequests(context);
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(
		() => document.documentElement.hasAttribute('data-floor-ready') || document.documentElement.hasAttribute('data-floor-error'),
		undefined,
		{ timeout: 120_000 }
	);
	const out = await page.evaluate(() => {
		const h = document.documentElement;
		return { ms: Number(h.getAttribute('data-floor-ready')), bytes: Number(h.getAttribute('data-floor-bytes')), error: h.getAttribute('data-floor-error') };
	});
	recorder.stop();
	const wire = await wireBytes(recorder.list, Date.now());
	if (process.env.BENCH_DEBUG) {
		// per request: fetch called – body read (floor script), and the network's own timing
		const entries = await page.evaluate(() => {
			const called = new Map((((window as any).__floorTimes ?? []) as Array<[string, number, number]>).map(([u, a, b]) => [u, `${a}–${b}`]));
			return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((e) => e.initiatorType === 'fetch')
				.map((e) => {
					const path = e.name.replace(location.origin, '');
					return `${path} fetch ${called.get(path)} net ${Math.round(e.startTime)}–${Math.round(e.responseEnd)} ${e.transferSize}B`;
				});
		});
		console.log(`  floor ${url}: ${out.ms} ms, ${wire.bytes} B on the wire in ${wire.requests} requests (body ${out.bytes} B)\n    ${entries.join('\n    ')}`);
	}
	await page.close();
	if (out.error) throw new Error(`floor page failed: ${out.error}`);
	return { ms: out.ms, bytes: wire.bytes };
}

async function redraw(page: Page, action: () => Promise<void>): Promise<number> {
	const before = await renderSeq(page);
	await action();
	await waitForRender(page, before, 60_000);
	return Number(await page.evaluate(() => document.documentElement.getAttribute('data-render-ms')));
}

function median(xs: number[]): number {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return NaN;
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fmtMs = (x: number | null) => (x === null || !Number.isFinite(x) ? 'n/a' : `${Math.round(x)} ms`);
const fmtMB = (x: number | null) => (x === null || !Number.isFinite(x) ? 'n/a' : `${x.toFixed(1)} MB`);

interface Run {
	cold: Visit;
	warm: Visit;
	link: Visit;
	floor: { cold: number; warm: number; link: number; coldBytes: number; warmBytes: number; linkBytes: number };
	redraws: { gemeente: number[]; categorie: number[]; jaar: number[]; kaart: number[]; scenario: number[] };
	memory: { firstForecast: MemorySnapshot; afterGemeente: MemorySnapshot };
	timeline: string[];
	coldTimeline: string[];
}

/** The page's navigation timing, marks and measures, as name@start+duration (ms). */
async function timelineOf(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const boot = nav ? [`html@${Math.round(nav.responseEnd)}`, `dom-interactive@${Math.round(nav.domInteractive)}`] : [];
		return boot.concat(
			performance
				.getEntries()
				.filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
				.map((e) => `${e.name}@${Math.round(e.startTime)}+${Math.round(e.duration)}`)
		);
	});
}

async function oneRun(browser: Browser, server: { url: string }, floors: FloorRoutes, r: number): Promise<Run> {
	const origin = server.url;
	// 1. The app, cold then warm, in one context (the second visit has the HTTP cache and IndexedDB).
	const context = await browser.newContext(VIEWPORT);
	const first = await visit(browser, context, origin, server.url);
	const firstForecast = first.memory;
	const coldTimeline = await timelineOf(first.page);
	await first.page.close();
	const second = await visit(browser, context, origin, server.url);
	const page = second.page;
	// Let the background work (DuckDB, backtest) finish, as a user reading the page would.
	await page
		.waitForFunction(() => document.documentElement.hasAttribute('data-backtest-ready'), undefined, { timeout: 180_000 })
		.catch(() => console.warn('  (backtest not finished within 3 minutes; redraws measured anyway)'));
	const redraws: Run['redraws'] = { gemeente: [], categorie: [], jaar: [], kaart: [], scenario: [] };
	const gemeenten = ['Utrecht', 'Groningen', 'Zwolle'];
	redraws.gemeente.push(await redraw(page, () => chooseGemeente(page, gemeenten[r % gemeenten.length])));
	const afterGemeente = await memorySnapshot(browser, second.throttled.cdp, second.throttled.workers);
	redraws.categorie.push(await redraw(page, () => page.getByLabel('Categorie').selectOption('hulp_bij_het_huishouden').then(() => {})));
	redraws.categorie.push(await redraw(page, () => page.getByLabel('Categorie').selectOption('totaal').then(() => {})));
	const years = await page.getByLabel('Jaar').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
	redraws.jaar.push(await redraw(page, () => page.getByLabel('Jaar').selectOption(years[years.length - 3]).then(() => {})));
	redraws.jaar.push(await redraw(page, () => page.getByLabel('Jaar').selectOption(years[years.length - 1]).then(() => {})));
	const kaart = page.getByRole('group', { name: 'Kaart toont' });
	redraws.kaart.push(await redraw(page, () => kaart.getByRole('radio', { name: /Verandering vanaf/ }).check()));
	redraws.kaart.push(await redraw(page, () => kaart.getByRole('radio', { name: /Aandeel inwoners/ }).check()));
	// A scenario lever (issue 11): 65+ growth +1 pp a year, then back to 0.
	await page.getByTestId('scenario').locator('summary').first().click();
	const lever = page.getByTestId('scenario-growth65');
	for (const v of ['1', '0']) redraws.scenario.push(await redraw(page, () => lever.fill(v).then(() => lever.press('Enter'))));
	const timeline = await timelineOf(page);
	await context.close();

	// 2. A shared link to a gemeente and wijk, opened cold.
	const linkContext = await browser.newContext(VIEWPORT);
	const link = await visit(browser, linkContext, origin, server.url + SHARED_LINK);
	await linkContext.close();

	// 3. The floors: cold and warm in one fresh context (like the app), the link's floor cold.
	const floorContext = await browser.newContext(VIEWPORT);
	const fc = await floor(floorContext, floors.add(`cold-${r}`, first.plan));
	const fw = await floor(floorContext, floors.add(`warm-${r}`, second.plan));
	await floorContext.close();
	const linkFloorContext = await browser.newContext(VIEWPORT);
	const fl = await floor(linkFloorContext, floors.add(`link-${r}`, link.plan));
	await linkFloorContext.close();

	return {
		cold: first.result,
		warm: second.result,
		link: link.result,
		floor: { cold: fc.ms, warm: fw.ms, link: fl.ms, coldBytes: fc.bytes, warmBytes: fw.bytes, linkBytes: fl.bytes },
		redraws,
		memory: { firstForecast, afterGemeente },
		timeline,
		coldTimeline
	};
}

type Row = [measure: string, median: string, runs: string, floor: string, ratio: string, bar: string];

function table(runs: Run[]): Row[] {
	const rows: Row[] = [];
	const ms = (xs: Array<number | null>) => xs.map((x) => (x === null ? NaN : x));
	const list = (xs: number[], f: (x: number) => string) => xs.map((x) => (Number.isFinite(x) ? f(x) : 'n/a')).join(' ');
	const timed = (name: string, app: Array<number | null>, floorMs: number[] | null, bar: string) => {
		const a = ms(app);
		const ratio = floorMs ? median(a.map((x, i) => x / floorMs[i])) : NaN;
		rows.push([
			name,
			fmtMs(median(a)),
			list(a, (x) => String(Math.round(x))),
			floorMs ? fmtMs(median(floorMs)) : '–',
			Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–',
			bar
		]);
	};
	const fCold = runs.map((r) => r.floor.cold);
	const fWarm = runs.map((r) => r.floor.warm);
	const fLink = runs.map((r) => r.floor.link);
	timed('first forecast, cold', runs.map((r) => r.cold.forecastMs), fCold, '< 3000 ms, ≤ 2.5× floor');
	timed('map drawn, cold', runs.map((r) => r.cold.mapMs), fCold, '(info)');
	timed('map after first forecast, cold', runs.map((r) => (r.cold.mapMs === null ? null : r.cold.mapMs - r.cold.forecastMs)), null, '< 1500 ms');
	timed('first forecast, warm', runs.map((r) => r.warm.forecastMs), fWarm, '< 1000 ms');
	timed('shared link forecast, cold', runs.map((r) => r.link.forecastMs), fLink, '< 3000 ms');
	timed('shared link map drawn, cold', runs.map((r) => r.link.mapMs), fLink, '(info)');
	timed('redraw after gemeente change', runs.flatMap((r) => r.redraws.gemeente), null, '< 150 ms');
	timed('redraw after category change', runs.flatMap((r) => r.redraws.categorie), null, '< 150 ms');
	timed('redraw after year change', runs.flatMap((r) => r.redraws.jaar), null, '< 150 ms');
	timed('redraw after map-mode change', runs.flatMap((r) => r.redraws.kaart), null, '< 150 ms');
	timed('redraw after scenario change', runs.flatMap((r) => r.redraws.scenario), null, '< 150 ms');
	const bytes = (name: string, app: number[], floorBytes: number[], reqs: number[], bar: string) =>
		rows.push([
			name,
			`${(median(app) / 1e6).toFixed(3)} MB`,
			`${list(app, (x) => (x / 1e6).toFixed(3))} (${median(reqs)} req)`,
			`${(median(floorBytes) / 1e6).toFixed(3)} MB`,
			'–',
			bar
		]);
	bytes('bytes before first forecast, cold', runs.map((r) => r.cold.bytes), runs.map((r) => r.floor.coldBytes), runs.map((r) => r.cold.requests), '≤ 1.43 MB');
	bytes('bytes before first forecast, warm', runs.map((r) => r.warm.bytes), runs.map((r) => r.floor.warmBytes), runs.map((r) => r.warm.requests), '(report)');
	bytes('bytes before first forecast, link', runs.map((r) => r.link.bytes), runs.map((r) => r.floor.linkBytes), runs.map((r) => r.link.requests), '(report)');
	for (const [when, pick] of [
		['after first forecast', (r: Run) => r.memory.firstForecast],
		['after gemeente change', (r: Run) => r.memory.afterGemeente]
	] as const) {
		const names = [...new Set(runs.flatMap((r) => pick(r).heaps.map((h) => h.name)))];
		for (const name of names) {
			const xs = runs.map((r) => pick(r).heaps.find((h) => h.name === name)?.usedMB ?? NaN);
			const bar = /duckdb/.test(name) ? '≤ 29 MB (half of 58)' : /forecast/.test(name) ? '≤ 15 MB (half of 30)' : '(report)';
			rows.push([`JS heap ${name}, ${when}`, fmtMB(median(xs)), list(xs, (x) => x.toFixed(1)), '–', '–', bar]);
		}
		const rss = runs.map((r) => pick(r).renderer?.rssMB ?? NaN);
		const pss = runs.map((r) => pick(r).renderer?.pssMB ?? NaN);
		rows.push([`renderer RSS, ${when}`, fmtMB(median(rss)), list(rss, (x) => x.toFixed(0)), '–', '–', '≤ 325 MB (half of 650)']);
		rows.push([`renderer PSS, ${when}`, fmtMB(median(pss)), list(pss, (x) => x.toFixed(0)), '–', '–', '(info)']);
	}
	return rows;
}

async function main() {
	if (!existsSync('build/index.html')) throw new Error('build/ ontbreekt: draai eerst „npm run build”.');
	const server = await serveStatic('build');
	const floors = installFloorRoutes(server);
	const browser = await launchChromium();
	const runs: Run[] = [];
	try {
		for (let r = 0; r < REPEATS; r++) {
			const run = await oneRun(browser, server, floors, r);
			runs.push(run);
			console.log(`  timeline of the cold visit (ms): ${run.coldTimeline.join(', ')}`);
			console.log(`  timeline of the warm visit (ms): ${run.timeline.join(', ')}`);
			console.log(
				`run ${r + 1}/${REPEATS}: cold ${fmtMs(run.cold.forecastMs)} (floor ${fmtMs(run.floor.cold)}), warm ${fmtMs(run.warm.forecastMs)} (floor ${fmtMs(run.floor.warm)}), link ${fmtMs(run.link.forecastMs)} (floor ${fmtMs(run.floor.link)})`
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const header: Row = ['measure', 'median', 'runs', 'floor', 'ratio', 'bar'];
	const rows = [header, ...table(runs)];
	const width = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	console.log(`\nWmo Vooruitblik web benchmark — CPU ${CPU_RATE}× slower, 10 Mbit/s, 40 ms RTT, median of ${REPEATS} runs`);
	console.log(
		'bytes: encoded body + headers of the requests (page and workers) finished before data-forecast-ready. Chromium reports a\n' +
			"worker's own script without its body (~0.7 kB each), so the app's figure misses those; the floor fetches the same URLs\n" +
			'with fetch() and counts them in full, which makes its column the complete count.'
	);
	console.log('renderer memory: /proc/<pid>/status VmRSS and smaps_rollup Pss of the renderer found via SystemInfo.getProcessInfo');
	for (const row of rows) console.log('  ' + row.map((c, i) => (i === 1 || i === 3 || i === 4 ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  '));
	console.log(`  raw: ${JSON.stringify(runs.map(({ timeline: _t, coldTimeline: _c, ...rest }) => rest))}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
