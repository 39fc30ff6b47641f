// Offline after the first visit (issue 15): a first visit online installs the service worker only
// after the first forecast is on screen; then, with the network gone (the browser offline and the
// server stopped), a reload shows the same numbers and a drawn map, a gemeente whose wijk map was
// never opened says that there is no connection, and "Wis offline kopie" really empties the copy.
// Its own server: the service worker belongs to that origin, and stopping it is what "offline" means.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast, type Recorded } from './browser';
import { serveStatic, type StaticServer } from './serve';
import { chooseGemeente, mapPixelStats, renderSeq, waitForRender } from './page-helpers';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let rec: Recorded;
let page: Page;
/** Wall-clock times of requests for the service worker script and of requests it made itself. */
const swTimes: { script: number[]; fromWorker: number[] } = { script: [], fromWorker: [] };
let online: { code: string; value: string; interval: string | null };

const wmoCaches = (p: Page) => p.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('wmo-')));
const cached = (p: Page, path: string) => p.evaluate(async (u) => !!(await caches.match(new URL(u, location.href).href)), path);
const mapReady = (p: Page) => p.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 60_000 });

beforeAll(async () => {
	server = await serveStatic('build');
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
	context.on('request', (r) => {
		if (r.url().endsWith('/service-worker.js')) swTimes.script.push(Date.now());
		else if (r.serviceWorker()) swTimes.fromWorker.push(Date.now());
	});
	rec = await openRecordedPage(context);
	page = rec.page;
});

afterAll(async () => {
	await browser?.close();
	await server?.close().catch(() => {});
});

