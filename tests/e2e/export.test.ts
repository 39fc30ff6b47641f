// Excel from the built site (issue 14, first part): the wijk table of Utrecht downloaded as XLSX and
// read back: real numbers equal to the unrounded model output (the CLI), a year in every column
// name, the gemeente as total row, and the sources sheet.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';
import { runForecastCli, type CliRow } from './cli-forecast';

const baseUrl = inject('baseUrl');
const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
const ORIGIN = Math.max(...(manifest.tables.clients.years as number[]).filter((y: number) => y <= 2018));
const LAST = ORIGIN + 5;
let browser: Browser;
let cli: Map<string, CliRow>;

beforeAll(async () => {
	cli = runForecastCli(ORIGIN);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe('Excel export', () => {
	it('downloads Utrecht’s wijken as XLSX with the unrounded forecasts and the sources', async () => {
		const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }));
		const { page } = rec;
		await page.goto(`${baseUrl}?gemeente=GM0344`);
		await waitForForecast(page);
		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download Excel' }).click()]);
		expect(download.suggestedFilename()).toBe('wmo-totaal-GM0344.xlsx');
		const path = await download.path();
		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(path!);
		const sheet = wb.getWorksheet('Wijken')!;
		let header: string[] = [];
		sheet.eachRow((row) => {
			const v = row.values as unknown[];
			if (v.includes('Code')) header = v.map((x) => String(x ?? ''));
		});
		const col = header.indexOf(`Prognose ${LAST}`);
		expect(col).toBeGreaterThan(0);
		expect(header).toContain(`Cliënten ${ORIGIN} (waargenomen)`);
		let compared = 0;
		sheet.eachRow((row) => {
			const v = row.values as unknown[];
			const code = String(v[header.indexOf('Code')] ?? '');
			const ref = cli.get(`${code}|totaal|${LAST}`);
			if (!/^WK0344/.test(code) || !ref || ref.forecast === null) return;
			expect(typeof v[col]).toBe('number');
			expect(Math.abs((v[col] as number) - ref.forecast)).toBeLessThanOrEqual(0.051);
			compared++;
		});
		expect(compared).toBeGreaterThan(5);
		const bronnen = wb.worksheets.find((w) => /Bronnen/.test(w.name))!;
		const text: string[] = [];
		bronnen.eachRow((r) => text.push((r.values as unknown[]).join(' ')));
		expect(text.join('\n')).toMatch(/CBS/);
		expect(text.join('\n')).toMatch(/CC BY/);
		expect(rec.errors).toEqual([]);
	});
});
