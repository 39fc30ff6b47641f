// Own data in the built site (issue 10): a SYNTHETIC records file for Utrecht 2017–2025 with wijk
// codes and an own population forecast are uploaded; the forecast then starts from 2025, the merge
// statistics and "eigen gegevens" are shown, and no request leaves the page with any of it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { importRecords } from '../../src/lib/local/records';
import { nodeRunner } from '../../src/lib/local/records/runner-node';
import { overridesOf } from '../../src/lib/local/overrides';
import { Pipeline } from '../../src/lib/pipeline/run';
import { gemeenteView, indexResult } from '../../src/lib/view/views';
import { loadSnapshotFromDir } from '../../src/cli/loadSnapshot';
import type { Browser, Request } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';

const baseUrl = inject('baseUrl');

/** The run of the records file in Node (Node DuckDB and the one pipeline), and the gemeente's view. */
async function nodeRun(file: string, code: string) {
	const runner = await nodeRunner(2);
	try {
		const res = await importRecords({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }, runner, { gemeente: code });
		expect(res.ok, res.problems.map((p) => p.text).join('\n')).toBe(true);
		const tables = await loadSnapshotFromDir('build/data');
		const local = overridesOf([res.value!])!;
		const pipeline = new Pipeline(tables, undefined, local);
		const result = await pipeline.run();
		return { rows: result.rows, gm: gemeenteView(indexResult(pipeline.tables, result, local), code)! };
	} finally {
		runner.close();
	}
}
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'wmo-local-'));
const records = join(dir, 'wmo_records_utrecht.csv');
const population = join(dir, 'bevolking_utrecht.csv');

beforeAll(async () => {
	execFileSync('npx', ['tsx', 'scripts/gen-wmobus.ts', '--records', '20000', '--gemeente', 'GM0344', '--from', '2017', '--to', '2025', '--wijken', '--out', records], { stdio: 'ignore' });
	const rows = ['regio;jaar;inwoners', ...[2026, 2027, 2028, 2029, 2030].map((y, i) => `GM0344;${y};${370000 + 4000 * i}`)];
	writeFileSync(population, '\uFEFF' + rows.join('\r\n') + '\r\n');
	browser = await launchChromium();
}, 180_000);
afterAll(async () => {
	await browser?.close();
});

