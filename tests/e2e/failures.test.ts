// What the page says when something fails, and that the rest keeps working: no WebGL (the table
// is the map's fallback), a missing geometry file, a missing data table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { serveStatic, type StaticServer } from './serve';

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	for (const s of servers) await s.close();
});

async function serve(missing: string[] = []): Promise<string> {
	const s = await serveStatic('build', { missing });
	servers.push(s);
	return s.url;
}

describe('failures are explained in Dutch and the rest keeps working', () => {
	it('without WebGL: says so, and the table still shows every gemeente', async () => {
		const noGl = await launchChromium(['--disable-3d-apis', '--disable-webgl', '--disable-webgl2']);
		try {
			const context = await noGl.newContext();
			const rec = await openRecordedPage(context);
			await rec.page.goto(await serve());
			await waitForForecast(rec.page);
			await expect.poll(() => rec.page.getByText(/ondersteunt geen WebGL/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
			await expect.poll(() => rec.page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(300);
			expect(rec.errors).toEqual([]);
		} finally {
			await noGl.close();
		}
	});

	it('a missing geometry file: names the file, forecasts and table still work', async () => {
		const rec = await openRecordedPage(await browser.newContext());
		await rec.page.goto(await serve(['data/geo/gemeenten.geojson']));
		await waitForForecast(rec.page);
		const text = (await rec.page.getByTestId('melding').allTextContents()).join(' ');
		expect(text).toMatch(/geo\/gemeenten\.geojson ontbreekt/);
		expect(text).toMatch(/npm run data/);
		expect(Number(await rec.page.getByTestId('samenvatting-forecast').getAttribute('data-value'))).toBeGreaterThan(0);
		await expect.poll(() => rec.page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(300);
	});

	it('a missing data table: a Dutch message that names it and how to fix it', async () => {
		const rec = await openRecordedPage(await browser.newContext());
		await rec.page.goto(await serve(['data/indicators.parquet']));
		const msg = rec.page.getByTestId('melding').first();
		await expect.poll(() => msg.textContent(), { timeout: 30_000 }).toMatch(/indicators\.parquet ontbreekt.*npm run data/);
		expect(rec.errors).toEqual([]);
	});
});
