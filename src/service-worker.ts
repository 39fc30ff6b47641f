// The service worker: the app works offline after its first visit. It is registered only after the
// first forecast and the map are on screen (src/lib/data/offline.ts), so its downloads never compete
// with them; most of what it stores then comes from the HTTP cache of that visit.
//
// Two caches, both under this origin:
//   wmo-app-<build version>     the shell: index.html and prerendered pages, every file of the build
//                               (JS, CSS, workers, and the one DuckDB-WASM bundle this browser would
//                               pick, so an upload works offline), the install manifest and icons;
//   wmo-data-<fingerprint>-<built_at>  the snapshot of data/manifest.json (its tables and the
//                               gemeente map), plus every gemeente's wijk map once it was opened.
// A new build installs beside the old one; on activation every other wmo- cache is deleted, so a new
// snapshot replaces the old one whole. A build with the same snapshot keeps the data cache (and its
// wijk maps) instead of downloading it again.
/// <reference types="@sveltejs/kit" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { SNAPSHOT_FILES } from '$lib/snapshot/schema';
import { duckdbBundleToSkip, keyOfSnapshot, OFFLINE_CACHE_PREFIX, type SwMessage } from '$lib/data/offline-protocol';

const sw = self as unknown as ServiceWorkerGlobalScope;

const APP_CACHE = `${OFFLINE_CACHE_PREFIX}app-${version}`;
const DATA_PREFIX = `${OFFLINE_CACHE_PREFIX}data-`;
/** A synthetic entry in the app cache naming its data cache: each build knows its own snapshot. */
const MARKER = `${base}/__wmo-data-cache`;
const dataUrl = (file: string) => `${base}/data/${file}`;
const MANIFEST_URL = dataUrl(SNAPSHOT_FILES.manifest);
/** What the first forecast and the country map read; wijk maps are stored when opened. */
const SNAPSHOT = [SNAPSHOT_FILES.regions, SNAPSHOT_FILES.clients, SNAPSHOT_FILES.population, SNAPSHOT_FILES.indicators, SNAPSHOT_FILES.gemeenteGeometry].map(dataUrl);
const WIJK_MAP = new RegExp(`^${escapeRe(base)}/data/geo/wijken/GM\\d{4}\\.geojson$`);

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shellFiles(): string[] {
	const skip = duckdbBundleToSkip(typeof WebAssembly === 'undefined' ? undefined : (b) => WebAssembly.validate(b));
	// `files` is public/ without data/ (svelte.config.js): the install manifest and the icons.
	return [...new Set([`${base}/`, ...build.filter((f) => !skip || !skip.test(f)), ...files])];
}

/**
 * The other prerendered pages (say, a toegankelijkheidsverklaring): adapter-static writes them as
 * `<path>.html`, which not every static host serves at `<path>`. One that cannot be fetched
 * either way is left out rather than failing the whole copy.
 */
async function keepPages(cache: Cache): Promise<void> {
	for (const path of prerendered.filter((p) => p !== `${base}/`)) {
		if (await cache.match(path)) continue;
		for (const url of [path, `${path}.html`]) {
			const res = await fetch(new Request(url, { cache: 'no-cache' })).catch(() => null);
			if (res?.ok) {
				await cache.put(path, res);
				break;
			}
		}
	}
}

async function tell(message: SwMessage): Promise<void> {
	for (const client of await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

/** Fetch into `cache` what it does not hold yet (a retried or repeated install resumes), six at a time. */
async function fill(cache: Cache, urls: string[], revalidate: boolean, progress: () => void): Promise<void> {
	const queue = [...urls];
	const one = async (): Promise<void> => {
		for (let url = queue.shift(); url; url = queue.shift()) {
			if (!(await cache.match(url, { ignoreVary: true }))) {
				// Files that are not content-hashed are revalidated; hashed ones may come from the HTTP cache.
				const res = await fetch(new Request(url, { cache: revalidate || !url.includes('/immutable/') ? 'no-cache' : 'default' }));
				if (!res.ok) throw new Error(`${url.slice(base.length + 1)} gaf HTTP ${res.status}`);
				await cache.put(url, res);
			}
			progress();
		}
	};
	await Promise.all(Array.from({ length: 6 }, one));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			try {
				const res = await fetch(new Request(MANIFEST_URL, { cache: 'no-cache' }));
				if (!res.ok) throw new Error(`${SNAPSHOT_FILES.manifest} gaf HTTP ${res.status}`);
				const dataName = DATA_PREFIX + keyOfSnapshot(await res.clone().json());
				const data = await caches.open(dataName);
				const shell = shellFiles();
				const total = SNAPSHOT.length + shell.length + 1;
				let done = 1;
				let last = 0;
				const progress = () => {
					done += 1;
					if (done < total && Date.now() - last < 250) return;
					last = Date.now();
					void tell({ type: 'progress', done, total });
				};
				await data.put(MANIFEST_URL, res);
				await fill(data, SNAPSHOT, true, progress);
				const app = await caches.open(APP_CACHE);
				await fill(app, shell, false, progress);
				await keepPages(app);
				await app.put(MARKER, new Response(dataName));
			} catch (e) {
				await tell({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
				throw e;
			}
			// A new version takes over at once (the page offers a reload); waiting for every tab to close
			// would keep an old snapshot on screen for days.
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keep = new Set([APP_CACHE, await dataCacheName()]);
			for (const name of await caches.keys()) if (name.startsWith(OFFLINE_CACHE_PREFIX) && !keep.has(name)) await caches.delete(name);
			await sw.clients.claim();
			await tell({ type: 'ready', version });
		})()
	);
});

let dataName: Promise<string | null> | null = null;
function dataCacheName(): Promise<string | null> {
	dataName ??= openIfPresent(APP_CACHE)
		.then((app) => app?.match(MARKER))
		.then((r) => (r ? r.text() : null));
	return dataName;
}

/** A cache that "Wis offline kopie" deleted stays deleted: nothing here creates it again. */
async function openIfPresent(name: string | null): Promise<Cache | null> {
	return name && (await caches.has(name)) ? caches.open(name) : null;
}

/** From the cache, else from the network (a failed fetch stays a network error for the page). */
async function fromCache(cache: Cache | null, key: string, request: Request): Promise<Response> {
	const hit = await cache?.match(key, { ignoreVary: true });
	return hit ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	// Only this app's own files; range requests and the worker script itself go to the network.
	if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range')) return;
	if (!url.pathname.startsWith(`${base}/`) || url.pathname === `${base}/service-worker.js`) return;
	if (request.mode === 'navigate') {
		// Any link into the app (?gemeente=…) opens the stored page, so a reload without network works.
		const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : url.pathname;
		event.respondWith(openIfPresent(APP_CACHE).then((app) => fromCache(app, path, request)));
		return;
	}
	if (url.pathname.startsWith(`${base}/data/`)) {
		event.respondWith(
			(async () => {
				const data = await openIfPresent(await dataCacheName());
				const hit = await data?.match(url.pathname, { ignoreVary: true });
				if (hit) return hit;
				const res = await fetch(request);
				// A gemeente's wijk map is stored once opened: it is part of this snapshot.
				if (data && res.ok && WIJK_MAP.test(url.pathname)) event.waitUntil(data.put(url.pathname, res.clone()));
				return res;
			})()
		);
		return;
	}
	event.respondWith(openIfPresent(APP_CACHE).then((app) => fromCache(app, url.pathname, request)));
});
