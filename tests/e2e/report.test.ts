// The printed report (issue 14): Chromium prints a gemeente view to PDF (A4), and the PDF holds
// the report line, the gemeente's name, its complete wijk table with the reliability column, and
// the sources and licences, on a sensible number of pages, without buttons or form controls.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = (await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' }))).page;
});
afterAll(async () => {
	await browser?.close();
});

/** The text of every page of a PDF, through pdf.js (Mozilla's reader). */
async function pdfPages(bytes: Buffer): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
	}
	return pages;
}

describe('Afdrukken / PDF', () => {
	it('prints Tilburg with its complete wijk table, the method and the sources', async () => {
		await page.goto(`${baseUrl}?gemeente=GM0855`);
		await waitForForecast(page);
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 60_000 });
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(50);
		const wijken = (await page.locator('section.table tbody tr th').allTextContents()).map((t) => t.trim()).filter(Boolean);
		expect(await page.getByRole('button', { name: 'Afdrukken / PDF' }).count()).toBe(1);

		const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
		const all = pages.join(' ');
		expect(pages.length).toBeGreaterThanOrEqual(3);
		expect(pages.length).toBeLessThanOrEqual(14);
		// Page 1: the report line, with the gemeente, the category and the data year.
		expect(pages[0]).toMatch(/Rapport: gemeente Tilburg, Wmo totaal, \d{4}/);
		expect(pages[0]).toMatch(/Gegevens t\/m 2018/);
		// Every wijk of the table, and its last column.
		// (compared without spaces: the PDF breaks long names after a hyphen)
		const squeezed = all.replace(/\s+/g, '');
		for (const name of wijken) expect(squeezed).toContain(name.replace(/\s+/g, ''));
		expect(all).not.toMatch(/✓ betrouwbaar geen prognose/);
		expect(all).toContain('Betrouwbaarheid van de prognose');
		// The transparency summary, with the sections that are closed on screen opened for print.
		expect(all).toMatch(/CC BY 4\.0/);
		expect(all).toMatch(/ongewijzigd beleid/);
		// No controls on paper.
		expect(all).not.toContain('Deel deze weergave');
		expect(all).not.toContain('Download CSV');
		expect(all).not.toContain('Kaart als PNG');
	});
});
