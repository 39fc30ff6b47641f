import { mkdtempSync, mkdirSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_SCHEMA_VERSION } from '../../../src/lib/snapshot/schema';
import { mirrorFingerprint, REPO_ROOT, resolveMirrorDir } from '../../../src/prep/mirror/paths';
import { isFresh } from '../../../src/prep/runData';

describe('mirror location and staleness', () => {
	it('resolves the mirror against the repository, not the working directory', () => {
		expect(resolveMirrorDir({})).toBe(resolve(REPO_ROOT, '../shared/data'));
		expect(resolveMirrorDir({ WMO_DATA_DIR: 'elders/data' })).toBe(resolve(REPO_ROOT, 'elders/data'));
		expect(resolveMirrorDir({ WMO_DATA_DIR: '/abs/data' })).toBe('/abs/data');
	});

	it('is fresh only for the same schema version and mirror fingerprint', () => {
		const dir = mkdtempSync(join(tmpdir(), 'wmo-fresh-'));
		const mirror = join(dir, 'mirror');
		mkdirSync(join(mirror, 'wmo'), { recursive: true });
		writeFileSync(join(mirror, 'wmo/a.csv'), 'x\n1\n');
		const fp = mirrorFingerprint(mirror);
		const out = join(dir, 'out');
		expect(isFresh(out, fp)).toBe(false); // no snapshot yet
		mkdirSync(out);
		writeFileSync(join(out, 'manifest.json'), JSON.stringify({ schema_version: SNAPSHOT_SCHEMA_VERSION, input_fingerprint: fp }));
		expect(isFresh(out, fp)).toBe(true);
		// A changed mirror file (size or mtime) makes the snapshot stale.
		writeFileSync(join(mirror, 'wmo/a.csv'), 'x\n12\n');
		expect(isFresh(out, mirrorFingerprint(mirror))).toBe(false);
		utimesSync(join(mirror, 'wmo/a.csv'), new Date(0), new Date(0));
		expect(mirrorFingerprint(mirror)).not.toBe(fp);
		writeFileSync(join(out, 'manifest.json'), JSON.stringify({ schema_version: SNAPSHOT_SCHEMA_VERSION + 1, input_fingerprint: fp }));
		expect(isFresh(out, fp)).toBe(false);
		rmSync(dir, { recursive: true, force: true });
	});
});
