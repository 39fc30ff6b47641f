// Pictures for a memo or a slide (issue 14): the map with its legend and sources, and the chart,
// downloaded as PNG at print resolution (three times the size on screen).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	const rec = await openRecordedPage(await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true }));
	page = rec.page;
	await page.goto(`${baseUrl}?gemeente=GM0344`);
	await waitForForecast(page);
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 60_000 });
});
afterAll(async () => {
	await browser?.close();
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
	return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

describe('PNG exports', () => {
	it('the map, at three times its size, with the legend band under it', async () => {
		const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
		const { name, bytes } = await download('Kaart als PNG');
		expect(name).toMatch(/^wmo-kaart-utrecht.*\.png$/);
		const size = pngSize(bytes);
		expect(size.width).toBe(Math.round(canvas!.width * 3));
		expect(size.height).toBeGreaterThan(Math.round(canvas!.height * 3)); // the band with legend and sources
		expect(bytes.length).toBeGreaterThan(20_000); // polygons, not a blank image
		// Drawn again at three device pixels per CSS pixel for the picture, then back to the screen's.
		const buffer = await page.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.clientWidth, devicePixelRatio]);
		expect(buffer[0]).toBe(Math.round(buffer[1] * buffer[2]));
	});

	it('the chart, at three times its size', async () => {
		const svg = await page.locator('.forecast-chart svg[role="img"]').first().boundingBox();
		const { name, bytes } = await download('Grafiek als PNG');
		expect(name).toMatch(/^wmo-grafiek-utrecht-totaal\.png$/);
		const size = pngSize(bytes);
		expect(size.width).toBe(Math.round(svg!.width * 3));
		expect(size.height).toBeGreaterThan(Math.round(svg!.height * 3));
		expect(bytes.length).toBeGreaterThan(10_000);
	});
});
