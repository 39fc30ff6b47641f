// `npm run refresh -- --from-recorded tests/fixtures/cbs-odata` end to end, in a temp folder (never
// the worktree's public/data or data-cache): synthetic 2024/2025 figures for GM1680 land in the
// snapshot next to the mirror's years, a rerun resumes from the cache, offline changes nothing, and
// the data step's source choice keeps `npm start` from rebuilding over the refresh.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCli } from '../../src/prep/cli/refresh';
import { refreshedDir, resolveDataSource } from '../../src/prep/mirror/dataSource';
import { mirrorFingerprint, resolveMirrorDir } from '../../src/prep/mirror/paths';
import { readRoutes, recordedDirFetch, recordedTables } from '../../src/prep/refresh/recorded';
import { runRefresh } from '../../src/prep/refresh/runRefresh';
import { isFresh } from '../../src/prep/runData';
import { FIXTURES } from '../fixtures/cbs-odata/recordedFetch';
import { loadSnapshotFromDir } from '../../src/cli/loadSnapshot';
import { Pipeline } from '../../src/lib/pipeline/run';
import { buildPanel } from '../../src/lib/model/panel';

const tmp = mkdtempSync(join(tmpdir(), 'wmo-refresh-'));
const cacheDir = join(tmp, 'cache');
const outDir = join(tmp, 'data');
const lines: string[] = [];
let code: number;
let instance: DuckDBInstance;
let con: DuckDBConnection;
const q = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, any>>;

beforeAll(async () => {
	code = await refreshCli(['--from-recorded', FIXTURES, '--cache', cacheDir, '--out', outDir], { log: (l) => lines.push(l), error: (l) => lines.push(l) });
	instance = await DuckDBInstance.create(':memory:');
	con = await instance.connect();
	await con.run(`CREATE VIEW clients AS SELECT * FROM '${join(outDir, 'clients.parquet')}'`);
	await con.run(`CREATE VIEW population AS SELECT * FROM '${join(outDir, 'population.parquet')}'`);
}, 120_000);

afterAll(() => {
	con?.closeSync();
	instance?.closeSync();
	rmSync(tmp, { recursive: true, force: true });
});

