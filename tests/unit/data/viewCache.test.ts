// The repeat-visit view cache: a hit only for the exact key (code, snapshot, settings), a new key
// replaces the stored visit whole, and gemeente views are kept most recent first, a bounded few.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import { openViewCache, viewCacheKey } from '../../../src/lib/data/viewCache';
import type { SnapshotManifest } from '../../../src/lib/snapshot/schema';
import type { GemeenteView, InitResult } from '../../../src/lib/view/types';

const manifest = { input_fingerprint: 'abc', built_at: '2026-12-02T07:00:00Z' } as SnapshotManifest;
const init = (n: number) => ({ marker: n }) as unknown as InitResult;
const gm = (code: string) => ({ code }) as unknown as GemeenteView;
let dbs = 0;
const freshStore = () => createStore(`views-test-${dbs++}`, 'views');

describe('view cache', () => {
	it('keys on code version, snapshot and settings', () => {
		const a = viewCacheKey('v1', manifest, undefined);
		expect(viewCacheKey('v1', manifest, {})).toBe(a);
		expect(viewCacheKey('v2', manifest)).not.toBe(a);
		expect(viewCacheKey('v1', { ...manifest, built_at: '2026-12-03T07:00:00Z' })).not.toBe(a);
		expect(viewCacheKey('v1', manifest, { scenario: { policyEffect: { hulp_bij_het_huishouden: -5 } } })).not.toBe(a);
	});

	it('returns what the previous visit stored under the same key, and nothing under another', async () => {
		const store = freshStore();
		const first = openViewCache(Promise.resolve('k1'), store);
		expect(await first.init()).toBeNull();
		await first.saveInit(init(1));
		await first.saveGemeente('GM0344', gm('GM0344'));
		const again = openViewCache(Promise.resolve('k1'), store);
		expect(await again.init()).toEqual(init(1));
		expect(await again.gemeente('GM0344')).toEqual(gm('GM0344'));
		expect(await again.gemeente('GM0363')).toBeNull();
		const other = openViewCache(Promise.resolve('k2'), store);
		expect(await other.init()).toBeNull();
		expect(await other.gemeente('GM0344')).toBeNull();
	});

	it('a new key replaces the old visit, gemeenten included', async () => {
		const store = freshStore();
		const old = openViewCache(Promise.resolve('k1'), store);
		await old.saveInit(init(1));
		await old.saveGemeente('GM0344', gm('GM0344'));
		const next = openViewCache(Promise.resolve('k2'), store);
		await next.saveInit(init(2));
		// A gemeente view is only stored next to the init of its own key.
		expect(await openViewCache(Promise.resolve('k2'), store).gemeente('GM0344')).toBeNull();
		expect(await openViewCache(Promise.resolve('k1'), store).init()).toBeNull();
	});

	it('keeps the six gemeenten opened last', async () => {
		const store = freshStore();
		const c = openViewCache(Promise.resolve('k'), store);
		await c.saveInit(init(1));
		const codes = ['GM1', 'GM2', 'GM3', 'GM4', 'GM5', 'GM6', 'GM7', 'GM2'];
		for (const code of codes) await c.saveGemeente(code, gm(code));
		const later = openViewCache(Promise.resolve('k'), store);
		expect(await later.gemeente('GM1')).toBeNull();
		for (const code of ['GM2', 'GM3', 'GM4', 'GM5', 'GM6', 'GM7']) expect(await later.gemeente(code)).toEqual(gm(code));
	});

	it('a store that fails reads as a miss and never throws', async () => {
		const broken = (() => Promise.reject(new Error('quota'))) as unknown as ReturnType<typeof createStore>;
		const c = openViewCache(Promise.resolve('k'), broken);
		expect(await c.init()).toBeNull();
		await expect(c.saveInit(init(1))).resolves.toBeUndefined();
	});
});
