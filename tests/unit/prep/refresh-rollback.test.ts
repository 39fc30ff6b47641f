// A refresh whose folder the data step rejects changes nothing: the previous refresh folder and the
// previous snapshot stay, and no temp folder is left. Here the recorded GM1680 figures of 2024 do
// not exist in the tiny fixture mirror's 2024 indeling, so the data step stops with a Dutch error.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataInputError } from '../../../src/prep/mirror/errors';
import { recordedDirFetch, readRoutes, recordedTables } from '../../../src/prep/refresh/recorded';
import { runRefresh } from '../../../src/prep/refresh/runRefresh';
import { FIXTURES } from '../../fixtures/cbs-odata/recordedFetch';
import { writeFixtureMirror } from './fixtureMirror';

const mirror = writeFixtureMirror();
const tmp = mkdtempSync(join(tmpdir(), 'wmo-rollback-'));
afterAll(() => {
	rmSync(mirror, { recursive: true, force: true });
	rmSync(tmp, { recursive: true, force: true });
});

describe('a refresh the data step rejects', () => {
	it('leaves the previous refresh and snapshot as they were', async () => {
		const cacheDir = join(tmp, 'cache');
		const outDir = join(tmp, 'data');
		mkdirSync(join(cacheDir, 'mirror'), { recursive: true });
		mkdirSync(outDir, { recursive: true });
		writeFileSync(join(cacheDir, 'mirror', 'refresh.json'), '{"fetched_at":"old"}');
		writeFileSync(join(outDir, 'manifest.json'), '{"old":true}');
		const routes = readRoutes(FIXTURES);
		const err = await runRefresh({ mirrorDir: mirror, cacheDir, outDir, fetch: recordedDirFetch(FIXTURES, routes), onlyTables: recordedTables(routes) }).catch((e) => e);
		expect(err).toBeInstanceOf(DataInputError);
		expect(err.message).toMatch(/^Fout in de invoergegevens \(wmo\/gemeente_type_jaar\.csv, regel \d+\): onbekende regiocode "GM1680".*Oplossing:/s);
		expect(readFileSync(join(cacheDir, 'mirror', 'refresh.json'), 'utf8')).toBe('{"fetched_at":"old"}');
		expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe('{"old":true}');
		expect(readdirSync(cacheDir).sort()).toEqual(['mirror', 'tables']); // the finished downloads are kept for the next try
		expect(readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
		expect(existsSync(join(cacheDir, 'tables', '86050NED.json'))).toBe(true);
	}, 60_000);
});