describe('npm run refresh -- --from-recorded', () => {
	it('forecasts the refreshed gemeente from its newest year and the others from the mirror\'s', async () => {
		const tables = await loadSnapshotFromDir(outDir);
		const result = await new Pipeline(tables).run();
		expect(result.origin).toBe(2018);
		const years = (code: string) => result.rows.filter((r) => r.code === code && r.category === 'totaal').map((r) => r.year);
		expect(Math.min(...years('WK168000'))).toBe(2026);
		expect(Math.max(...years('WK168000'))).toBe(2030);
		expect(Math.min(...years('GM0344'))).toBe(2019);
		expect(result.rows.find((r) => r.code === 'WK168000' && r.category === 'totaal' && r.year === 2026)?.forecast).toBeGreaterThan(0);
	}, 120_000);

	it('succeeds and shows progress per table (rows, pages, time, protocol)', () => {
		expect(code, lines.join('\n')).toBe(0);
		expect(lines).toContainEqual(expect.stringMatching(/^86158NED \(2025\): 7 regels, 2 pagina's data, \d+\.\d s \(OData v3\)\.$/));
		expect(lines).toContainEqual(expect.stringMatching(/^86050NED: 12 regels, 2 pagina's data, \d+\.\d s \(OData v4\)\.$/));
		expect(lines).toContainEqual(expect.stringMatching(/Geen tabelnummer gevonden voor .*wijken 2024/));
	});

	it('has a year after 2018 for wijk totaal, wijk by type and KWB (synthetic GM1680)', async () => {
		const rows = await q(`SELECT category, clients, provisional FROM clients WHERE code='WK168000' AND period='2025' AND status='observed' ORDER BY category`);
		expect(rows).toEqual([
			{ category: 'hulp_bij_het_huishouden', clients: 35, provisional: true },
			{ category: 'ondersteuning_thuis', clients: 60, provisional: true },
			{ category: 'totaal', clients: 110, provisional: true }
		]);
		const [pop] = await q(`SELECT persons_totaal, persons_65plus FROM population WHERE code='WK168000' AND year=2025`);
		expect(pop).toEqual({ persons_totaal: 4030, persons_65plus: 1000 });
		// gemeente by type (86050NED, v4): 2024 definitief, 2025H1 voorlopig
		const gm = await q(`SELECT period, category, clients, provisional FROM clients WHERE code='GM1680' AND period IN ('2024', '2025H1') AND status='observed' ORDER BY period, category`);
		expect(gm.map((r) => [r.period, r.category, r.clients, r.provisional])).toContainEqual(['2024', 'verblijf_en_opvang', 120, null]);
		expect(gm.map((r) => [r.period, r.category, r.clients, r.provisional])).toContainEqual(['2025H1', 'hulp_bij_het_huishouden', 455, true]);
	});

	it('keeps the mirror years of every other gemeente, and gives them no newer observation', async () => {
		const byYear = await q(`SELECT year, count(*) FILTER (status='observed') AS n FROM clients WHERE level='wijk' AND category='totaal' AND half=0 GROUP BY year ORDER BY year`);
		const n = Object.fromEntries(byYear.map((r) => [r.year, Number(r.n)]));
		expect(n[2018]).toBeGreaterThan(2500);
		expect(n[2025]).toBe(1); // only WK168000 has a synthetic 2025 count
		const [{ other }] = await q(`SELECT count(*) AS other FROM clients WHERE year > 2018 AND status='observed' AND code NOT LIKE '%1680%'`);
		expect(Number(other)).toBe(0);
	});

	it('names the newest year, its status and the series breaks in the manifest', () => {
		const m = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
		expect([m.newest_year, m.newest_status]).toEqual([2025, 'voorlopig']);
		expect(m.series_breaks.map((b: any) => `${b.year} ${b.kind}`)).toEqual(['2019 abonnementstarief', '2020 koppelmethode', '2025 voorlopig']);
		expect(m.input_source).toMatchObject({ kind: 'refresh', dir: refreshedDir(cacheDir) });
	});

	it('reads the provisional flag back, so the model sees the same breaks as the manifest', async () => {
		const panel = buildPanel(await loadSnapshotFromDir(outDir));
		const years = [...panel.gemeente.seriesBreak].flatMap((v, i) => (v ? [panel.gemeente.firstYear + i] : []));
		expect(years).toEqual([2019, 2020, 2025]);
	});

	it('cites the fetched tables as a source', () => {
		const m = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
		// the fetched tables are cited as a source (CC BY 4.0, "Bron: CBS")
		expect(m.sources.find((s: any) => s.name.startsWith('Nieuwere jaren uit CBS open data'))).toMatchObject({ cbs_tables: ['86158NED', '86165NED', '86050NED'], attribution: 'Bron: CBS' });
	});

	it('makes the data step read the refresh, so the staleness check of npm start does not rebuild over it', () => {
		const source = resolveDataSource({ env: {}, cacheDir });
		expect(source).toMatchObject({ kind: 'refresh', dir: refreshedDir(cacheDir) });
		expect(isFresh(outDir, mirrorFingerprint(source.dir))).toBe(true);
		expect(resolveDataSource({ env: {}, cacheDir, plainMirror: true }).kind).toBe('mirror');
	});

	it('resumes without downloading finished tables again', async () => {
		const routes = readRoutes(FIXTURES);
		const recorded = recordedDirFetch(FIXTURES, routes);
		const data: string[] = [];
		const fetch = Object.assign(async (url: string, init?: any) => {
			if (!url.includes('/Datasets')) data.push(url);
			return recorded(url, init);
		}, { urls: [] as string[] });
		const again: string[] = [];
		const origin = `recorded:${resolve(FIXTURES)}`; // as the CLI names it
		await runRefresh({ mirrorDir: resolveMirrorDir(), cacheDir, outDir: join(tmp, 'data2'), fetch, onlyTables: recordedTables(routes), origin, log: (l) => again.push(l) });
		expect(data).toEqual([]);
		expect(again.filter((l) => /al opgehaald op .*niet opnieuw/.test(l))).toHaveLength(3);
	}, 120_000);

	it('never reuses the synthetic recorded tables for a live refresh', async () => {
		const recorded = recordedDirFetch(FIXTURES);
		const data: string[] = [];
		const live = Object.assign(async (url: string, init?: any) => {
			if (url.includes('/Datasets')) return recorded(url, init);
			data.push(url);
			throw new TypeError('fetch failed'); // stop at the first table request: enough to see it was asked for
		}, { urls: [] as string[] });
		await expect(runRefresh({ mirrorDir: resolveMirrorDir(), cacheDir, outDir: join(tmp, 'data3'), fetch: live })).rejects.toThrow(/geen verbinding/);
		expect(data).toHaveLength(1);
	});

	it('offline: fails at once with a Dutch message and changes nothing', async () => {
		const before = readFileSync(join(outDir, 'manifest.json'), 'utf8');
		const marker = readFileSync(join(refreshedDir(cacheDir), 'refresh.json'), 'utf8');
		const offline = Object.assign(async () => {
			throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND datasets.cbs.nl') });
		}, { urls: [] as string[] });
		const err = await runRefresh({ mirrorDir: resolveMirrorDir(), cacheDir: join(tmp, 'fresh-cache'), outDir, fetch: offline }).catch((e) => e);
		expect(err.message).toMatch(/CBS-catalogus .* niet bereikbaar .*lijkt offline/);
		expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(before);
		expect(readFileSync(join(refreshedDir(cacheDir), 'refresh.json'), 'utf8')).toBe(marker);
		expect(existsSync(join(tmp, 'fresh-cache'))).toBe(false);
		expect(readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
	});
});

describe('the data step without a refresh', () => {
	it('reads the plain mirror when the cache holds no complete refresh', () => {
		const empty = join(tmp, 'half-cache');
		mkdirSync(join(empty, 'mirror'), { recursive: true });
		writeFileSync(join(empty, 'mirror', 'partial.csv'), 'x\n'); // no refresh.json: not complete
		expect(resolveDataSource({ env: {}, cacheDir: empty })).toEqual({ kind: 'mirror', dir: resolveMirrorDir({}) });
	});
});