describe('own data that never leaves the browser', () => {
	it('forecasts Utrecht from its own 2025 records, shows the merge statistics, and sends nothing', async () => {
		const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
		const { page } = rec;
		await page.goto(`${baseUrl}?gemeente=GM0344`);
		await waitForForecast(page);
		const after: Request[] = [];
		await page.getByText(/^Eigen gegevens \(blijven in deze browser\)/).click();
		await page.locator('#local-records-input').waitFor({ state: 'attached', timeout: 60_000 });
		page.context().on('request', (r) => after.push(r));
		await page.locator('#local-records-input').setInputFiles(records);
		await expect.poll(() => page.getByTestId('eigen-gegevens').count(), { timeout: 120_000 }).toBe(1);
		expect(await page.getByTestId('eigen-gegevens').textContent()).toMatch(/wmo_records_utrecht\.csv \(2017.*2025/);
		// History to 2025 and forecasts 2026–2030 for the gemeente.
		await expect.poll(() => page.getByTestId('samenvatting-forecast').getAttribute('data-year'), { timeout: 60_000 }).toBe('2030');
		expect(await page.getByTestId('samenvatting').textContent()).toMatch(/Cliënten 2025 \(waargenomen\)/);
		// The same aggregation and model in Node, on the same file, give the number on screen.
		const shown = Number(await page.getByTestId('samenvatting-forecast').getAttribute('data-value'));
		expect(shown).toBeGreaterThan(0);
		const node = await nodeRun(records, 'GM0344');
		const nodeTotal = node.rows.find((r) => r.code === 'GM0344' && r.category === 'totaal' && r.year === 2030)!.forecast!;
		expect(Math.abs(shown - nodeTotal)).toBeLessThanOrEqual(0.051);
		const years = await page.getByLabel('Jaar').locator('option').allTextContents();
		expect(years.some((y) => y.startsWith('2025'))).toBe(true);
		expect(years.at(-1)).toMatch(/^2030/);
		// Its wijken too.
		await expect.poll(() => page.locator('section.table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(5);
		expect(await page.locator('section.table thead').textContent()).toMatch(/Prognose 2030/);
		// The merge statistics and the source line.
		expect(await page.getByText('Samenvoegstatistiek per categorie').count()).toBeGreaterThan(0);
		// Their counts next to CBS's for the years both have (2017 and 2018).
		const comparison = page.getByTestId('cbs-vergelijking').first();
		await expect.poll(async () => (await comparison.textContent()) ?? '', { timeout: 30_000 }).toMatch(/Utrecht.*2017/s);
		expect(await comparison.textContent()).toMatch(/2018/);
		expect(await comparison.textContent()).toMatch(/Wijken samen/);
		// The type codes as subcategories of the gemeente, forecast as in Node.
		const subRows = page.getByTestId('subcategorieen').locator('tbody tr');
		await expect.poll(() => subRows.count(), { timeout: 30_000 }).toBeGreaterThan(3);
		expect(await page.getByTestId('subcategorieen').textContent()).toMatch(/Begeleiding.*Ondersteuning thuis/s);
		const nodeSub = node.gm.subcategories!.find((s) => s.id === 'begeleiding')!;
		const shownSub = Number(await page.locator('[data-testid="subcategorieen"] tr[data-id="begeleiding"]').getAttribute('data-forecast'));
		expect(Math.abs(shownSub - nodeSub.forecast.find((f) => f.year === 2030)!.forecast!)).toBeLessThanOrEqual(1e-6);
		// The subcategories are categories of this gemeente: chosen in the selector, the summary and chart show
		// begeleiding itself, at Node's number; the wijken carry no forecast (gemeente level only).
		const own = await page.locator('#categorie').locator('optgroup option').allTextContents();
		expect(own.join('|')).toMatch(/Begeleiding \(onder ondersteuning thuis\)/);
		await page.locator('#categorie').selectOption('begeleiding');
		await expect.poll(() => page.getByTestId('subcategorie-uitleg').count(), { timeout: 15_000 }).toBe(1);
		expect(await page.getByTestId('subcategorie-uitleg').textContent()).toMatch(/Begeleiding.*ondersteuning thuis/s);
		const shownChosen = Number(await page.getByTestId('samenvatting-forecast').getAttribute('data-value'));
		expect(Math.abs(shownChosen - nodeSub.forecast.find((f) => f.year === 2030)!.forecast!)).toBeLessThanOrEqual(0.051);
		expect(await page.locator('section.table tbody').textContent()).toMatch(/geen wijkcijfers: de prognose is er alleen voor de hele gemeente/);
		expect(new URL(page.url()).searchParams.get('categorie')).toBe('ondersteuning_thuis'); // a link carries no own subcategory
		await page.locator('#categorie').selectOption('totaal');
		await expect.poll(() => page.getByTestId('subcategorie-uitleg').count()).toBe(0);
		await page.getByText('Bronnen en licenties').click();
		expect(await page.getByTestId('bron-eigen-gegevens').textContent()).toMatch(/Eigen gegevens/);
		// The own population forecast replaces the projection.
		await page.locator('#local-pop-input').setInputFiles(population);
		await expect.poll(async () => (await page.getByTestId('eigen-gegevens').textContent()) ?? '', { timeout: 60_000 }).toMatch(/bevolking_utrecht\.csv/);
		// Privacy: from the upload on, every request stays on this origin and carries no body.
		const origin = new URL(baseUrl).origin;
		const leaving = after.filter((r) => !r.url().startsWith('blob:') && !r.url().startsWith('data:') && (new URL(r.url()).origin !== origin || r.method() !== 'GET' || r.postData()));
		expect(leaving.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
		expect(after.some((r) => /GM0344|RINPERSOON|SYN/.test(new URL(r.url(), origin).search))).toBe(false);
		// One control back to CBS only.
		await page.getByLabel('Alleen CBS-gegevens gebruiken').check();
		await expect.poll(() => page.getByTestId('samenvatting-forecast').getAttribute('data-year'), { timeout: 60_000 }).toBe('2023');
		expect(rec.errors).toEqual([]);
	});
});
