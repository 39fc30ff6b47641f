// WCAG 2.1 AA in the built site (issue 15): axe-core audits the country view, a gemeente view, a wijk
// view, the transparency panel and the local-data (upload) panel and fails on any serious or critical
// violation; the keyboard alone chooses a gemeente, a category, a year and a wijk (the map has a
// keyboard path), focus stays on what was activated, every control shows a visible focus ring, and a
// live region announces a changed forecast.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { axeAudit, describeViolations, serious } from './a11y-helpers';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

async function open(path = ''): Promise<Page> {
	const { page } = await openRecordedPage(context);
	await page.goto(baseUrl + path);
	await waitForForecast(page);
	// The table and the panels below the fold render right after the first forecast.
	await page.locator('section.table tbody tr').first().waitFor({ timeout: 30_000 });
	return page;
}
const summaryCode = (page: Page) => page.getByTestId('samenvatting').getAttribute('data-code');

async function expectClean(page: Page, include?: string) {
	const found = serious(await axeAudit(page, include));
	expect(found, describeViolations(found)).toEqual([]);
}

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
});
afterAll(async () => {
	await browser?.close();
});

describe('axe-core: no serious or critical violations', () => {
	it('country view', async () => {
		const page = await open();
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 30_000 });
		await expectClean(page);
		await page.close();
	});

	let page: Page;
	it('gemeente view', async () => {
		page = await open('?gemeente=GM0344');
		await expect.poll(() => summaryCode(page)).toBe('GM0344');
		await expectClean(page);
	});

	it('wijk view', async () => {
		await page.locator('section.table tbody tr button.select').first().click();
		await expect.poll(() => page.getByTestId('wijk').getAttribute('data-code')).toMatch(/^WK0344/);
		await expectClean(page);
	});

	it('transparency panel, every section open', async () => {
		const panel = page.locator('section.transparency, [data-testid="transparantie"]').first();
		await panel.waitFor();
		await panel.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
		await page.waitForTimeout(300);
		await expectClean(page, 'section.transparency, [data-testid="transparantie"]');
	});

	it('local data (upload) panel', async () => {
		await page.getByText(/^Eigen gegevens \(blijven in deze browser\)/).click();
		await page.locator('#local-records-input').waitFor({ state: 'attached', timeout: 60_000 });
		await expectClean(page);
	});

	it('toegankelijkheidsverklaring, reached from the footer, in the standard form', async () => {
		const link = page.locator('footer').getByRole('link', { name: 'Toegankelijkheidsverklaring' });
		await link.click();
		await page.waitForURL(/\/toegankelijkheid$/);
		await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
		for (const h of ['Verklaring', 'Nalevingsstatus', 'Onderbouwing: wat is getest en hoe', 'Bekende problemen en wat eraan gebeurt', 'Feedback en contact', 'Datum'])
			expect(await page.getByRole('heading', { level: 2, name: h }).count(), h).toBe(1);
		// An automated audit alone does not justify full compliance.
		expect(await page.getByTestId('nalevingsstatus').textContent()).toMatch(/^Voldoet gedeeltelijk/);
		expect(await page.locator('main').textContent()).toMatch(/axe-core 4\.14/);
		// The footer is on this page too, and the way back works.
		expect(await page.locator('footer').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).count()).toBe(1);
		await expectClean(page);
		await page.getByRole('link', { name: 'Terug naar Wmo Vooruitblik' }).click();
		await waitForForecast(page);
	});
});

describe('keyboard only', () => {
	let page: Page;
	beforeAll(async () => {
		page = await open();
	});

	it('keeps focus in the table after Enter on a gemeente there (not dropped to <body>)', async () => {
		const btn = page.locator('section.table tbody tr button.select').first();
		await btn.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => summaryCode(page)).toMatch(/^GM/);
		await expect.poll(() => page.getByTestId('samenvatting').getAttribute('data-code')).not.toBe('NL');
		await page.waitForTimeout(300);
		const focus = await page.evaluate(() => {
			const el = document.activeElement;
			return { body: el === document.body, inTable: !!el?.closest('section.table'), role: el?.getAttribute('role') };
		});
		expect(focus).toEqual({ body: false, inTable: true, role: 'region' });
	});

	it('chooses a gemeente with the search box, then a category and a year with the keyboard', async () => {
		const box = page.getByRole('combobox', { name: 'Gemeente' });
		await box.focus();
		await box.fill('');
		await page.keyboard.type('Utrecht');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => summaryCode(page)).toBe('GM0344');
		const year = page.locator('#jaar');
		await year.focus();
		const y0 = await year.inputValue();
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => page.getByTestId('samenvatting-forecast').getAttribute('data-year')).toBe(String(Number(y0) - 1));
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.getByTestId('samenvatting-forecast').getAttribute('data-year')).toBe(y0);
		const cat = page.locator('#categorie');
		await cat.focus();
		const c0 = await cat.inputValue();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => cat.inputValue()).not.toBe(c0);
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => cat.inputValue()).toBe(c0);
	});

	it('chooses a wijk on the map without a pointer, and the map marks it', async () => {
		const chooser = page.getByRole('combobox', { name: 'Wijk op de kaart' });
		await chooser.waitFor();
		await chooser.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const chosen = await chooser.inputValue();
		expect(chosen).toMatch(/^WK0344/);
		await expect.poll(() => page.getByTestId('wijk').getAttribute('data-code')).toBe(chosen);
		// focus stays where the user is
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
		// the same wijk is marked in the table
		await expect.poll(() => page.locator('section.table tbody tr.selected button.select').getAttribute('aria-current')).toBe('true');
	});

	it('keeps focus on the row button after Enter on a wijk in the table', async () => {
		const btn = page.locator('section.table tbody tr button.select').nth(2);
		await btn.focus();
		const name = (await btn.textContent())?.trim();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
		expect((await page.evaluate(() => document.activeElement?.textContent))?.trim()).toBe(name);
	});

	it('announces a changed forecast in a live region', async () => {
		const live = page.locator('[data-testid="aankondiging"]');
		expect(await live.getAttribute('aria-live')).toBe('polite');
		const before = await live.textContent();
		const box = page.getByRole('combobox', { name: 'Gemeente' });
		await box.focus();
		await box.fill('');
		await page.keyboard.type('Zeist');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect.poll(() => summaryCode(page)).toBe('GM0355');
		// Polled: the announcement of the previous test's wijk choice (250 ms debounce) may land first.
		await expect.poll(() => live.textContent()).not.toBe(before);
		await expect.poll(() => live.textContent()).toMatch(/Zeist.*prognose/i);
	});

	it('reaches every control with Tab, each with a visible focus indicator', async () => {
		await page.locator('body').focus();
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		const seen = new Set<string>();
		const missing: string[] = [];
		for (let i = 0; i < 120; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const cs = getComputedStyle(el);
				const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
				const id = `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
				return { id, ring };
			});
			if (!info) continue;
			if (seen.has(info.id) && seen.size > 5) break;
			seen.add(info.id);
			if (!info.ring) missing.push(info.id);
		}
		expect(seen.size).toBeGreaterThan(10);
		expect(missing).toEqual([]);
	});
});
