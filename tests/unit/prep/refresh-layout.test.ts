// The fetched tables written into a copy of the (fixture) mirror in the mirror's own files, and the
// data step reading them back. Values are synthetic.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeRefreshedFiles, type FetchedEntry } from '../../../src/prep/refresh/layout';
import { runData } from '../../../src/prep/runData';
import { KWB_TOPIC, WMO_TOPIC } from '../../../src/prep/sources/cbs-odata/refresh';
import { writeFixtureMirror } from './fixtureMirror';

const T = 'Totaal Wmo-maatwerkvoorzieningen';
const wmo = (code: string, type: string, perioden: string, wmoclienten: number | null, extra = {}) => ({ codering_regio: code, typemaatwerkvoorziening: type, perioden, wmoclienten, status: 'voorlopig', ...extra });
const entries: FetchedEntry[] = [
	{
		planned: { id: 'W', kind: 'wijk_type', year: 2025, required: WMO_TOPIC, title: 'w' },
		table: {
			id: 'W',
			units: {},
			columns: [],
			records: [
				wmo('GM0001', T, '2025', 100),
				wmo('WK000100', T, '2025', 70),
				wmo('WK000100', 'Ondersteuning thuis', '2025', 30),
				wmo('WK000100', 'Hulp bij het huishouden', '1e halfjaar 2025', 15, { interval: 2025, periodennum: 202501 }),
				wmo('GM0003', T, '2025', null), // GM0003 did not deliver: its wijk stays out
				wmo('WK000300', T, '2025', null)
			]
		}
	},
	{
		planned: { id: 'K', kind: 'kwb', year: 2025, required: KWB_TOPIC, title: 'k' },
		table: {
			id: 'K',
			units: {},
			columns: ['codering_regio', 'aantalinwoners', 'k0tot15jaar', 'k15tot25jaar', 'k25tot45jaar', 'k45tot65jaar', 'k65jaarofouder', 'huishoudenstotaal'],
			records: [
				{ codering_regio: 'GM0001', aantalinwoners: 4100, k0tot15jaar: 800, k15tot25jaar: 400, k25tot45jaar: 1200, k45tot65jaar: 900, k65jaarofouder: 800, huishoudenstotaal: 2000 },
				{ codering_regio: 'WK000100', aantalinwoners: 3000, k0tot15jaar: 600, k15tot25jaar: 300, k25tot45jaar: 900, k45tot65jaar: 600, k65jaarofouder: 600, huishoudenstotaal: 1500 }
			]
		}
	}
];

let mirror: string;
let dir: string;
let out: string;
let written: Record<string, number>;
const lines = (file: string) => readFileSync(join(dir, file), 'utf8').trim().split('\n');

beforeAll(async () => {
	mirror = writeFixtureMirror();
	dir = mkdtempSync(join(tmpdir(), 'wmo-refreshed-'));
	cpSync(mirror, dir, { recursive: true });
	written = await writeRefreshedFiles(dir, entries);
	out = join(dir, '..', `${dir.split('/').pop()}-out`);
	await runData({ mirrorDir: dir, outDir: out });
}, 60_000);

afterAll(() => {
	for (const d of [mirror, dir, out]) rmSync(d, { recursive: true, force: true });
});

describe('writeRefreshedFiles', () => {
	it('appends the new year to wijk_totaal_jaar.csv with KWB and status, keeping the mirror rows', () => {
		const l = lines('wmo/wijk_totaal_jaar.csv');
		expect(l[0].endsWith(',status')).toBe(true);
		expect(l.filter((x) => x.includes(',2017,'))).toHaveLength(3);
		const header = l[0].split(',');
		const row = Object.fromEntries(l.find((x) => x.startsWith('WK000100,2025'))!.split(',').map((v, i) => [header[i], v]));
		expect(row).toMatchObject({ wmoclienten: '70', aantalinwoners: '3000', status: 'voorlopig' });
		expect(l.some((x) => x.startsWith('WK000300,2025'))).toBe(false);
	});

	it('writes wijk types, wijk and gemeente half-years, and gemeente types in the mirror files', () => {
		expect(lines('wmo/wijk_type_jaar.csv')).toEqual(['codering_regio,perioden,categorie,wmoclienten,status', 'WK000100,2025,ondersteuning_thuis,30,voorlopig']);
		expect(lines('wmo/wijk_hh_halfjaar.csv').some((x) => x.startsWith('WK000100,2025,1e halfjaar 2025,') && x.includes(',15,'))).toBe(true);
		const g = lines('wmo/gemeente_type_jaar.csv');
		const header = g[0].split(',');
		const row = Object.fromEntries(g.find((x) => x.startsWith('2025,GM0001'))!.split(',').map((v, i) => [header[i], v]));
		expect(row).toMatchObject({ wmo_clienten_totaal: '100', n_inhabitants: '4100', age_65_plus: '800', status: 'voorlopig' });
		expect(written).toMatchObject({ 'wmo/wijk_totaal_jaar.csv': 1, 'wmo/wijk_type_jaar.csv': 1, 'wmo/wijk_hh_halfjaar.csv': 1, 'wmo/gemeente_type_jaar.csv': 2 });
	});

	it('gives a folder the data step reads: 2025 and 2025H1 observed and provisional', async () => {
		const inst = await DuckDBInstance.create(':memory:');
		const con = await inst.connect();
		const r = (await con.runAndReadAll(`SELECT level, code, category, period, clients, provisional FROM '${join(out, 'clients.parquet')}' WHERE year=2025 AND status='observed' ORDER BY level, code, category, period`)).getRowObjectsJson();
		con.closeSync();
		inst.closeSync();
		expect(r).toEqual([
			{ level: 'gemeente', code: 'GM0001', category: 'totaal', period: '2025', clients: 100, provisional: true },
			{ level: 'wijk', code: 'WK000100', category: 'hulp_bij_het_huishouden', period: '2025H1', clients: 15, provisional: true },
			{ level: 'wijk', code: 'WK000100', category: 'ondersteuning_thuis', period: '2025', clients: 30, provisional: true },
			{ level: 'wijk', code: 'WK000100', category: 'totaal', period: '2025', clients: 70, provisional: true }
		]);
	});
});
