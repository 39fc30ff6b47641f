// What a Wmo adviser reads on screen must be true (issue 8): a national figure over every
// gemeente that equals its table, the real reason when there is no forecast, a gemeente figure
// from its wijken, years that carry their own label, a table that adds up, and no empty years.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { renderSeq, waitForRender } from './page-helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
const num = (t: string) => Number(t.replace(/\./g, '').replace(',', '.'));

async function open(path = ''): Promise<Page> {
	const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' }));
	await rec.page.goto(baseUrl + path);
	await waitForForecast(rec.page);
	return rec.page;
}

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe('numbers a Wmo adviser can trust', () => {
	it('covers all 342 gemeenten nationally, says how much is estimated, and equals the table', async () => {
		const page = await open();
		const card = page.getByTestId('samenvatting');
		expect(await card.locator('h2').textContent()).toBe('Nederland: alle 342 gemeenten');
		expect(await page.getByTestId('geschat').textContent()).toMatch(/Waarvan \d+,\d% geschat/);
		const total = Number(await page.getByTestId('samenvatting-forecast').getAttribute('data-value'));
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBe(342);
		const cells = await page.locator('section.table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[2]?.textContent?.trim() ?? ''));
		const sum = cells.reduce((s, t) => s + num(t.match(/^[\d.]+/)?.[0] ?? 'NaN'), 0);
		expect(cells.every((t) => /\d/.test(t))).toBe(true);
		// The cells are rounded (at most 50 per gemeente); the card is the unrounded sum.
		expect(Math.abs(sum - total)).toBeLessThan(342 * 50);
		expect(await page.locator('section.table tfoot').textContent()).toMatch(/Nederland: alle 342 gemeenten/);
		expect(await page.getByTestId('gegevensjaar').textContent()).toMatch(/Gegevens t\/m 2018.*prognose vanaf 2018/s);
	});

	it('gives Haarlemmermeer a gemeente figure from its wijken, named as such', async () => {
		const page = await open('?gemeente=GM0394');
		expect(Number(await page.getByTestId('samenvatting-forecast').getAttribute('data-value'))).toBeGreaterThan(1000);
		expect(await page.getByTestId('samenvatting-reden').textContent()).toMatch(/som van de wijken/);
	});

	it('names the real reason for no forecast: the last count and the years missing', async () => {
		const page = await open('?gemeente=GM0748');
		expect(await page.getByTestId('samenvatting-reden').textContent()).toMatch(/laatste telling 20\d\d, niet geleverd of onderdrukt/);
		expect(await page.getByTestId('samenvatting-reden').textContent()).not.toMatch(/< 10 cliënten/);
	});

	it('does not call Amsterdam reliable on one observed year', async () => {
		const page = await open('?gemeente=GM0363');
		const badge = page.getByTestId('samenvatting').locator('.badge');
		expect(await badge.textContent()).toMatch(/onbetrouwbaar/);
	});

	it('adds the unassigned clients under Utrecht’s wijken, so the table adds up to the gemeente', async () => {
		const page = await open('?gemeente=GM0344');
		await expect.poll(() => page.locator('section.table tfoot tr').count()).toBe(2);
		const foot = await page.locator('section.table tfoot tr').allTextContents();
		expect(foot[0]).toMatch(/Niet toe te wijzen aan een wijk/);
		expect(foot[1]).toMatch(/Utrecht \(gemeente totaal\)/);
	});

	it('labels a past year as observed, without forecast columns, and shows only years with data', async () => {
		const page = await open('?gemeente=GM0344');
		const before = await renderSeq(page);
		await page.getByLabel('Jaar').selectOption('2016');
		await waitForRender(page, before);
		const heads = await page.locator('section.table thead th').allTextContents();
		expect(heads.join('|')).toMatch(/Cliënten 2016 \(waargenomen\)/);
		expect(heads.join('|')).not.toMatch(/Prognose 2016|Verandering tot 2016/);
		const years = await page.getByLabel('Jaar').locator('option').evaluateAll((o) => o.map((x) => Number((x as HTMLOptionElement).value)));
		expect(Math.min(...years)).toBe(2015);
		const ticks = await page.locator('svg text.tick').allTextContents();
		expect(ticks.filter((t) => /^20\d\d$/.test(t)).map(Number).every((y) => y >= 2015)).toBe(true);
		// The change map of a past year shows the change since, not a fully hatched map.
		const b2 = await renderSeq(page);
		await page.getByLabel(/Verandering vanaf/).check();
		await waitForRender(page, b2);
		expect(await page.locator('.legend .title').first().textContent()).toMatch(/Verandering cliënten 2016–2018/);
	});

	it('shows the backtest it promises once the background run is done', async () => {
		const page = await open();
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-backtest-ready'), undefined, { timeout: 110_000 });
		await page.getByText('Nauwkeurigheid in het verleden (backtest)').click();
		await expect.poll(() => page.locator('table.accuracy tbody tr').count()).toBeGreaterThan(2);
	});
});
