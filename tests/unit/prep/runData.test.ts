// The data step end to end on the tiny fixture mirror: hand-computed conversions, missingness,
// the manifest, and that a failing run leaves the previous snapshot untouched.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { runData } from '../../../src/prep/runData';
import { tempDirFor } from '../../../src/prep/write/writeSnapshot';
import { writeFixtureMirror } from './fixtureMirror';

let mirror: string;
let out: string;
const rows = async (sql: string) => {
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	const r = (await con.runAndReadAll(sql)).getRowObjectsJson();
	con.closeSync();
	inst.closeSync();
	return r as Array<Record<string, unknown>>;
};

beforeAll(async () => {
	mirror = writeFixtureMirror();
	out = join(mkdtempSync(join(tmpdir(), 'wmo-out-')), 'data');
	await runData({ mirrorDir: mirror, outDir: out });
}, 60_000);

afterAll(() => {
	rmSync(mirror, { recursive: true, force: true });
	rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('runData on the fixture mirror', () => {
	it('splits the 2017 wijk over its 2024 successors and merges wijken of merged gemeenten', async () => {
		const r = await rows(`SELECT code, clients, status, converted FROM '${out}/clients.parquet' WHERE level='wijk' AND period='2017' ORDER BY code`);
		expect(r).toEqual([
			{ code: 'WK000100', clients: 60, status: 'observed', converted: true }, // 80 × 300/400
			{ code: 'WK000101', clients: 20, status: 'observed', converted: true }, // 80 × 100/400
			{ code: 'WK000300', clients: 100, status: 'observed', converted: true } // 40 + 60
		]);
	});

	it('adds merged gemeenten, and keeps a non-delivering gemeente missing', async () => {
		const r = await rows(`SELECT code, period, category, clients, status FROM '${out}/clients.parquet' WHERE level='gemeente' AND category='totaal' ORDER BY period, code`);
		expect(r).toEqual([
			{ code: 'GM0001', period: '2015', category: 'totaal', clients: 70, status: 'observed' }, // 50 + 20, summed from wijken
			{ code: 'GM0003', period: '2015', category: 'totaal', clients: null, status: 'not_delivered' },
			{ code: 'GM0001', period: '2016', category: 'totaal', clients: null, status: 'suppressed' }, // WK000100 is suppressed
			{ code: 'GM0003', period: '2016', category: 'totaal', clients: null, status: 'not_delivered' },
			{ code: 'GM0001', period: '2017', category: 'totaal', clients: 85, status: 'observed' },
			{ code: 'GM0003', period: '2017', category: 'totaal', clients: 110, status: 'observed' },
			{ code: 'GM0001', period: '2018', category: 'totaal', clients: 90, status: 'observed' },
			{ code: 'GM0003', period: '2018', category: 'totaal', clients: null, status: 'not_delivered' }
		]);
		// An empty type of a delivering gemeente is suppressed, not zero.
		const vo = await rows(`SELECT status FROM '${out}/clients.parquet' WHERE code='GM0001' AND period='2017' AND category='verblijf_en_opvang'`);
		expect(vo).toEqual([{ status: 'suppressed' }]);
	});

	it('reads a published 0 as suppressed, drops 2015 codes unknown in 2016, and marks summed gemeente totals', async () => {
		const r = await rows(`SELECT code, clients, status FROM '${out}/clients.parquet' WHERE level='wijk' AND period='2016' ORDER BY code`);
		expect(r).toEqual([
			{ code: 'WK000100', clients: null, status: 'suppressed' },
			{ code: 'WK000101', clients: 25, status: 'observed' },
			{ code: 'WK000300', clients: null, status: 'not_delivered' }
		]);
		const d = await rows(`SELECT period, derived FROM '${out}/clients.parquet' WHERE code='GM0001' AND category='totaal' ORDER BY period`);
		expect(d.map((x) => x.derived)).toEqual([true, true, false, false]);
		const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(m.dropped_codes.rule_2015).toEqual(['WK000150 (2015)']);
		expect(m.published_zeros_read_as_suppressed).toEqual({ 'wmo/wijk_totaal_jaar.csv 2016': 1 });
	});

	it('marks an empty wijk cell suppressed and wijken of a non-delivering gemeente not delivered', async () => {
		const r = await rows(`SELECT code, clients, status FROM '${out}/clients.parquet' WHERE level='wijk' AND period='2018' ORDER BY code`);
		expect(r).toEqual([
			{ code: 'WK000100', clients: 70, status: 'observed' },
			{ code: 'WK000101', clients: null, status: 'suppressed' },
			{ code: 'WK000300', clients: null, status: 'not_delivered' }
		]);
	});

	it('converts population by address share and writes a manifest with the NC licence', async () => {
		const r = await rows(`SELECT code, persons_totaal AS persons FROM '${out}/population.parquet' WHERE level='wijk' AND year=2017 ORDER BY code`);
		expect(r).toEqual([
			{ code: 'WK000100', persons: 3000 },
			{ code: 'WK000101', persons: 1000 },
			{ code: 'WK000300', persons: 4000 }
		]);
		const share = await rows(`SELECT aandeel_65plus AS value FROM '${out}/indicators.parquet' WHERE code='WK000300' AND year=2017`);
		// Indicator values are stored as 32-bit floats: 0.2 round-trips to about 7 digits.
		expect(share[0].value).toBeCloseTo(0.2, 7);
		const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(m.target_indeling).toBe(2024);
		expect(m.licences.map((l: { id: string }) => l.id)).toContain('CC-BY-NC-SA-4.0');
		expect(m.tables.clients.rows).toBeGreaterThan(0);
		expect(existsSync(join(out, 'geo/wijken/GM0001.geojson'))).toBe(true);
	});

	it('skips with --if-stale when the mirror is unchanged, and keeps the old snapshot when input is bad', async () => {
		expect((await runData({ mirrorDir: mirror, outDir: out, ifStale: true })).skipped).toBe(true);
		const before = readFileSync(join(out, 'manifest.json'), 'utf8');
		const bad = writeFixtureMirror({ 'wmo/wijk_totaal_jaar.csv': 'codering_regio,perioden,wmoclienten,aantalinwoners,k0tot15jaar,k65jaarofouder,huishoudenstotaal\nWK000100,2018,-5,10,1,1,5' });
		await expect(runData({ mirrorDir: bad, outDir: out })).rejects.toThrow(/negatief aantal/);
		expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
		expect(existsSync(tempDirFor(out))).toBe(false);
		// A temp folder of a killed run (a pid that no longer exists) is cleaned up by the next run.
		const stale = join(out, '..', '.data.tmp-999999999');
		mkdirSync(stale);
		await runData({ mirrorDir: mirror, outDir: out });
		expect(existsSync(stale)).toBe(false);
		rmSync(bad, { recursive: true, force: true });
	});
});
