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

describe('Excel and CSV with a scenario and costs', () => {
	it('adds the gemeente series, scenario, costs and peers sheets, and a CSV with the whole series', async () => {
		const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }));
		const { page } = rec;
		await page.goto(`${baseUrl}?gemeente=GM0344&groei65=1&kosten=totaal:2500&prijsindex=2`);
		await waitForForecast(page);
		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download Excel' }).click()]);
		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile((await download.path())!);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Wijken', 'Totalen', 'Gemeentereeks', 'Scenario', 'Kosten', 'Vergelijkbare gemeenten', 'Bronnen']);
		const rows = (name: string) => {
			const out: unknown[][] = [];
			wb.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
			return out;
		};
		// Scenario: the last forecast year, clients and euros, scenario above unchanged policy.
		const scen = rows('Scenario').find((r) => r[0] === String(LAST))!;
		const [, base, sc, diff, baseEur, scEur] = scen as number[];
		const ref = cli.get(`GM0344|totaal|${LAST}`)!;
		expect(Math.abs(base - ref.forecast!)).toBeLessThanOrEqual(0.051);
		expect(sc).toBeGreaterThan(base);
		expect(diff).toBeCloseTo(sc - base, 6);
		// The euros: clients × 2.500 × 1,02^(year − first forecast year).
		expect(baseEur).toBeCloseTo(base * 2500 * 1.02 ** (LAST - ORIGIN - 1), 2);
		expect(scEur).toBeCloseTo(sc * 2500 * 1.02 ** (LAST - ORIGIN - 1), 2);
		const cost = rows('Kosten').find((r) => r[0] === 'Wmo totaal' && r[1] === String(LAST))!;
		expect(cost[2]).toBeCloseTo(2500 * 1.02 ** (LAST - ORIGIN - 1), 6);
		expect(cost[4]).toBeCloseTo(scEur, 2);
		const gem = rows('Gemeentereeks');
		expect(gem.some((r) => r[1] === 'Hulp bij het huishouden')).toBe(true);
		const peers = rows('Vergelijkbare gemeenten');
		expect(peers.some((r) => r[0] === 'GM0344' && r[2] === 'gekozen gemeente')).toBe(true);
		expect(peers.filter((r) => r[2] === 'vergelijkbaar').length).toBeGreaterThanOrEqual(5);
		const bronnen = rows('Bronnen').map((r) => r.join(' ')).join('\n');
		expect(bronnen).toContain('Scenario: extra groei 65-plussers (procentpunt per jaar) 1');
		expect(bronnen).toMatch(/Modelversie build \S+, snapshotschema/);

		const [csvDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download CSV' }).click()]);
		expect(csvDownload.suggestedFilename()).toBe('wmo-totaal-GM0344.csv');
		const csv = readFileSync((await csvDownload.path())!, 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.split('\r\n');
		const head = lines[0].replace('\uFEFF', '').split(';');
		expect(head).toContain(`Cliënten ${ORIGIN} (waargenomen)`);
		expect(head).toContain(`Prognose ${ORIGIN + 1}`);
		expect(head).toContain(`Prognose ${LAST}`);
		// The gemeente total row, under the wijken, and the source and licence lines.
		expect(lines.some((l) => l.startsWith('GM0344;Utrecht;'))).toBe(true);
		expect(csv).toMatch(/Bron: .*CBS/);
		expect(csv).toMatch(/Licentie: .*CC BY/);
		expect(rec.errors).toEqual([]);
	});
});
