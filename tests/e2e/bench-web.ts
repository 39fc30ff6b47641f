// npm run bench:web — speed of the built site in headless Chromium, CPU throttled 4× (main thread
// and workers) and network shaped to 10 Mbit/s with 40 ms RTT, as the quality bars prescribe.
// Reports: first forecast on screen cold and warm (cached second visit), redraw after changing
// category, year and gemeente, and bytes transferred before the first forecast.
// A benchmark, not a test: it prints numbers and the bars next to them, and never fails on them.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { launchChromium } from './browser';
import { serveStatic } from './serve';
import { chooseGemeente, renderSeq, waitForRender } from './page-helpers';

const CPU_RATE = 4;
const NETWORK = { offline: false, latency: 40, downloadThroughput: (10e6 / 8) | 0, uploadThroughput: (10e6 / 8) | 0 };
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

interface Visit {
	forecastMs: number;
	mapMs: number | null;
	bytes: number;
	requests: number;
}

async function throttle(context: BrowserContext, page: Page): Promise<{ cdp: CDPSession; bytesUntil: (t: number) => { bytes: number; requests: number } }> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
	// Workers run on their own threads: throttle each one as it starts (non-flat auto-attach).
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
	// Bytes on the wire (encoded, incl. headers) per finished request, with a wall-clock stamp.
	const finished: Array<{ at: number; bytes: number }> = [];
	const started = new Map<string, number>();
	cdp.on('Network.requestWillBeSent', (e: any) => started.set(e.requestId, e.wallTime * 1000));
	cdp.on('Network.loadingFinished', (e: any) => finished.push({ at: Date.now(), bytes: e.encodedDataLength }));
	return {
		cdp,
		bytesUntil: (t) => {
			const done = finished.filter((f) => f.at <= t);
			return { bytes: done.reduce((a, f) => a + f.bytes, 0), requests: done.length };
		}
	};
}

async function visit(context: BrowserContext, url: string): Promise<{ page: Page; result: Visit }> {
	const page = await context.newPage();
	const { bytesUntil } = await throttle(context, page);
	page.on('console', (m) => m.text().startsWith('prognose berekend') && console.log(`  worker ${m.text()}`));
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-forecast-ready'), undefined, { timeout: 120_000 });
	const readyAt = Date.now();
	const forecastMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-forecast-ready')));
	const { bytes, requests } = bytesUntil(readyAt);
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
	return { page, result: { forecastMs, mapMs, bytes, requests } };
}

async function redraw(page: Page, action: () => Promise<void>): Promise<number> {
	const before = await renderSeq(page);
	await action();
	await waitForRender(page, before, 60_000);
	return Number(await page.evaluate(() => document.documentElement.getAttribute('data-render-ms')));
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fmtMs = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x)} ms`);

async function main() {
	if (!existsSync('build/index.html')) throw new Error('build/ ontbreekt: draai eerst „npm run build”.');
	const server = await serveStatic('build');
	const browser = await launchChromium();
	const cold: Visit[] = [];
	const warm: Visit[] = [];
	const redraws = { categorie: [] as number[], jaar: [] as number[], gemeente: [] as number[] };
	try {
		for (let r = 0; r < REPEATS; r++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
			const first = await visit(context, server.url);
			cold.push(first.result);
			await first.page.close();
			const second = await visit(context, server.url);
			warm.push(second.result);
			const page = second.page;
			// Let the background work (DuckDB, backtest) finish, as a user reading the page would.
			await page
				.waitForFunction(() => document.documentElement.hasAttribute('data-backtest-ready'), undefined, { timeout: 180_000 })
				.catch(() => console.warn('  (backtest not finished within 3 minutes; redraws measured anyway)'));
			const gemeenten = ['Utrecht', 'Groningen', 'Zwolle'];
			redraws.gemeente.push(await redraw(page, () => chooseGemeente(page, gemeenten[r % gemeenten.length])));
			redraws.categorie.push(await redraw(page, () => page.getByLabel('Categorie').selectOption('hulp_bij_het_huishouden').then(() => {})));
			redraws.categorie.push(await redraw(page, () => page.getByLabel('Categorie').selectOption('totaal').then(() => {})));
			const years = await page.getByLabel('Jaar').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
			redraws.jaar.push(await redraw(page, () => page.getByLabel('Jaar').selectOption(years[years.length - 3]).then(() => {})));
			redraws.jaar.push(await redraw(page, () => page.getByLabel('Jaar').selectOption(years[years.length - 1]).then(() => {})));
			const marks = await page.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const boot = nav ? [`html@${Math.round(nav.responseEnd)}`, `dom-interactive@${Math.round(nav.domInteractive)}`] : [];
				return boot.concat(
					performance
						.getEntries()
						.filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
						.map((e) => `${e.name}@${Math.round(e.startTime)}+${Math.round(e.duration)}`)
				);
			});
			console.log(`  timeline of the warm visit (ms): ${marks.join(', ')}`);
			await context.close();
			console.log(`run ${r + 1}/${REPEATS}: cold ${fmtMs(first.result.forecastMs)}, warm ${fmtMs(second.result.forecastMs)}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const rows = [
		['first forecast on screen, cold', fmtMs(median(cold.map((v) => v.forecastMs))), '< 3000 ms'],
		['map drawn, cold', fmtMs(median(cold.map((v) => v.mapMs ?? NaN))), '(info)'],
		['first forecast on screen, warm', fmtMs(median(warm.map((v) => v.forecastMs))), '< 1000 ms'],
		['redraw after category change', fmtMs(median(redraws.categorie)), '< 150 ms'],
		['redraw after year change', fmtMs(median(redraws.jaar)), '< 150 ms'],
		['redraw after gemeente change', fmtMs(median(redraws.gemeente)), '< 150 ms'],
		['bytes before first forecast, cold', `${(median(cold.map((v) => v.bytes)) / 1e6).toFixed(2)} MB in ${median(cold.map((v) => v.requests))} requests`, '(report)'],
		['bytes before first forecast, warm', `${(median(warm.map((v) => v.bytes)) / 1e6).toFixed(3)} MB in ${median(warm.map((v) => v.requests))} requests`, '(report)']
	];
	console.log(`\nWmo Vooruitblik web benchmark — CPU ${CPU_RATE}× slower, 10 Mbit/s, 40 ms RTT, median of ${REPEATS} runs`);
	for (const [k, v, bar] of rows) console.log(`  ${k.padEnd(36)} ${v.padStart(26)}   bar ${bar}`);
	console.log(`  raw: ${JSON.stringify({ cold, warm, redraws })}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
