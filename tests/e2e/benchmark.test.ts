// The benchmark of a gemeente in the built site: opened on demand, Utrecht's ten peers, expected
// versus actual per category, and the objective distribution with R² scaled and unscaled.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe('benchmark and objective distribution', () => {
	it('shows Utrecht’s peers, expected versus actual per category and the distribution table', async () => {
		const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
		const { page } = rec;
		await page.goto(`${baseUrl}?gemeente=GM0344`);
		await waitForForecast(page);
		const summary = page.getByText(/Vergelijk Utrecht met vergelijkbare gemeenten/);
		await summary.click();
		await expect.poll(() => page.getByRole('heading', { name: 'Vergelijkbare gemeenten' }).count(), { timeout: 60_000 }).toBe(1);
		const peers = page.locator('section, details').filter({ hasText: 'Vergelijkbare gemeenten' }).locator('table').first();
		await expect.poll(() => peers.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
		// The peers on a small map of the country.
		await expect.poll(() => page.locator('.peer-map path.target').count()).toBe(1);
		expect(await page.locator('.peer-map path.peer').count()).toBe(10);
		const expected = page.locator('caption', { hasText: 'verwacht op grond van de kenmerken tegenover werkelijk' });
		expect(await expected.count()).toBe(1);
		const rows = await expected.locator('xpath=ancestor::table').locator('tbody > tr').allTextContents();
		for (const label of ['Wmo totaal', 'Hulp bij het huishouden', 'Ondersteuning thuis', 'Hulpmiddelen en diensten']) {
			expect(rows.some((r) => r.includes(label)), label).toBe(true);
		}
		const r2 = page.locator('caption', { hasText: 'Verklaringsgraad' }).first().locator('xpath=ancestor::table');
		const r2Text = await r2.textContent();
		expect(r2Text).toMatch(/geschaald/i);
		expect(r2Text).toMatch(/\d+,\d%/);
		expect(page.getByText(/voorspellend, niet verklarend/i).first()).toBeTruthy();
		expect(rec.errors).toEqual([]);
	});
});
