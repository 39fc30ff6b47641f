// The last forecast views in IndexedDB, so a repeat visit shows its numbers before the worker has
// decoded a single table. The key ties a view to everything that determines it: the worker's
// content-hashed script URL (model and view code), the snapshot (its input fingerprint and build
// time) and the pipeline settings. The same key therefore means the same numbers the worker would
// compute again, which keeps the browser equal to `npm run forecast`. Views computed with the
// user's own data are never stored here: "Wis eigen gegevens" then has nothing derived to chase.
import { clear, createStore, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import type { SnapshotManifest } from '$lib/snapshot/schema';
import type { PipelineSettings } from '$lib/pipeline/input';
import type { GemeenteView, InitResult } from '$lib/view/types';

/** How many gemeente views a visit keeps for the next one (the last ones opened). */
const KEEP_GEMEENTEN = 6;

/** Each record carries its key: one of another key reads as a miss. */
interface Keyed<T> {
	key: string;
	value: T;
}

export function viewCacheKey(workerPath: string, manifest: SnapshotManifest, settings?: PipelineSettings): string {
	return [workerPath, manifest.input_fingerprint, manifest.built_at, JSON.stringify(settings ?? {})].join('|');
}

export interface ViewCache {
	/** Whether any visit is stored, whatever its key: answered without waiting for the key. */
	hasAny(): Promise<boolean>;
	init(): Promise<InitResult | null>;
	gemeente(code: string): Promise<GemeenteView | null>;
	saveInit(init: InitResult): Promise<void>;
	saveGemeente(code: string, view: GemeenteView): Promise<void>;
}

/**
 * The cache for one key. Every failure (private mode, quota, no IndexedDB) reads as a miss and
 * writes as a no-op: the cache only ever saves time, never costs a forecast.
 */
export function openViewCache(key: Promise<string>, store: UseStore | null = defaultStore()): ViewCache {
	const read = async <T>(name: string): Promise<T | null> => {
		if (!store) return null;
		try {
			// The read does not wait for the key (the manifest's round trip): both run at once.
			const [r, k] = await Promise.all([get<Keyed<T>>(name, store), key]);
			return r && r.key === k ? r.value : null;
		} catch {
			return null;
		}
	};
	const init = read<InitResult>('init');
	// Writes run one after another. Gemeente views are records of their own, so storing one never
	// re-writes the (large) country view; the 'gemeenten' record lists them, most recent first.
	let writes = Promise.resolve();
	const write = (fn: (k: string, s: UseStore) => Promise<void>) => {
		writes = writes.then(async () => {
			if (!store) return;
			try {
				await fn(await key, store);
			} catch {
				/* caching is optional */
			}
		});
		return writes;
	};
	return {
		hasAny: async () => store !== null && (await keys<IDBValidKey>(store).catch((): IDBValidKey[] => [])).includes('init'),
		init: () => init,
		gemeente: (code) => read<GemeenteView>(`gemeente:${code}`),
		// A new key replaces the whole visit: views of an older snapshot or code never linger.
		saveInit: (value) =>
			write(async (k, s) => {
				await clear(s);
				await set('init', { key: k, value } satisfies Keyed<InitResult>, s);
			}),
		saveGemeente: (code, value) =>
			write(async (k, s) => {
				const listed = await get<Keyed<string[]>>('gemeenten', s);
				const before = listed?.key === k ? listed.value : [];
				const kept = [code, ...before.filter((c) => c !== code)];
				await set(`gemeente:${code}`, { key: k, value } satisfies Keyed<GemeenteView>, s);
				await set('gemeenten', { key: k, value: kept.slice(0, KEEP_GEMEENTEN) }, s);
				await delMany(kept.slice(KEEP_GEMEENTEN).map((c) => `gemeente:${c}`), s);
			})
	};
}

function defaultStore(): UseStore | null {
	if (typeof indexedDB === 'undefined') return null;
	return createStore('wmo-vooruitblik-views', 'views');
}

/** Removes every cached view (the offline and own-data clearing buttons use this). */
export async function clearViewCache(store: UseStore | null = defaultStore()): Promise<void> {
	if (store) await clear(store).catch(() => {});
}
