// Offline use, page side: registers the service worker (src/service-worker.ts) once the first
// forecast and the map are on screen, follows it, asks for persistent storage, reports what is
// stored, and clears the offline copy on request. The state is a Svelte store for OfflinePanel.
// It loads only after the first forecast (+layout.svelte), and imports nothing the page's first
// chunks hold: the bundler would otherwise split those out into extra requests before the numbers.
import { OFFLINE_CACHE_PREFIX, type SwMessage } from './offline-protocol';

export type OfflinePhase = 'unavailable' | 'waiting' | 'copying' | 'ready' | 'failed' | 'cleared';

export interface OfflineStatus {
	phase: OfflinePhase;
	/** Why offline use is unavailable, or why the copy failed (Dutch). */
	reason: string;
	progress: { done: number; total: number } | null;
	/** A newer version (app or snapshot) took over while this page was open: a reload shows it. */
	updated: boolean;
	/** navigator.storage.persist(): granted, refused, or not asked / not supported (null). */
	persisted: boolean | null;
}

let current: OfflineStatus = { phase: 'waiting', reason: '', progress: null, updated: false, persisted: null };
const listeners = new Set<(s: OfflineStatus) => void>();
const update = (patch: Partial<OfflineStatus>) => {
	current = { ...current, ...patch };
	for (const fn of listeners) fn(current);
};
/** A readable Svelte store (`$offlineStatus`). */
export const offlineStatus = {
	subscribe(fn: (s: OfflineStatus) => void): () => void {
		listeners.add(fn);
		fn(current);
		return () => listeners.delete(fn);
	}
};

/**
 * What an offline visit reuses besides the caches, each as [database, object store]: the
 * computed views (src/lib/data/viewCache.ts) and the fitted models (workers/fit-cache.ts). The
 * e2e test checks that "Wis offline kopie" empties both.
 */
const STORED_RESULTS: Array<[string, string]> = [
	['wmo-vooruitblik-views', 'views'],
	['wmo-vooruitblik', 'fits']
];
/** Set on <html> once a service worker controls the page and its copy is complete (tests wait on it). */
const READY_ATTR = 'data-offline-ready';

export interface OfflineEnvironment {
	dev: boolean;
	secure: boolean;
	serviceWorker: boolean;
	caches: boolean;
}

/** Why offline use is not available here (Dutch, for the page), or null when it is. */
export function offlineUnavailableReason(env: OfflineEnvironment): string | null {
	if (env.dev) return 'Offline gebruik staat uit in de ontwikkelversie (npm run dev); de gebouwde site (npm start) heeft het wel.';
	if (!env.secure) {
		return 'Offline gebruik is hier niet beschikbaar: de pagina is niet via https of via localhost geopend, en alleen dan mag de browser een offline kopie bewaren.';
	}
	if (!env.serviceWorker || !env.caches) {
		return 'Offline gebruik is in deze browser niet beschikbaar: service workers zijn niet ondersteund of uitgeschakeld (bijvoorbeeld in een privévenster).';
	}
	return null;
}

let started = false;
/** "Wis offline kopie" has begun: nothing of this page stores or reports a copy after that. */
let clearing = false;
let scriptUrl = '';

/**
 * Start offline use for this page. `script` is the service worker's URL (under the app's base).
 * Registration waits for the first forecast, the map (or 5 s) and an idle moment: the copy's
 * downloads then never delay the numbers or the map, and mostly come from the HTTP cache.
 */
export function startOffline(opts: { dev: boolean; script: string }): void {
	if (started) return;
	started = true;
	scriptUrl = new URL(opts.script, document.baseURI).href;
	const reason = offlineUnavailableReason({
		dev: opts.dev,
		secure: isSecureContext,
		serviceWorker: 'serviceWorker' in navigator,
		caches: 'caches' in window
	});
	if (reason) return update({ phase: 'unavailable', reason });
	const container = navigator.serviceWorker;
	let controlled = !!container.controller;
	if (controlled) void ready();
	container.addEventListener('message', (e: MessageEvent<SwMessage>) => {
		const m = e.data;
		if (m?.type === 'progress' && current.phase === 'copying') update({ progress: { done: m.done, total: m.total } });
		if (m?.type === 'failed' && current.phase !== 'ready') update({ phase: 'failed', reason: `De offline kopie kon niet worden gemaakt: ${m.message}.` });
	});
	container.addEventListener('controllerchange', () => {
		if (clearing) return;
		// The first worker taking control is this visit's copy; a later one is a new version.
		if (controlled) update({ updated: true });
		controlled = true;
		void ready();
	});
	void (async () => {
		await htmlSignal('data-forecast-ready');
		await Promise.race([htmlSignal('data-map-ready'), new Promise((r) => setTimeout(r, 5000))]);
		await idle(3000);
		if (clearing) return;
		try {
			const reg = await container.register(scriptUrl);
			if (!container.controller) update({ phase: 'copying', progress: null });
			const installing = reg.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'redundant' && current.phase === 'copying') {
					update({ phase: 'failed', reason: current.reason || 'De offline kopie kon niet worden gemaakt (de browser brak het opslaan af, bijvoorbeeld door te weinig ruimte).' });
				}
			});
		} catch (e) {
			// With a copy in control this was only the check for a newer version (say, offline): the
			// copy still works. Without one, there is no offline use and the page says why.
			if (!container.controller) update({ phase: 'failed', reason: `De offline kopie kon niet worden gemaakt: ${(e as Error).message}` });
		}
	})();
}

