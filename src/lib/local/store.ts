// IndexedDB persistence of LocalDataSet: aggregates only (the raw file is never stored). Browser
// only; every function takes an optional IDBFactory so it can be tested with a fake.
import type { LocalDataSet } from './types';

const DB_NAME = 'wmo-vooruitblik-lokaal';
const STORE = 'datasets';
const VERSION = 1;

function factory(f?: IDBFactory): IDBFactory {
	const idb = f ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
	if (!idb) throw new Error('IndexedDB is niet beschikbaar in deze browser; eigen gegevens blijven alleen tot het herladen van de pagina.');
	return idb;
}

function open(f?: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = factory(f).open(DB_NAME, VERSION);
		req.onupgradeneeded = () => {
			if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void, f?: IDBFactory): Promise<T | undefined> {
	const db = await open(f);
	try {
		return await new Promise<T | undefined>((resolve, reject) => {
			const t = db.transaction(STORE, mode);
			const req = fn(t.objectStore(STORE));
			let result: T | undefined;
			if (req) req.onsuccess = () => (result = req.result);
			t.oncomplete = () => resolve(result);
			t.onerror = () => reject(t.error);
			t.onabort = () => reject(t.error);
		});
	} finally {
		db.close();
	}
}

/** Only the aggregate fields are kept: a defensive copy through JSON drops anything else. */
export function storable(set: LocalDataSet): LocalDataSet {
	return JSON.parse(JSON.stringify(set)) as LocalDataSet;
}

export async function saveDataSet(set: LocalDataSet, f?: IDBFactory): Promise<void> {
	await tx('readwrite', (s) => s.put(storable(set)), f);
}

export async function listDataSets(f?: IDBFactory): Promise<LocalDataSet[]> {
	const all = (await tx<LocalDataSet[]>('readonly', (s) => s.getAll() as IDBRequest<LocalDataSet[]>, f)) ?? [];
	return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function deleteDataSet(id: string, f?: IDBFactory): Promise<void> {
	await tx('readwrite', (s) => s.delete(id), f);
}

/** "Wis eigen gegevens": removes every stored data set (and the database itself). */
export async function clearAll(f?: IDBFactory): Promise<void> {
	await tx('readwrite', (s) => s.clear(), f);
	await new Promise<void>((resolve) => {
		const req = factory(f).deleteDatabase(DB_NAME);
		req.onsuccess = req.onerror = req.onblocked = () => resolve();
	});
}
