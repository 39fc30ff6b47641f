// Tablet with touch (issue 15, item 3), in portrait 820×1180 and landscape 1180×820 at two device
// pixels per CSS pixel: the gemeente view of Amsterdam does not scroll sideways, no element of the
// page sticks out of its container (the wijk table's last column fits), every interactive element is
// a tap target of at least 44×44 CSS px, and a tapped wijk's figures are in the viewport without
// scrolling. Screenshots go to test-results/ for a human look.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openRecordedPage, waitForForecast } from './browser';

const baseUrl = inject('baseUrl');
const MIN = 44;
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
	mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

/** Elements of the page wider than the viewport, or whose content is cut or scrolls sideways. */
function overflowing(page: Page, vw: number) {
	return page.evaluate((vw) => {
		const out: string[] = [];
		// Only the outermost offender: its descendants stick out with it.
		const reported = new Set<Element>();
		const name = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''} „${(el.textContent ?? '').trim().slice(0, 30)}”`;
		for (const el of document.querySelectorAll('header *, main *, footer *')) {
			if (el.closest('.sr-only, .maplibregl-canvas-container, svg')) continue;
			if (el.parentElement && reported.has(el.parentElement)) {
				reported.add(el);
				continue;
			}
			const n = out.length;
			const r = el.getBoundingClientRect();
			// Zero-size and visually hidden (1 px, clipped) elements are not seen.
			if (r.width <= 2 || r.height <= 2) continue;
			if (r.right > vw + 0.5 || r.left < -0.5) out.push(`${name(el)} buiten beeld (${Math.round(r.left)}–${Math.round(r.right)} px)`);
			const cs = getComputedStyle(el);
			const clips = cs.overflowX !== 'visible';
			if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} schuift of knipt zijwaarts (${el.scrollWidth} > ${el.clientWidth} px)`);
			if (out.length > n) reported.add(el);
		}
		return out;
	}, vw);
}

/** Interactive elements smaller than 44×44 CSS px; a checkbox or radio counts with its label. */
function smallTargets(page: Page) {
	return page.evaluate((min) => {
		const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="option"][tabindex]';
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(sel)) {
			if (el.closest('.sr-only') || el.closest('[inert]')) continue;
			const cs = getComputedStyle(el);
			if (cs.visibility === 'hidden' || cs.display === 'none') continue;
			let r = el.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			const input = el as HTMLInputElement;
			if (el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio' || input.type === 'file')) {
				const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
				if (label) r = label.getBoundingClientRect();
			}
			if (r.width + 0.5 < min || r.height + 0.5 < min) {
				const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
				out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(/\s+/).join('.') : ''} „${text}” ${Math.round(r.width)}×${Math.round(r.height)}`);
			}
		}
		// One line per kind of element (a table has a hundred row buttons of the same style).
		const byKind = new Map<string, string[]>();
		for (const o of out) {
			const kind = o.split(' „')[0];
			byKind.set(kind, [...(byKind.get(kind) ?? []), o]);
		}
		return [...byKind.values()].map((l) => (l.length > 1 ? `${l[0]} (en ${l.length - 1} meer)` : l[0]));
	}, MIN);
}

function inViewport(page: Page, selector: string) {
	return page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		const h = innerHeight;
		// The whole box when it fits; a taller box at least fills the viewport from its top.
		return r.top >= -0.5 && (r.bottom <= h + 0.5 || (r.top <= 1 && r.height > h)) ? 'ja' : `nee (${Math.round(r.top)}–${Math.round(r.bottom)} px, viewport ${h} px)`;
	});
}

for (const [width, height, orientation] of [
	[820, 1180, 'staand'],
	[1180, 820, 'liggend']
] as const) {
	describe(`tablet ${orientation} ${width}×${height}, touch`, () => {
		let context: BrowserContext;
		let page: Page;
		beforeAll(async () => {
			context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale: 'nl-NL' });
			({ page } = await openRecordedPage(context));
			await page.goto(baseUrl + '?gemeente=GM0363');
			await waitForForecast(page);
			await page.waitForFunction(() => document.documentElement.hasAttribute('data-map-ready'), undefined, { timeout: 60_000 });
			await page.locator('section.table tbody tr button.select').first().waitFor({ timeout: 30_000 });
			// Every collapsed section open, so its controls are measured too.
			await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
			await page.waitForTimeout(500);
			await page.screenshot({ path: `test-results/tablet-${orientation}-${width}x${height}.png`, fullPage: true });
		});
		afterAll(async () => {
			await context?.close();
		});

		it('uses the coarse-pointer styles (touch emulation is on)', async () => {
			expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
		});

		it('does not scroll sideways, nor zoom out to fit something wider (layout viewport = device width)', async () => {
			const { sw, iw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: innerWidth }));
			expect(sw).toBeLessThanOrEqual(iw);
			expect(iw).toBe(width);
		});

		it('has no element sticking out of its container (the wijk table fits, no sideways scroll)', async () => {
			const found = await overflowing(page, width);
			expect(found, found.join('\n')).toEqual([]);
			await page.locator('section.table .scroll').screenshot({ path: `test-results/tablet-${orientation}-tabel.png` });
		});

		it('has tap targets of at least 44×44 px', async () => {
			const found = await smallTargets(page);
			expect(found, `kleiner dan ${MIN}×${MIN} px:\n${found.join('\n')}`).toEqual([]);
		});

		it('shows a wijk tapped in the table without scrolling', async () => {
			const btn = page.locator('section.table tbody tr button.select').nth(3);
			await btn.scrollIntoViewIfNeeded();
			const name = (await btn.textContent())?.trim();
			await btn.tap();
			await expect.poll(() => page.getByTestId('wijk').locator('h2').textContent()).toBe(name);
			await expect.poll(() => inViewport(page, '[data-testid="wijk"]'), { timeout: 5000 }).toBe('ja');
			await page.screenshot({ path: `test-results/tablet-${orientation}-wijk-tabel.png` });
		});

		it('shows a wijk chosen with the map picker (tapped at the top of the page) without scrolling', async () => {
			await page.evaluate(() => scrollTo(0, 0));
			const picker = page.getByRole('combobox', { name: 'Wijk op de kaart' });
			await picker.scrollIntoViewIfNeeded();
			await picker.tap();
			const codes = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
			const current = await page.getByTestId('wijk').getAttribute('data-code');
			const code = codes.find((c) => c !== current)!;
			await picker.selectOption(code);
			await expect.poll(() => page.getByTestId('wijk').getAttribute('data-code')).toBe(code);
			await expect.poll(() => inViewport(page, '[data-testid="wijk"]'), { timeout: 5000 }).toBe('ja');
			await page.screenshot({ path: `test-results/tablet-${orientation}-wijk-kaart.png` });
		});

		it('lays out the toegankelijkheidsverklaring (footer link) for touch too', async () => {
			await page.locator('footer').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).tap();
			await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			const found = [...(await overflowing(page, width)), ...(await smallTargets(page))];
			expect(found, found.join('\n')).toEqual([]);
			await page.screenshot({ path: `test-results/tablet-${orientation}-toegankelijkheid.png` });
		});
	});
}
