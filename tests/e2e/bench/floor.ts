// The benchmark's *floor*: a bare page on the same server that fetches exactly the URLs the app
// fetched before its first forecast, with the same dependency structure, and does nothing else.
// Its time is what the network (under the same throttling) costs at the least; the app's figures
// are reported as ratios to it, which makes runs on different machines comparable.
//
// Recording: every request of the page and its workers (Playwright reports dedicated-worker
// requests on the context) with its start and finish time. A request that the app started only
// after some others had finished is taken to depend on them: the floor starts it as soon as those
// have finished on the floor page, so the floor keeps the app's order and concurrency but none of
// its compute time.
//
// Serving: the floor HTML comes from a route on the bench's own static server (same origin, same
// gzip and caching for the data), with its own CSP that allows only its inline script (by hash).
// The navigation request is replaced by the floor document, padded with the app's index.html in a
// comment so the document is about as many bytes on the wire as the app's.
import type { BrowserContext, Request } from 'playwright-core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { StaticServer } from '../serve';

export interface RecordedRequest {
	request: Request;
	url: string;
	type: string;
	range: string | null;
	start: number;
	end: number | null;
}

export interface PlanStep {
	/** Path and query on the same origin. */
	u: string;
	/** Range header of the app's request, if any. */
	r: string | null;
	/** Indices (into the plan) of the requests that had finished before this one started. */
	d: number[];
}

/** Record every request of a context (page and workers) with wall-clock start and end. */
export function recordRequests(context: BrowserContext): { list: RecordedRequest[]; stop(): void } {
	const list: RecordedRequest[] = [];
	const byReq = new Map<Request, RecordedRequest>();
	const onRequest = (r: Request) => {
		const rec: RecordedRequest = { request: r, url: r.url(), type: r.resourceType(), range: r.headers()['range'] ?? null, start: Date.now(), end: null };
		byReq.set(r, rec);
		list.push(rec);
	};
	const onDone = (r: Request) => {
		const rec = byReq.get(r);
		if (rec && rec.end === null) rec.end = Date.now();
	};
	context.on('request', onRequest);
	context.on('requestfinished', onDone);
	context.on('requestfailed', onDone);
	return {
		list,
		stop() {
			context.off('request', onRequest);
			context.off('requestfinished', onDone);
			context.off('requestfailed', onDone);
		}
	};
}

/**
 * Bytes on the wire (encoded body + headers, as Playwright reports them for page and worker
 * requests alike) of the requests that finished by `until`. Chromium reports a dedicated
 * worker's own script without its body (about 0.7 kB with headers), here and in CDP alike; a
 * floor page, which fetches those URLs with fetch(), counts them in full.
 */
export async function wireBytes(requests: readonly RecordedRequest[], until: number): Promise<{ bytes: number; requests: number }> {
	let bytes = 0;
	let n = 0;
	for (const r of requests) {
		if (r.end === null || r.end > until || !/^https?:/.test(r.url)) continue;
		try {
			const s = await r.request.sizes();
			bytes += s.responseBodySize + s.responseHeadersSize;
			n++;
		} catch {
			/* failed request: no sizes */
		}
	}
	return { bytes, requests: n };
}

/**
 * The floor plan: same-origin requests that finished by `until`, minus the navigation itself
 * (the floor document stands in for it), in start order, each with its dependencies.
 */
export function floorPlan(requests: readonly RecordedRequest[], origin: string, until: number): PlanStep[] {
	const done = requests
		.filter((r) => r.end !== null && r.end <= until && r.url.startsWith(origin) && r.type !== 'document')
		.sort((a, b) => a.start - b.start);
	return done.map((r, j) => ({
		u: r.url.slice(origin.length - 1),
		r: r.range,
		d: done.slice(0, j).flatMap((p, i) => (p.end! <= r.start ? [i] : []))
	}));
}

function floorScript(plan: PlanStep[]): string {
	return `(() => {
const plan = ${JSON.stringify(plan)};
const html = document.documentElement;
let bytes = 0;
const runs = [];
const times = (window.__floorTimes = []);
const one = (s, i) => {
	const t = (times[i] = [s.u, Math.round(performance.now())]);
	return fetch(s.u, s.r ? { headers: { Range: s.r } } : {})
		.then((r) => r.arrayBuffer())
		.then((b) => { bytes += b.byteLength; t.push(Math.round(performance.now())); });
};
plan.forEach((s, i) => { runs[i] = Promise.all(s.d.map((d) => runs[d])).then(() => one(s, i)); });
Promise.all(runs).then(
	() => { html.setAttribute('data-floor-bytes', String(bytes)); html.setAttribute('data-floor-ready', String(Math.round(performance.now()))); },
	(e) => html.setAttribute('data-floor-error', String(e))
);
})();`;
}

export interface FloorRoutes {
	/** Register a plan and return the floor page's URL. */
	add(name: string, plan: PlanStep[]): string;
}

/**
 * Put a floor route (`/__bench/floor-<name>.html`) in front of the static server's handler. The
 * static server itself is unchanged: every other request still goes to it.
 */
export function installFloorRoutes(server: StaticServer, buildDir = 'build'): FloorRoutes {
	const padding = readFileSync(`${buildDir}/index.html`, 'utf8').replace(/--/g, '- -');
	const pages = new Map<string, { body: Buffer; gz: Buffer; csp: string }>();
	const [original] = server.server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
	server.server.removeAllListeners('request');
	server.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		const page = pages.get(path);
		if (!page) return original.call(server.server, req, res);
		const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip ? page.gz : page.body;
		res.writeHead(200, {
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Security-Policy': page.csp,
			'Cache-Control': 'no-cache',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			'Content-Length': String(body.length)
		});
		res.end(body);
	});
	return {
		add(name, plan) {
			const script = floorScript(plan);
			const hash = createHash('sha256').update(script, 'utf8').digest('base64');
			const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>floor</title></head><body><script>${script}</script>\n<!-- ${padding} --></body></html>`;
			const body = Buffer.from(html, 'utf8');
			const path = `/__bench/floor-${name}.html`;
			pages.set(path, {
				body,
				gz: gzipSync(body, { level: 6 }),
				csp: `default-src 'self'; script-src 'sha256-${hash}'; connect-src 'self'; object-src 'none'; base-uri 'self'`
			});
			return new URL(path, server.url).href;
		}
	};
}
