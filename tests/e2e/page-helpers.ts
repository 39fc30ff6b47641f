// Page-level helpers shared by the e2e tests and the speed benchmark.
import type { Page } from 'playwright-core';

/** Count map canvas pixels that differ from the plain background: proof that polygons were drawn. */
export async function mapPixelStats(page: Page): Promise<{ total: number; painted: number }> {
	return page.evaluate(() => {
		const c = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement | null;
		if (!c) return { total: 0, painted: 0 };
		const off = document.createElement('canvas');
		off.width = c.width;
		off.height = c.height;
		const ctx = off.getContext('2d')!;
		ctx.drawImage(c, 0, 0);
		const d = ctx.getImageData(0, 0, off.width, off.height).data;
		let painted = 0;
		// Background is #f4f6f8 (see MapStyle.ts).
		for (let i = 0; i < d.length; i += 4) {
			if (Math.abs(d[i] - 0xf4) + Math.abs(d[i + 1] - 0xf6) + Math.abs(d[i + 2] - 0xf8) > 24) painted++;
		}
		return { total: d.length / 4, painted };
	});
}

export async function renderSeq(page: Page): Promise<number> {
	return page.evaluate(() => Number(document.documentElement.getAttribute('data-render-seq') ?? 0));
}

/** Wait until the page reports a completed redraw after `before`. */
export async function waitForRender(page: Page, before: number, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		(b) => Number(document.documentElement.getAttribute('data-render-seq') ?? 0) > b,
		before,
		{ timeout }
	);
}

/** Choose a gemeente through the search box, as a user would. */
export async function chooseGemeente(page: Page, name: string): Promise<void> {
	const box = page.getByRole('combobox', { name: 'Gemeente' });
	await box.click();
	await box.fill(name);
	await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().click();
}