describe('offline after the first visit', () => {
	it('installs the service worker after the first forecast and stores the shell, snapshot, DuckDB and opened wijk maps', async () => {
		await page.goto(`${server.url}?gemeente=GM0344`);
		await waitForForecast(page);
		const readyAt = await page.evaluate(() => performance.timeOrigin + Number(document.documentElement.getAttribute('data-forecast-ready')));
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-offline-ready'), undefined, { timeout: 110_000 });
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
		// Nothing of the offline copy competed with the first forecast.
		expect(swTimes.script.length).toBeGreaterThan(0);
		expect(Math.min(...swTimes.script, ...swTimes.fromWorker)).toBeGreaterThan(readyAt);

		const names = await wmoCaches(page);
		expect(names.filter((n) => n.startsWith('wmo-app-'))).toHaveLength(1);
		const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
		expect(names).toContain(`wmo-data-${manifest.input_fingerprint}-${manifest.built_at}`);
		for (const f of ['./', 'data/manifest.json', 'data/clients.parquet', 'data/regions.parquet', 'data/population.parquet', 'data/indicators.parquet', 'data/geo/gemeenten.geojson', 'manifest.webmanifest', 'icons/icon-512.png']) {
			expect(await cached(page, f), f).toBe(true);
		}
		// The DuckDB-WASM bundle this browser runs (Chromium: exceptions, "eh"), not the other one.
		const wasm = await page.evaluate(async () => {
			const keys = await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)));
			return keys.flat().filter((u) => /duckdb/.test(u)).map((u) => u.replace(/^.*\//, ''));
		});
		expect(wasm.some((u) => /^duckdb-eh\..*\.wasm$/.test(u))).toBe(true);
		expect(wasm.some((u) => /^duckdb-browser-eh\.worker\./.test(u))).toBe(true);
		expect(wasm.some((u) => /mvp/.test(u))).toBe(false);
		// Utrecht's wijk map was opened before the worker took control, and is stored all the same.
		await expect.poll(() => cached(page, 'data/geo/wijken/GM0344.geojson'), { timeout: 10_000 }).toBe(true);
		expect(await cached(page, 'data/geo/wijken/GM0363.geojson')).toBe(false);

		const f = page.getByTestId('samenvatting-forecast');
		online = {
			code: (await page.getByTestId('samenvatting').getAttribute('data-code'))!,
			value: (await f.getAttribute('data-value'))!,
			interval: await page.getByTestId('samenvatting').locator('[data-lower]').getAttribute('data-lower')
		};
		expect(online.code).toBe('GM0344');
		await mapReady(page);
	});

	it('reloads without any network and shows the same numbers and a drawn wijk map', async () => {
		await context.setOffline(true);
		await server.close();
		// The worker script itself always goes to the network: proof that there is none.
		expect(await page.evaluate(() => fetch('service-worker.js').then(() => 'online', () => 'offline'))).toBe('offline');
		const consoleBefore = rec.console.length;
		await page.reload();
		await waitForForecast(page);
		const summary = page.getByTestId('samenvatting');
		expect(await summary.getAttribute('data-code')).toBe(online.code);
		expect(await page.getByTestId('samenvatting-forecast').getAttribute('data-value')).toBe(online.value);
		expect(await summary.locator('[data-lower]').getAttribute('data-lower')).toBe(online.interval);
		expect(await page.getByTestId('samenvatting-forecast').textContent()).toMatch(/\d/);
		await mapReady(page);
		const { total, painted } = await mapPixelStats(page);
		expect(total).toBeGreaterThan(10_000);
		expect(painted / total).toBeGreaterThan(0.1);
		// The worker also read the snapshot from the offline copy and computed the forecast again.
		await expect.poll(() => rec.console.slice(consoleBefore).some((c) => c.includes('prognose berekend')), { timeout: 60_000 }).toBe(true);
		expect(rec.errors).toEqual([]);
	});

	it('says that there is no connection when a gemeente’s wijk map is not stored, and still shows its wijken', async () => {
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(5);
		const before = await renderSeq(page);
		await chooseGemeente(page, 'Amsterdam');
		await waitForRender(page, before);
		expect(await page.getByTestId('samenvatting').getAttribute('data-code')).toBe('GM0363');
		expect(await page.getByTestId('samenvatting-forecast').textContent()).toMatch(/\d/);
		const messages = (await page.getByTestId('melding').allTextContents()).join(' ');
		expect(messages).toMatch(/Geen verbinding: de wijkkaart van Amsterdam is nog niet offline opgeslagen/);
		expect(messages).not.toMatch(/ontbreekt/);
		await expect.poll(() => page.getByText(/Geen verbinding: de wijkkaart van Amsterdam is nog niet offline opgeslagen; de tabel/).count()).toBeGreaterThan(0);
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(5);
	});

	it('reads an own records file offline (DuckDB-WASM from the offline copy)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'wmo-offline-rec-'));
		const file = join(dir, 'wmo_records_amsterdam.csv');
		execFileSync('npx', ['tsx', 'scripts/gen-wmobus.ts', '--records', '2000', '--gemeente', 'GM0363', '--from', '2017', '--to', '2025', '--out', file], { stdio: 'ignore' });
		try {
			await page.getByText(/^Eigen gegevens \(blijven in deze browser\)/).click();
			await page.locator('#local-records-input').waitFor({ state: 'attached', timeout: 60_000 });
			await page.locator('#local-records-input').setInputFiles(file);
			await expect.poll(() => page.getByTestId('eigen-gegevens').count(), { timeout: 120_000 }).toBe(1);
			expect(await page.getByTestId('eigen-gegevens').textContent()).toMatch(/wmo_records_amsterdam\.csv/);
			await expect.poll(() => page.getByTestId('samenvatting-forecast').getAttribute('data-year'), { timeout: 60_000 }).toBe('2030');
			// Back to CBS only, so the next step sees the snapshot's views.
			await page.getByRole('button', { name: 'Wis eigen gegevens' }).click();
			await expect.poll(() => page.getByTestId('eigen-gegevens').count(), { timeout: 60_000 }).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('shows what is stored in "Offline gebruik", and "Wis offline kopie" empties it', async () => {
		const panel = page.getByTestId('offline');
		await panel.locator('summary').click();
		expect(await panel.locator('summary').textContent()).toMatch(/Offline gebruik: klaar/);
		await expect.poll(() => panel.getByTestId('offline-usage').textContent().catch(() => '')).toMatch(/^\d+,\d MB/);
		expect(await panel.getByTestId('offline-wijkkaarten').textContent()).toBe('1 gemeente');

		const stores = () =>
			page.evaluate(async () => {
				const count = (db: string, store: string) =>
					new Promise<number>((resolve, reject) => {
						const open = indexedDB.open(db);
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const req = open.result.transaction(store).objectStore(store).count();
							req.onsuccess = () => (resolve(req.result), open.result.close());
						};
					});
				return { views: await count('wmo-vooruitblik-views', 'views'), fits: await count('wmo-vooruitblik', 'fits') };
			});
		// The stored views and fitted models that made the offline reload fast are there before…
		const before = await stores();
		expect(before.views).toBeGreaterThan(0);
		expect(before.fits).toBeGreaterThan(0);
		await panel.getByRole('button', { name: 'Wis offline kopie' }).click();
		await expect.poll(() => panel.getByTestId('offline-note').textContent().catch(() => '')).toMatch(/offline kopie is gewist/);
		expect(await wmoCaches(page)).toEqual([]);
		expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
		// …and gone after.
		expect(await stores()).toEqual({ views: 0, fits: 0 });
		expect(await panel.locator('summary').textContent()).toMatch(/Offline gebruik: kopie gewist/);
		// Really gone: without network the page can no longer load.
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED|ERR_CONNECTION_REFUSED/);
	});

	it('has an install manifest with the app’s name and icons, which the browser parses without errors', async () => {
		await context.setOffline(false);
		const again = await serveStatic('build');
		try {
			const p = await context.newPage();
			await p.goto(again.url);
			await waitForForecast(p);
			const cdp = await context.newCDPSession(p);
			const res = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
			expect(res.url).toMatch(/manifest\.webmanifest$/);
			expect(res.errors).toEqual([]);
			const m = JSON.parse(res.data!);
			expect(m.name).toBe('Wmo Vooruitblik');
			expect(m.lang).toBe('nl');
			expect(m.description).toMatch(/Wmo-cliënten/);
			const icons = m.icons as Array<{ src: string; sizes: string; purpose: string }>;
			expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
			for (const icon of icons) {
				const r = await p.request.get(new URL(icon.src, res.url).href);
				expect(r.status(), icon.src).toBe(200);
			}
			await p.close();
		} finally {
			await again.close();
		}
	});
});

