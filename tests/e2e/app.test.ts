// The built site in real headless Chromium, served with a strict CSP: it loads, draws the map,
// finds a gemeente, shows the command-line tool's numbers, keeps its state in the URL, explains
// bad links in Dutch, and never talks to another origin.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast, type Recorded } from './browser';
import { chooseGemeente, mapPixelStats, renderSeq, waitForRender } from './page-helpers';
import { runForecastCli, type CliRow } from './cli-forecast';

const baseUrl = inject('baseUrl');
const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
const ORIGIN = Math.max(...(manifest.tables.clients.years as number[]));
const LAST = ORIGIN + 5;

let browser: Browser;
let context: BrowserContext;
const pages: Recorded[] = [];
let cli: Map<string, CliRow>;

async function open(path = ''): Promise<Recorded> {
	const rec = await openRecordedPage(context);
	pages.push(rec);
	await rec.page.goto(baseUrl + path);
	await waitForForecast(rec.page);
	return rec;
}

beforeAll(async () => {
	cli = runForecastCli(ORIGIN);
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
});

afterAll(async () => {
	await browser?.close();
});

describe('Wmo Vooruitblik in the browser', () => {
	it('serves the page with the strict Content-Security-Policy header', async () => {
		const res = await fetch(baseUrl);
		const csp = res.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).toContain("connect-src 'self'");
	});

	it('loads the country view with gemeente forecasts first', async () => {
		const { page, errors } = await open();
		const summary = page.getByTestId('samenvatting');
		await expect.poll(() => summary.getAttribute('data-code')).toBe('NL');
		const value = Number(await page.getByTestId('samenvatting-forecast').getAttribute('data-value'));
		expect(value).toBeGreaterThan(10_000);
		// every gemeente in the table, the map's fallback (rendered right after the first forecast)
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(300);
		expect(errors).toEqual([]);
	});

	it('draws gemeente polygons on the map canvas (pixels, not just DOM)', async () => {
		const { page } = pages[0];
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 30_000 });
		const { total, painted } = await mapPixelStats(page);
		expect(total).toBeGreaterThan(10_000);
		expect(painted / total).toBeGreaterThan(0.15);
	});

	it('finds a gemeente by name and shows its wijken with the numbers of `npm run forecast`', async () => {
		const { page } = pages[0];
		const before = await renderSeq(page);
		await chooseGemeente(page, 'Utrecht');
		await waitForRender(page, before);
		const summary = page.getByTestId('samenvatting');
		expect(await summary.getAttribute('data-code')).toBe('GM0344');

		// The gemeente: raw numbers behind the figures equal the CLI (which writes one decimal).
		const f = page.getByTestId('samenvatting-forecast');
		expect(await f.getAttribute('data-year')).toBe(String(LAST));
		const ref = cli.get(`GM0344|totaal|${LAST}`)!;
		expect(ref.forecast).not.toBeNull();
		expect(Math.abs(Number(await f.getAttribute('data-value')) - ref.forecast!)).toBeLessThanOrEqual(0.051);
		const interval = summary.locator('[data-lower]');
		expect(Math.abs(Number(await interval.getAttribute('data-lower')) - ref.lower!)).toBeLessThanOrEqual(0.051);
		expect(Math.abs(Number(await interval.getAttribute('data-upper')) - ref.upper!)).toBeLessThanOrEqual(0.051);

		// The wijken: every row of the table shows the CLI forecast, rounded as displayed.
		const geo = JSON.parse(readFileSync('build/data/geo/wijken/GM0344.geojson', 'utf8'));
		const codeByName = new Map<string, string>(geo.features.map((x: any) => [x.properties.name, x.properties.code]));
		const rows = await page.locator('section.table tbody tr').evaluateAll((trs) =>
			trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelectorAll('td')[2]?.textContent?.trim() ?? ''])
		);
		expect(rows.length).toBeGreaterThan(5);
		let compared = 0;
		for (const [name, shown] of rows) {
			const c = cli.get(`${codeByName.get(name)}|totaal|${LAST}`);
			expect(c, `wijk ${name} in CLI output`).toBeDefined();
			if (c!.forecast === null) expect(shown).toBe('–');
			else {
				// The table rounds to the model's precision (roundForecast), the CSV has one decimal.
				const n = Number(shown.replace(/\./g, ''));
				const step = c!.forecast < 100 ? 5 : c!.forecast < 10_000 ? 10 : 100;
				expect(n % step, `wijk ${name}: ${shown} is rounded to ${step}`).toBe(0);
				expect(Math.abs(n - c!.forecast), `wijk ${name}: ${shown} vs ${c!.forecast}`).toBeLessThanOrEqual(step / 2 + 0.05);
			}
			compared++;
		}
		expect(compared).toBe(rows.length);

		// The wijk map really drew polygons.
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'));
		const { total, painted } = await mapPixelStats(page);
		expect(painted / total).toBeGreaterThan(0.1);
	});

	it('keeps gemeente, category, year and wijk in the URL, and restores them on reload', async () => {
		const { page } = pages[0];
		let before = await renderSeq(page);
		await page.getByLabel('Categorie').selectOption('hulp_bij_het_huishouden');
		await waitForRender(page, before);
		before = await renderSeq(page);
		await page.getByLabel('Jaar').selectOption(String(ORIGIN + 2));
		await waitForRender(page, before);
		before = await renderSeq(page);
		await page.locator('section.table tbody tr th button').first().click();
		await waitForRender(page, before);
		const url = new URL(page.url());
		expect(url.searchParams.get('gemeente')).toBe('GM0344');
		expect(url.searchParams.get('categorie')).toBe('hulp_bij_het_huishouden');
		expect(url.searchParams.get('jaar')).toBe(String(ORIGIN + 2));
		const wijk = url.searchParams.get('wijk');
		expect(wijk).toMatch(/^WK0344/);

		const again = await open(url.search);
		const p2 = again.page;
		expect(await p2.getByLabel('Categorie').inputValue()).toBe('hulp_bij_het_huishouden');
		expect(await p2.getByLabel('Jaar').inputValue()).toBe(String(ORIGIN + 2));
		expect(await p2.getByTestId('samenvatting').getAttribute('data-code')).toBe('GM0344');
		expect(await p2.getByTestId('wijk').getAttribute('data-code')).toBe(wijk);
		expect(new URL(p2.url()).search).toBe(url.search);
		// This second visit showed the views cached by the first (IndexedDB) at once, and its worker
		// then reused the cached fit: the numbers on screen are still the CLI's.
		await expect.poll(() => again.console.some((c) => c.includes('"fitCached":true')), { timeout: 30_000 }).toBe(true);
		expect(await p2.evaluate(() => performance.getEntriesByName('views-from-cache').length)).toBe(1);
		const ref = cli.get(`${wijk}|hulp_bij_het_huishouden|${ORIGIN + 2}`)!;
		const shown = await p2.getByTestId('wijk-forecast').getAttribute('data-value');
		if (ref.forecast === null) expect(shown).toBe('');
		else expect(Math.abs(Number(shown) - ref.forecast)).toBeLessThanOrEqual(0.051);
	});

	it('explains an unknown gemeente code in Dutch and keeps working', async () => {
		const { page } = await open('?gemeente=GM9999&categorie=totaal');
		const msg = page.getByTestId('melding').first();
		await expect.poll(() => msg.textContent()).toMatch(/GM9999.*bestaat niet/);
		expect(await page.getByTestId('samenvatting').getAttribute('data-code')).toBe('NL');
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(300);
	});

	it('explains malformed link values in Dutch', async () => {
		const { page } = await open('?gemeente=Utrecht&categorie=zorg&jaar=20x9&wijk=WK0344XX%3B');
		const texts = await page.getByTestId('melding').allTextContents();
		expect(texts.join(' ')).toMatch(/gemeentecode „UTRECHT” in de link is ongeldig/);
		expect(texts.join(' ')).toMatch(/categorie „zorg” in de link bestaat niet/);
		expect(texts.join(' ')).toMatch(/jaar „20x9” in de link is ongeldig/);
	});

	it('shows the indicator profile of the gemeente from the worker, without starting DuckDB', async () => {
		const { page, requests } = pages[0];
		await expect.poll(() => page.getByText(/Kenmerken \d{4} \(CBS\)/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
		// DuckDB-WASM (7–9 MB) is only loaded by a feature that needs SQL, not for the views. (The
		// service worker's offline copy stores it after the first forecast: requests of its own.)
		expect(requests.filter((u) => /duckdb/i.test(u))).toEqual([]);
	});

	it('works with the keyboard alone: type in the search box, arrows and Enter', async () => {
		const { page } = await open();
		const before = await renderSeq(page);
		const box = page.getByRole('combobox', { name: 'Gemeente' });
		await box.focus();
		await page.keyboard.type('zwol');
		await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await waitForRender(page, before);
		expect(await page.getByTestId('samenvatting').getAttribute('data-code')).toBe('GM0193');
		expect(new URL(page.url()).searchParams.get('gemeente')).toBe('GM0193');
	});

	it('tapping a wijk on the map (touch, tablet size) shows its figures', async () => {
		const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
		const rec = await openRecordedPage(tablet);
		pages.push(rec);
		await rec.page.goto(`${baseUrl}?gemeente=GM0344`);
		await rec.page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 60_000 });
		const box = (await rec.page.locator('canvas.maplibregl-canvas').boundingBox())!;
		const before = await renderSeq(rec.page);
		await rec.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await waitForRender(rec.page, before);
		const wijk = rec.page.getByTestId('wijk');
		expect(await wijk.getAttribute('data-code')).toMatch(/^WK0344/);
		expect(new URL(rec.page.url()).searchParams.get('wijk')).toBe(await wijk.getAttribute('data-code'));
		expect(await rec.page.getByTestId('wijk-forecast').textContent()).toMatch(/\d/);
	});

	it('requested nothing from another origin and had no CSP violations', () => {
		const origin = new URL(baseUrl).origin;
		const all = pages.flatMap((p) => [...p.requests, ...p.serviceWorkerRequests]);
		expect(all.length).toBeGreaterThan(10);
		const foreign = all.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
		expect(foreign).toEqual([]);
		expect(pages.flatMap((p) => p.cspViolations)).toEqual([]);
		expect(pages.flatMap((p) => p.errors)).toEqual([]);
	});
});
