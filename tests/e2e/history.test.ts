// Links that work like links (issue 14): choosing a gemeente in the UI adds a history entry, so
// the browser's back and forward buttons step through the views; a year change does not. "Deel
// deze weergave" copies the link of the view on screen, and a link from a sender with own data
// says that data is not in it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { chooseGemeente, renderSeq, waitForRender } from './page-helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
	await browser?.close();
});

const shown = (page: Page) => page.getByTestId('samenvatting').getAttribute('data-code');

async function choose(page: Page, name: string) {
	const before = await renderSeq(page);
	await chooseGemeente(page, name);
	await waitForRender(page, before, 60_000);
}

describe('the browser history of views', () => {
	it('steps back and forward through gemeenten chosen in the UI; a year change adds no step', async () => {
		const rec = await openRecordedPage(context);
		const { page } = rec;
		await page.goto(baseUrl);
		await waitForForecast(page);
		await choose(page, 'Utrecht');
		expect(new URL(page.url()).searchParams.get('gemeente')).toBe('GM0344');
		await choose(page, 'Zwolle');
		expect(await shown(page)).toBe('GM0193');
		const years = await page.getByLabel('Jaar').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
		await page.getByLabel('Jaar').selectOption(years[0]);
		await expect.poll(() => new URL(page.url()).searchParams.get('jaar')).toBe(years[0]);

		await page.goBack();
		await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('GM0344');
		expect(new URL(page.url()).searchParams.get('gemeente')).toBe('GM0344');
		expect(await page.getByRole('combobox', { name: 'Gemeente' }).inputValue()).toMatch(/^Utrecht/);
		await page.goBack();
		await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('NL');
		expect(new URL(page.url()).search).toBe('');
		await page.goForward();
		await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('GM0344');
		await page.goForward();
		await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('GM0193');
		// The year chosen on Zwolle replaced its entry: going forward restores it with that year.
		expect(new URL(page.url()).searchParams.get('jaar')).toBe(years[0]);
		expect(await page.getByLabel('Jaar').inputValue()).toBe(years[0]);
		expect(rec.errors).toEqual([]);
	});

	it('a repeat visit to a gemeente not among the cached views still gets it from the worker', async () => {
		// The first test's visit left the country view in the view cache; Amsterdam was never opened.
		const { page } = await openRecordedPage(context);
		await page.goto(`${baseUrl}?gemeente=GM0363`);
		await waitForForecast(page);
		await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('GM0363');
		expect(await page.evaluate(() => performance.getEntriesByName('views-from-cache').length)).toBe(1);
	});

	it('"Deel deze weergave" copies the link of the view on screen', async () => {
		const { page } = await openRecordedPage(context);
		await page.goto(`${baseUrl}?gemeente=GM0344&categorie=hulp_bij_het_huishouden`);
		await waitForForecast(page);
		await page.getByRole('button', { name: 'Deel deze weergave' }).click();
		await expect.poll(() => page.getByTestId('deel-status').textContent()).toMatch(/gekopieerd/);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).search).toBe('?gemeente=GM0344&categorie=hulp_bij_het_huishouden');
	});

	it('a link from a sender with own data says that data is not in it', async () => {
		const { page } = await openRecordedPage(context);
		await page.goto(`${baseUrl}?gemeente=GM0344&eigen=1`);
		await waitForForecast(page);
		const text = (await page.getByTestId('melding').allTextContents()).join(' ');
		expect(text).toMatch(/eigen gegevens.*niet in de link/);
		await expect.poll(() => shown(page), { timeout: 30_000 }).toBe('GM0344');
	});
});
