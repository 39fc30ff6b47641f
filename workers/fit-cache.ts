// A cache of fitted models in IndexedDB, so a second visit skips the fit. The key is the worker's
// own URL (content-hashed by the build, so it changes with any model code change) plus a SHA-256 of
// the four snapshot tables: the same code on the same data gives the same fit, so a hit returns
// exactly what fitModel would, and the forecasts still equal `npm run forecast`.
import { clear, createStore, get, set } from 'idb-keyval';
import type { SnapshotBuffers } from '../src/lib/snapshot/read';
import type { FittedModel } from '../src/lib/model';
import type { FitCache } from '../src/lib/pipeline/run';

const DB = 'wmo-vooruitblik';
const STORE = 'fits';

/** The snapshot part of the key; digest copies its input, so the caller may drop the buffers at once. */
export async function dataHash(buffers: SnapshotBuffers): Promise<string> {
	const parts = [buffers.regions, buffers.clients, buffers.population, buffers.indicators];
	const hashes = await Promise.all(parts.map((b) => crypto.subtle.digest('SHA-256', b)));
	return hashes.map((h) => Array.from(new Uint8Array(h).slice(0, 12), (x) => x.toString(16).padStart(2, '0')).join('')).join('.');
}

export async function fitKey(hash: Promise<string>, origin: number): Promise<string> {
	return `${self.location.pathname}|${origin}|${await hash}`;
}

// The database of earlier releases, so a repeat visit after an update still finds its store.
const store = () => createStore(DB, STORE);

/** The cached fit, or null (no cache, a miss, private mode, or any storage error). */
export async function readFit(key: string): Promise<FittedModel | null> {
	try {
		return (await get<FittedModel>(key, store())) ?? null;
	} catch {
		return null;
	}
}

/** Store a fit and drop older ones (other code or data versions); never throws. */
export async function writeFit(key: string, fitted: FittedModel): Promise<void> {
	try {
		const s = store();
		await clear(s);
		await set(key, fitted, s);
	} catch {
		/* caching is optional */
	}
}

/** The pipeline's fit cache for the tables of this hash (dataHash). */
export function fitCacheFor(hash: Promise<string>): FitCache {
	const keys = new Map<number, Promise<string>>();
	const keyOf = (origin: number) => {
		let k = keys.get(origin);
		if (!k) keys.set(origin, (k = fitKey(hash, origin)));
		return k;
	};
	return {
		read: async (origin) => readFit(await keyOf(origin)),
		write: async (origin, fitted) => writeFit(await keyOf(origin), fitted)
	};
}
