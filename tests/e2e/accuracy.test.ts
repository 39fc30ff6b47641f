// Accuracy and honesty (issue 13): gaps filled and marked as estimates.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

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

describe('gaps', () => {
	it('gives Amsterdam more than one year, the Weesp gap of 2018 estimated and marked', async () => {
		const page = await open('?gemeente=GM0363');
		const toggle = page.getByRole('button', { name: 'Toon cijfers' }).first();
		const tableId = await toggle.getAttribute('aria-controls');
		await toggle.click();
		const chart = page.locator('section', { has: page.locator(`[id="${tableId}"]`) }).last();
		const rows = await page.locator(`[id="${tableId}"] tbody tr`).evaluateAll((trs) =>
			trs.map((tr) => ({ year: Number(tr.querySelector('th')?.textContent), kind: tr.querySelectorAll('td')[0]?.textContent?.trim(), cell: tr.querySelectorAll('td')[1]?.textContent?.trim() ?? '' }))
		);
		const past = rows.filter((r) => r.kind !== 'prognose' && /^\d/.test(r.cell));
		expect(past.length).toBeGreaterThan(1);
		const y2018 = rows.find((r) => r.year === 2018)!;
		expect(y2018.cell).toMatch(/^[\d.,]+%? \(geschat: een deel van de gemeente leverde niet\)$/);
		const y2017 = rows.find((r) => r.year === 2017)!;
		expect(y2017.cell).toMatch(/^[\d.,]+%?( \(geschat via grenswijziging\))?$/);
		expect(await chart.locator('.estimated-key').textContent()).toMatch(/geschat: een deel van de gemeente leverde niet/);
		expect(await chart.locator('circle.marker.estimated').count()).toBeGreaterThan(0);
	});
});

describe('registration breaks', () => {
	it("names Den Haag's 2018 shift from huishoudelijke hulp to ondersteuning thuis as a break, not a trend", async () => {
		const page = await open('?gemeente=GM0518&categorie=hulp_bij_het_huishouden');
		const note = page.getByTestId('registratiebreuk').first();
		await note.waitFor({ timeout: 30_000 });
		const text = (await note.textContent())!.replace(/\s+/g, ' ');
		expect(text).toMatch(/Registratiebreuk bij 's-Gravenhage/);
		expect(text).toMatch(/2017→2018 van 12\.895 naar 4\.160 cliënten/);
		expect(text).toMatch(/verschoven tussen de twee soorten/);
		expect(text).toMatch(/geen trend/);
		// A gemeente without a break shows no such note.
		const other = await open('?gemeente=GM0344');
		expect(await other.getByTestId('registratiebreuk').count()).toBe(0);
	});
});

describe("each gemeente's own track record", () => {
	const pctOf = (t: string) => Number(t.replace('%', '').replace(',', '.'));

	it('shows Rotterdam its past forecasts against naive, and a summary that is their mean', async () => {
		const page = await open('?gemeente=GM0599');
		const box = page.getByTestId('trackrecord').first();
		const summary = box.getByTestId('trackrecord-samenvatting');
		await summary.waitFor({ timeout: 90_000 });
		const text = (await summary.textContent())!.replace(/\s+/g, ' ');
		const m = text.match(/Bij eerdere jaren zat de prognose gemiddeld ([\d,]+%) naast, de naïeve ([\d,]+%) \((\d+) prognoses/);
		expect(m).not.toBeNull();
		const rows = await box.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
		expect(rows.length).toBe(Number(m![3]));
		const mean = (j: number) => rows.reduce((s, r) => s + pctOf(r[j]), 0) / rows.length;
		// The cells are rounded to 0,1%: their mean is within 0,05 of the summary's.
		expect(Math.abs(mean(5) - pctOf(m![1]))).toBeLessThan(0.06);
		expect(Math.abs(mean(6) - pctOf(m![2]))).toBeLessThan(0.06);
		expect(rows.every((r) => Number(r[1]) > Number(r[0]) && Number(r[0]) >= 2015)).toBe(true);
		expect(pctOf(m![1])).toBeLessThan(pctOf(m![2]));
		expect(await box.getByTestId('trackrecord-naief').count()).toBe(0);
	});

	it('says so where the model did worse than naive (Tilburg) and offers the naive forecast beside it', async () => {
		const page = await open('?gemeente=GM0855');
		const warn = page.getByTestId('trackrecord').first().getByTestId('trackrecord-naief');
		await warn.waitFor({ timeout: 90_000 });
		expect((await warn.textContent())!.replace(/\s+/g, ' ')).toMatch(/slechter dan de naïeve prognose.*naïeve prognose staat daarom ernaast: [\d.]+ cliënten per jaar \(de telling van 2018\)/);
	});
});
