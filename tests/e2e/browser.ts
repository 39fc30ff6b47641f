// Headless Debian Chromium through playwright-core, with everything a test wants to assert on:
// console messages, page errors, every request URL, and CSP violations.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [...CHROMIUM_ARGS, ...extraArgs]
	});
}

export interface Recorded {
	page: Page;
	console: string[];
	errors: string[];
	/** Requests of the page and its (dedicated) workers. */
	requests: string[];
	/** Requests the service worker made itself (its offline copy, after the first forecast). */
	serviceWorkerRequests: string[];
	cspViolations: string[];
}

export async function openRecordedPage(context: BrowserContext): Promise<Recorded> {
	const page = await context.newPage();
	const rec: Recorded = { page, console: [], errors: [], requests: [], serviceWorkerRequests: [], cspViolations: [] };
	page.on('console', (m) => {
		const text = `${m.type()}: ${m.text()}`;
		rec.console.push(text);
		if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) rec.cspViolations.push(m.text());
	});
	page.on('pageerror', (e) => rec.errors.push(String(e)));
	// context-level so worker requests are included as well
	context.on('request', (r) => (r.serviceWorker() ? rec.serviceWorkerRequests : rec.requests).push(r.url()));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return rec;
}

export async function waitForForecast(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForFunction(() => document.documentElement.hasAttribute('data-forecast-ready'), undefined, { timeout });
}
