// Scenarios and costs in the built site (issue 11): Utrecht with 75+… here 65+ (the snapshot has no
// 75+ band) +1 pp a year changes summary, chart, table and euros visibly more than the ~0.1% a year
// of the all-ages model; a shared link reproduces the view; two saved scenarios side by side; bad
// input gets Dutch messages and the last valid scenario stays.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { renderSeq, waitForRender } from './page-helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

async function open(query: string): Promise<Page> {
	const { page } = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
	await page.goto(`${baseUrl}${query}`);
	await waitForForecast(page);
	const panel = page.getByTestId('scenario');
	await panel.waitFor({ timeout: 30_000 });
	if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').first().click();
	return page;
}

async function setField(page: Page, field: string, value: string): Promise<void> {
	const box = page.getByTestId(`scenario-${field}`);
	await box.fill(value);
	await box.press('Enter');
}

const forecastValue = (page: Page) => page.getByTestId('samenvatting-forecast').getAttribute('data-value').then(Number);
const tableText = (page: Page) => page.locator('section.table tbody').first().textContent();
const headline = (page: Page) => page.getByTestId('scenario-verschil').locator('.headline');

describe('scenarios and costs', () => {
	it('65+ +1 pp a year moves summary, table, chart and euros by more than 1% in five years', async () => {
		const page = await open('?gemeente=GM0344');
		const base = await forecastValue(page);
		const tableBefore = await tableText(page);
		expect(base).toBeGreaterThan(1000);
		const seq = await renderSeq(page);
		await setField(page, 'growth65', '1');
		await waitForRender(page, seq);
		const ms = Number(await page.evaluate(() => document.documentElement.getAttribute('data-render-ms')));
		console.info(`scenario redraw (unthrottled, shared CPU): ${Math.round(ms)} ms`);
		await expect.poll(() => forecastValue(page)).not.toBe(base);
		const scen = await forecastValue(page);
		// The old all-ages method moved Utrecht about 0.1% a year: 0.5% in five years. The age rates do more.
		expect(scen / base - 1, `${base} → ${scen}`).toBeGreaterThan(0.01);
		expect(await tableText(page)).not.toBe(tableBefore);
		// The chart shows the scenario next to the unchanged-policy forecast.
		const legend = await page.locator('.forecast-chart .legend').first().textContent();
		expect(legend).toContain('ongewijzigd beleid');
		expect(legend).toContain('scenario');
		const diff = Number(await headline(page).getAttribute('data-clients-diff'));
		expect(diff).toBeCloseTo(scen - base, 0);
		// Costs: the gemeente's own tariff turns the difference into euros a year.
		await setField(page, 'cost', '2500');
		await expect.poll(() => headline(page).getAttribute('data-euro-diff').then(Number)).toBeCloseTo(2500 * diff, -1);
		expect(await headline(page).textContent()).toMatch(/€\s?[\d.]+ per jaar/);
		// …and the table shows each wijk's forecast in euros too (the last forecast year, no price index).
		const euros = page.locator('section.table tbody .euro');
		await expect.poll(() => euros.count()).toBeGreaterThan(5);
		// The gemeente total under the table: the summary's forecast × the tariff.
		const totalEuro = Number(await page.locator('section.table tfoot tr.total .euro').getAttribute('data-euro'));
		expect(totalEuro).toBeCloseTo((await forecastValue(page)) * 2500, 0);
		expect(await page.locator('section.table thead').textContent()).toContain('verwachte uitgaven');
		await page.getByTestId('grafiek-euro').check();
		await expect.poll(() => page.locator('.forecast-chart .unit').first().textContent()).toContain('euro');
		expect(page.url()).toContain('groei65=1');
		expect(page.url()).toContain('kosten=totaal%3A2500');
		await page.context().close();
	});

	it('a shared scenario link shows the same view', async () => {
		const first = await open('?gemeente=GM0344&groei65=1&beleid=totaal%3A-5&beleidvanaf=2021&kosten=totaal%3A2500&prijsindex=2');
		const a = await headline(first).getAttribute('data-clients-diff');
		const e = await headline(first).getAttribute('data-euro-diff');
		const value = await forecastValue(first);
		const url = first.url();
		await first.context().close();
		const second = await open(url.slice(url.indexOf('?')));
		expect(await headline(second).getAttribute('data-clients-diff')).toBe(a);
		expect(await headline(second).getAttribute('data-euro-diff')).toBe(e);
		expect(await forecastValue(second)).toBe(value);
		expect(await second.getByTestId('scenario-growth65').inputValue()).toBe('1');
		expect(await second.getByTestId('scenario-policy').inputValue()).toBe('-5');
		await second.context().close();
	});

	it('compares two saved scenarios side by side with the baseline', async () => {
		const page = await open('?gemeente=GM0344');
		await setField(page, 'growth65', '1');
		await page.getByTestId('scenario-naam').fill('Vergrijzing snel');
		await page.getByTestId('scenario-bewaar').click();
		await setField(page, 'policy', '-10');
		await page.getByTestId('scenario-naam').fill('Abonnementstarief');
		await page.getByTestId('scenario-bewaar').click();
		const table = page.getByTestId('scenario-vergelijking');
		await expect.poll(() => table.locator('thead th').allTextContents()).toEqual(['Jaar', 'Ongewijzigd beleid', 'Vergrijzing snel', 'Abonnementstarief']);
		const cells = await table.locator('tbody tr').last().locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
		const [fast, policy] = cells.slice(1).map(Number);
		expect(policy).toBeLessThan(fast);
		expect(policy / fast).toBeCloseTo(0.9, 2);
		// Saved in this browser: still there after a reload.
		await page.reload();
		await waitForForecast(page);
		const panel = page.getByTestId('scenario');
		await panel.waitFor();
		if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator('summary').first().click();
		await expect.poll(() => page.getByTestId('scenario-vergelijk').count()).toBe(2);
		await page.context().close();
	});

	it('refuses bad input with Dutch messages and keeps the last valid scenario', async () => {
		const page = await open('?gemeente=GM0344&groei65=1');
		const before = await forecastValue(page);
		const problems = page.getByTestId('scenario-fout');
		await setField(page, 'cost', '-5');
		await expect.poll(() => problems.allTextContents()).toEqual([expect.stringContaining('kan niet negatief zijn')]);
		await setField(page, 'policy', '-150');
		await expect.poll(() => problems.allTextContents().then((t) => t.join(' '))).toContain('niet kleiner zijn dan −100%');
		await setField(page, 'growth65', 'veel');
		await expect.poll(() => problems.allTextContents().then((t) => t.join(' '))).toContain('is geen getal');
		expect(await forecastValue(page)).toBe(before);
		expect(page.url()).toContain('groei65=1');
		expect(page.url()).not.toContain('kosten');
		await page.context().close();

		const absurd = await open('?gemeente=GM0344&groei65=500&beleid=totaal%3A-300&kosten=totaal%3Aabc');
		const text = await absurd.locator('main').first().textContent();
		expect(text).toContain('ligt buiten −10 tot en met 10 procentpunt per jaar');
		expect(text).toContain('niet kleiner zijn dan −100%');
		expect(text).toContain('is geen getal');
		expect(await absurd.getByTestId('scenario-verschil').count()).toBe(0);
		await absurd.context().close();

		// A start year outside the forecast years (an old link): said plainly, with what it means.
		const late = await open('?gemeente=GM0344&beleid=totaal%3A-10&beleidvanaf=2040');
		await expect.poll(() => late.getByTestId('scenario-startjaar').textContent()).toContain('Het startjaar 2040 ligt na de prognosejaren');
		await late.context().close();
	});
});
