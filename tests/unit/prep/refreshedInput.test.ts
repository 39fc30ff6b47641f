// The data step on a refreshed folder (what `npm run refresh` writes): a provisional 2025 with a
// wijk by type, and a region of a newer indeling that the 2024 indeling cannot place.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { runData } from '../../../src/prep/runData';
import { fixtureFiles, writeFixtureMirror } from './fixtureMirror';

const KWB = '3000,600,300,900,600,600,1500';
let plain: string;
let refreshed: string;
let outPlain: string;
let outRefreshed: string;
const log: string[] = [];
const rows = async (sql: string) => {
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	const r = (await con.runAndReadAll(sql)).getRowObjectsJson();
	con.closeSync();
	inst.closeSync();
	return r as Array<Record<string, unknown>>;
};

beforeAll(async () => {
	const wijk = fixtureFiles()['wmo/wijk_totaal_jaar.csv'].split('\n');
	refreshed = writeFixtureMirror({
		'wmo/wijk_totaal_jaar.csv': [
			`${wijk[0]},status`,
			...wijk.slice(1).map((l) => `${l},`),
			`WK000100,2025,Totaal,75.0,Eerstestad,${KWB},voorlopig`,
			// WK000102: a wijk of a later indeling, unknown in 2024 (no matrix forward)
			`WK000102,2025,Totaal,30.0,Eerstestad,${KWB},voorlopig`
		].join('\n'),
		'wmo/wijk_type_jaar.csv': ['codering_regio,perioden,categorie,wmoclienten,status', 'WK000100,2025,ondersteuning_thuis,40,voorlopig'].join('\n')
	});
	plain = writeFixtureMirror();
	const tmp = mkdtempSync(join(tmpdir(), 'wmo-out-'));
	outPlain = join(tmp, 'plain');
	outRefreshed = join(tmp, 'refreshed');
	await runData({ mirrorDir: plain, outDir: outPlain });
	await runData({ mirrorDir: refreshed, outDir: outRefreshed, log: (l) => log.push(l), inputSource: { kind: 'refresh', dir: refreshed } });
}, 60_000);

afterAll(() => {
	for (const d of [plain, refreshed, join(outPlain, '..')]) rmSync(d, { recursive: true, force: true });
});

describe('a refreshed folder', () => {
	it('adds the provisional year, wijk by type included', async () => {
		const r = await rows(`SELECT code, category, clients, provisional FROM '${join(outRefreshed, 'clients.parquet')}' WHERE year=2025 AND status='observed' ORDER BY category`);
		expect(r).toEqual([
			{ code: 'WK000100', category: 'ondersteuning_thuis', clients: 40, provisional: true },
			{ code: 'WK000100', category: 'totaal', clients: 75, provisional: true }
		]);
		const m = JSON.parse(readFileSync(join(outRefreshed, 'manifest.json'), 'utf8'));
		expect([m.newest_year, m.newest_status, m.input_source.kind]).toEqual([2025, 'voorlopig', 'refresh']);
		expect(m.series_breaks.map((b: { kind: string }) => b.kind)).toEqual(['abonnementstarief', 'koppelmethode', 'voorlopig']);
	});

	it('keeps a region it cannot place out, and says which in Dutch', async () => {
		const codes = await rows(`SELECT DISTINCT code FROM '${join(outRefreshed, 'clients.parquet')}' WHERE code='WK000102'`);
		expect(codes).toEqual([]);
		expect(log.join('\n')).toMatch(/1 regio's uit een indeling na 2024 zijn niet te plaatsen in de indeling 2024 .*WK000102 \(2025, totaal\)/);
		expect(JSON.parse(readFileSync(join(outRefreshed, 'manifest.json'), 'utf8')).unplaced_regions).toEqual(['WK000102 (2025, totaal)']);
	});

	it('leaves a snapshot from the plain mirror without the provisional column', async () => {
		const cols = (await rows(`DESCRIBE SELECT * FROM '${join(outPlain, 'clients.parquet')}'`)).map((r) => r.column_name);
		expect(cols).not.toContain('provisional');
		const m = JSON.parse(readFileSync(join(outPlain, 'manifest.json'), 'utf8'));
		expect([m.newest_year, m.newest_status, m.series_breaks, m.unplaced_regions]).toEqual([2018, 'definitief', [], undefined]);
	});
});
