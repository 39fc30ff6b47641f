// What the service worker (src/service-worker.ts) and the page (offline.ts) share: the names of
// the caches, the messages the worker sends, and two pure choices made at install time.
import type { SnapshotManifest } from '$lib/snapshot/schema';

/** Every cache of this app starts with this; "Wis offline kopie" deletes exactly these. */
export const OFFLINE_CACHE_PREFIX = 'wmo-';

export type SwMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'ready'; version: string }
	| { type: 'failed'; message: string };

/** The data cache's key: the snapshot's identity, so a new snapshot gets a cache of its own. */
export function keyOfSnapshot(m: Pick<SnapshotManifest, 'input_fingerprint' | 'built_at'>): string {
	if (typeof m?.input_fingerprint !== 'string' || typeof m?.built_at !== 'string') {
		throw new Error('manifest.json mist input_fingerprint of built_at');
	}
	return `${m.input_fingerprint}-${m.built_at}`;
}

// The probe @duckdb/duckdb-wasm's selectBundle uses for WebAssembly exceptions: a browser that has
// them runs the "eh" bundle, any other the "mvp" one (src/lib/data/duckdb.ts offers only these two).
const WASM_EXCEPTIONS_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

/**
 * The build files of the DuckDB bundle this browser will never load (each is 34–39 MB unpacked),
 * or null to store both when the check itself is not possible.
 */
export function duckdbBundleToSkip(validate: ((bytes: Uint8Array<ArrayBuffer>) => boolean) | undefined): RegExp | null {
	if (!validate) return null;
	try {
		return validate(WASM_EXCEPTIONS_PROBE) ? /\/duckdb-(browser-)?mvp[.]/ : /\/duckdb-(browser-)?eh[.]/;
	} catch {
		return null;
	}
}