/** A copy of build/ (symlinks) whose snapshot has a new build time: what `npm run data` + build give. */
function buildWithNewSnapshot(builtAt: string): string {
	const root = mkdtempSync(join(tmpdir(), 'wmo-offline-'));
	for (const name of readdirSync('build')) if (name !== 'data' && name !== 'service-worker.js') symlinkSync(resolve('build', name), join(root, name));
	mkdirSync(join(root, 'data'));
	for (const name of readdirSync('build/data')) if (name !== 'manifest.json') symlinkSync(resolve('build/data', name), join(root, 'data', name));
	const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
	writeFileSync(join(root, 'data/manifest.json'), JSON.stringify({ ...manifest, built_at: builtAt }));
	// A new build always changes the worker script; here one byte does, as the browser only compares bytes.
	writeFileSync(join(root, 'service-worker.js'), readFileSync('build/service-worker.js', 'utf8') + '\n');
	return root;
}

describe('a new snapshot', () => {
	it('replaces the stored copy whole, and the page offers a reload', async () => {
		const first = await serveStatic('build');
		const port = first.port;
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
		const root = buildWithNewSnapshot('2099-01-01T00:00:00.000Z');
		let second: StaticServer | null = null;
		try {
			const p = (await openRecordedPage(ctx)).page;
			await p.goto(`${first.url}?gemeente=GM0344`);
			await p.waitForFunction(() => document.documentElement.hasAttribute('data-offline-ready'), undefined, { timeout: 110_000 });
			await expect.poll(() => cached(p, 'data/geo/wijken/GM0344.geojson'), { timeout: 10_000 }).toBe(true);
			const oldData = (await wmoCaches(p)).filter((n) => n.startsWith('wmo-data-'));
			expect(oldData).toHaveLength(1);

			// The same origin now serves the new snapshot.
			await first.close();
			second = await serveStatic(root, { port });
			await p.reload();
			await waitForForecast(p);
			await expect.poll(() => wmoCaches(p).then((n) => n.filter((x) => x.startsWith('wmo-data-'))), { timeout: 110_000 }).toEqual([
				oldData[0].replace(/-\d{4}-\d\d-\d\dT[\d:.]+Z$/, '-2099-01-01T00:00:00.000Z')
			]);
			expect((await wmoCaches(p)).filter((n) => n.startsWith('wmo-app-'))).toHaveLength(1);
			expect(await p.evaluate(async () => JSON.parse(await (await caches.match(new URL('data/manifest.json', location.href).href))!.text()).built_at)).toBe('2099-01-01T00:00:00.000Z');
			// The old snapshot's wijk maps went with it.
			expect(await cached(p, 'data/geo/wijken/GM0344.geojson')).toBe(false);
			const panel = p.getByTestId('offline');
			await panel.locator('summary').click();
			await expect.poll(() => panel.getByRole('button', { name: 'Laad opnieuw' }).count(), { timeout: 30_000 }).toBe(1);
		} finally {
			await ctx.close();
			await second?.close();
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('where offline use is not possible', () => {
	it('says so on plain http from another host name (not https, not localhost)', async () => {
		const s = await serveStatic('build');
		// wmo.test is this machine under a name that is not localhost: an insecure origin, like a
		// tablet reaching the presenting laptop at http://192.168.…
		const other = await launchChromium(['--host-resolver-rules=MAP wmo.test 127.0.0.1']);
		try {
			const p = (await openRecordedPage(await other.newContext({ viewport: { width: 1280, height: 900 } }))).page;
			await p.goto(`http://wmo.test:${s.port}/`);
			await waitForForecast(p);
			expect(await p.evaluate(() => isSecureContext)).toBe(false);
			const panel = p.getByTestId('offline');
			await expect.poll(() => panel.locator('summary').textContent(), { timeout: 30_000 }).toMatch(/Offline gebruik: niet beschikbaar/);
			await panel.locator('summary').click();
			expect(await panel.getByTestId('offline-status').textContent()).toMatch(/niet via https of via localhost geopend/);
		} finally {
			await other.close();
			await s.close();
		}
	});
});