const WIJK_MAP = /\/data\/geo\/wijken\/GM\d{4}\.geojson$/;
let keptOpened = false;

async function ready(): Promise<void> {
	await navigator.serviceWorker.ready;
	if (clearing) return;
	if (navigator.serviceWorker.controller && !keptOpened) {
		keptOpened = true;
		// Wijk maps this visit opened before the worker took control: fetched once more through it
		// (from the HTTP cache), so they are stored like the ones opened from now on.
		const opened = new Set(performance.getEntriesByType('resource').map((e) => e.name).filter((u) => WIJK_MAP.test(new URL(u).pathname)));
		await Promise.all([...opened].map((u) => fetch(u).then((r) => r.arrayBuffer(), () => null)));
	}
	update({ phase: 'ready', progress: null, reason: '' });
	document.documentElement.setAttribute(READY_ATTR, '');
	if (current.persisted === null) update({ persisted: await askPersistence() });
}

/** Ask the browser to keep this origin's storage under pressure (Chromium decides silently). */
export async function askPersistence(): Promise<boolean | null> {
	try {
		if (!navigator.storage?.persist) return null;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return null;
	}
}

/** The "Vraag blijvende opslag" button: a user's click can get what the automatic ask did not. */
export async function requestPersistence(): Promise<boolean | null> {
	const granted = await askPersistence();
	update({ persisted: granted });
	return granted;
}

export interface StoredInfo {
	/** Everything this origin stores (offline copy, computed views, fits, own data), in bytes. */
	usage: number | null;
	quota: number | null;
	/** The offline copy alone (Chromium reports it per kind), in bytes. */
	caches: number | null;
	/** Gemeenten whose wijk map is stored. */
	wijkMaps: number;
}

export async function storedInfo(): Promise<StoredInfo> {
	const est = (await navigator.storage?.estimate?.().catch(() => null)) as (StorageEstimate & { usageDetails?: { caches?: number } }) | null;
	let wijkMaps = 0;
	if ('caches' in window) {
		for (const name of await caches.keys()) {
			if (!name.startsWith(`${OFFLINE_CACHE_PREFIX}data-`) || clearing || !(await caches.has(name))) continue;
			wijkMaps += (await (await caches.open(name)).keys()).filter((r) => WIJK_MAP.test(new URL(r.url).pathname)).length;
		}
	}
	return { usage: est?.usage ?? null, quota: est?.quota ?? null, caches: est?.usageDetails?.caches ?? null, wijkMaps };
}

/**
 * "Wis offline kopie": the service worker is unregistered, its caches (shell, snapshot, wijk
 * maps) deleted, and the computed views and fitted models cleared. Own data are not touched.
 */
export async function clearOfflineCopy(): Promise<void> {
	clearing = true;
	document.documentElement.removeAttribute(READY_ATTR);
	if ('serviceWorker' in navigator) {
		const regs = await navigator.serviceWorker.getRegistrations();
		const ours = regs.filter((r) => [r.active, r.waiting, r.installing].some((w) => w?.scriptURL === scriptUrl));
		await Promise.all(ours.map((r) => r.unregister()));
	}
	if ('caches' in window) {
		for (const name of await caches.keys()) if (name.startsWith(OFFLINE_CACHE_PREFIX)) await caches.delete(name);
	}
	for (const [db, store] of STORED_RESULTS) await clearStore(db, store);
	// Only now: the panel reads the caches again on this change, and must not open one being deleted.
	update({ phase: 'cleared', progress: null, updated: false, reason: '' });
}

/** Empty one object store; a database that does not exist is not created just to be emptied. */
function clearStore(db: string, store: string): Promise<void> {
	return new Promise((resolve) => {
		const open = indexedDB.open(db);
		open.onupgradeneeded = () => open.transaction?.abort();
		open.onerror = open.onblocked = () => resolve();
		open.onsuccess = () => {
			const conn = open.result;
			if (!conn.objectStoreNames.contains(store)) return resolve(conn.close());
			const tx = conn.transaction(store, 'readwrite');
			tx.objectStore(store).clear();
			tx.oncomplete = tx.onerror = tx.onabort = () => resolve(conn.close());
		};
	});
}

function htmlSignal(name: string): Promise<void> {
	const html = document.documentElement;
	return new Promise((resolve) => {
		if (html.hasAttribute(name)) return resolve();
		const seen = new MutationObserver(() => html.hasAttribute(name) && (seen.disconnect(), resolve()));
		seen.observe(html, { attributes: true, attributeFilter: [name] });
	});
}

function idle(timeout: number): Promise<void> {
	return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 200)));
}
