// The app on a refreshed snapshot (issue 16): `npm run refresh -- --from-recorded` on the recorded
// CBS responses (synthetic 2024/2025 figures for GM1680), served as the built site's data folder.
// The refreshed gemeente then shows its history to 2025 and forecasts from there, and the header
// names the provisional status of that newest year; the other gemeenten keep the mirror's years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { refreshCli } from '../../src/prep/cli/refresh';
import { FIXTURES } from '../fixtures/cbs-odata/recordedFetch';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { serveStatic, type StaticServer } from './serve';

const tmp = mkdtempSync(join(tmpdir(), 'wmo-refreshed-site-'));
const site = join(tmp, 'site');
let server: StaticServer;
let browser: Browser;
let manifest: { newest_year?: number; newest_status?: string };

beforeAll(async () => {
	const out = join(tmp, 'data');
	const code = await refreshCli(['--from-recorded', FIXTURES, '--cache', join(tmp, 'cache'), '--out', out], { log: () => {}, error: () => {} });
	expect(code).toBe(0);
	cpSync('build', site, { recursive: true });
	rmSync(join(site, 'data'), { recursive: true, force: true });
	cpSync(out, join(site, 'data'), { recursive: true });
	manifest = JSON.parse(readFileSync(join(site, 'data', 'manifest.json'), 'utf8'));
	server = await serveStatic(site);
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(tmp, { recursive: true, force: true });
});

describe('the app on a refreshed snapshot', () => {
	it('forecasts the refreshed gemeente from its newest year, and says that year is provisional', async () => {
		expect(manifest.newest_year).toBeGreaterThan(2018);
		const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' }));
		const { page } = rec;
		await page.goto(`${server.url}?gemeente=GM1680`);
		await waitForForecast(page);
		await expect.poll(() => page.getByTestId('samenvatting').getAttribute('data-code'), { timeout: 30_000 }).toBe('GM1680');
		const header = (await page.getByTestId('gegevensjaar').textContent()) ?? '';
		expect(header).toContain(`Gegevens t/m ${manifest.newest_year}`);
		// The recorded 2025 figures are CBS's provisional half-year (see tests/integration/refresh.test.ts).
		expect(manifest.newest_status).toBe('voorlopig');
		expect(header).toContain('(voorlopige cijfers)');
		const years = await page.getByLabel('Jaar').locator('option').allTextContents();
		expect(years.some((y) => y.startsWith(String(manifest.newest_year)))).toBe(true);
		expect(years.at(-1)).toMatch(new RegExp(`^${manifest.newest_year! + 5}`));
		const summary = (await page.getByTestId('samenvatting').textContent()) ?? '';
		expect(summary).toContain(`Cliënten ${manifest.newest_year} (waargenomen)`);
		// The provisional year is a series break: named under the chart, the line not bridged into it.
		const y = manifest.newest_year!;
		await expect.poll(() => page.getByTestId('reeksbreuk').textContent(), { timeout: 10_000 }).toContain(`${y - 1}→${y}, voorlopige cijfers`);
		expect(await page.locator('.forecast-chart svg .break-label').count()).toBeGreaterThan(0);
		expect(rec.errors).toEqual([]);
	});

	it('keeps the mirror years for a gemeente the refresh did not change', async () => {
		const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' }));
		const { page } = rec;
		await page.goto(`${server.url}?gemeente=GM0344`);
		await waitForForecast(page);
		await expect.poll(() => page.getByTestId('samenvatting').getAttribute('data-code'), { timeout: 30_000 }).toBe('GM0344');
		expect((await page.getByTestId('gegevensjaar').textContent()) ?? '').toContain('Gegevens t/m 2018');
		expect(await page.getByTestId('samenvatting-forecast').getAttribute('data-year')).toBe('2023');
	});
});
