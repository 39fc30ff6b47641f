// The pure parts of offline use: which DuckDB bundle the service worker stores, the data cache's
// key per snapshot, when the page says offline use is unavailable, and the truthful message for a
// wijk map that is not stored offline (against a map that is really missing on the server).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { duckdbBundleToSkip, keyOfSnapshot } from '../../../src/lib/data/offline-protocol';
import { missingWijkMap } from '../../../src/lib/data/offline-messages';
import { offlineUnavailableReason } from '../../../src/lib/data/offline';
import { SnapshotError } from '../../../src/lib/data/snapshot-fetch';

const bundleFiles = readdirSync('node_modules/@duckdb/duckdb-wasm/dist')
	.filter((f) => /^duckdb-(browser-)?(eh|mvp)(\.worker)?\.(js|wasm)$/.test(f))
	.map((f) => `/_app/immutable/assets/${f.replace(/\.(js|wasm)$/, '.AbC123.$1')}`);

describe('offline copy: DuckDB bundle', () => {
	it('skips the bundle this browser will not load, as duckdb-wasm itself chooses', () => {
		expect(bundleFiles).toHaveLength(4);
		// Node's WebAssembly has exceptions, like current Chromium: the "eh" bundle is kept.
		const real = duckdbBundleToSkip((b) => WebAssembly.validate(b))!;
		expect(bundleFiles.filter((f) => !real.test(f)).map((f) => f.replace(/^.*\//, ''))).toEqual(['duckdb-browser-eh.worker.AbC123.js', 'duckdb-eh.AbC123.wasm']);
		const noExceptions = duckdbBundleToSkip(() => false)!;
		expect(bundleFiles.filter((f) => !noExceptions.test(f)).map((f) => f.replace(/^.*\//, ''))).toEqual(['duckdb-browser-mvp.worker.AbC123.js', 'duckdb-mvp.AbC123.wasm']);
		// The rest of the build is never skipped.
		expect(real.test('/_app/immutable/chunks/mvpish.js')).toBe(false);
	});

	it('stores both when it cannot tell', () => {
		expect(duckdbBundleToSkip(undefined)).toBeNull();
		expect(
			duckdbBundleToSkip(() => {
				throw new Error('no wasm');
			})
		).toBeNull();
	});
});

describe('offline copy: snapshot key', () => {
	it('changes with the snapshot and refuses a manifest without identity', () => {
		const a = keyOfSnapshot({ input_fingerprint: 'abc', built_at: '2026-12-02T07:00:00Z' });
		expect(keyOfSnapshot({ input_fingerprint: 'abc', built_at: '2026-12-03T07:00:00Z' })).not.toBe(a);
		expect(keyOfSnapshot({ input_fingerprint: 'abd', built_at: '2026-12-02T07:00:00Z' })).not.toBe(a);
		expect(() => keyOfSnapshot({} as never)).toThrow(/input_fingerprint/);
	});
});

describe('offline use: availability', () => {
	const ok = { dev: false, secure: true, serviceWorker: true, caches: true };
	it('is available on https or localhost with service workers', () => {
		expect(offlineUnavailableReason(ok)).toBeNull();
	});
	it('says why not, in Dutch', () => {
		expect(offlineUnavailableReason({ ...ok, secure: false, serviceWorker: false })).toMatch(/niet via https of via localhost/);
		expect(offlineUnavailableReason({ ...ok, serviceWorker: false })).toMatch(/service workers zijn niet ondersteund/);
		expect(offlineUnavailableReason({ ...ok, dev: true })).toMatch(/ontwikkelversie/);
	});
});

describe('a wijk map that cannot be loaded', () => {
	const network = new SnapshotError('geen verbinding', 'geo/wijken/GM0363.geojson', 'network');
	const missing = new SnapshotError('HTTP 404', 'geo/wijken/GM0363.geojson', 'missing');
	it('offline or without connection: says so, and that it is not stored offline', () => {
		for (const [err, online] of [
			[network, true],
			[missing, false],
			[new TypeError('Failed to fetch'), false]
		] as const) {
			const t = missingWijkMap('Amsterdam', err, online);
			expect(t.message).toMatch(/^Geen verbinding: de wijkkaart van Amsterdam is nog niet offline opgeslagen\./);
			expect(t.message).not.toMatch(/ontbreekt/);
			expect(t.placeholder).toMatch(/^Geen verbinding: de wijkkaart van Amsterdam is nog niet offline opgeslagen/);
		}
	});
	it('online and missing on the server: says that it is missing', () => {
		const t = missingWijkMap('Amsterdam', missing, true);
		expect(t.message).toBe('De wijkkaart van Amsterdam ontbreekt. De tabel hieronder toont alle wijken.');
		expect(t.placeholder).toMatch(/ontbreekt/);
	});
});
