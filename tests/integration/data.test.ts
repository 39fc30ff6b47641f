// The data step on the real mirror: invariants of the snapshot. Reuses public/data when it is
// fresh for the current mirror, otherwise builds into a temp folder.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS, POPULATION_BAND_COLUMNS } from '../../src/lib/snapshot/schema';
import { KWB, WMO_WIJK_TOTAAL } from '../../src/prep/sources/cbs-tables';
import { defaultOutDir, mirrorFingerprint, resolveMirrorDir } from '../../src/prep/mirror/paths';
import { isFresh, runData } from '../../src/prep/runData';

const mirror = resolveMirrorDir();
let out = defaultOutDir();
let tmp: string | null = null;
let instance: DuckDBInstance;
let con: DuckDBConnection;
let manifest: any;

async function q(sql: string): Promise<Array<Record<string, any>>> {
	return (await con.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, any>>;
}
const t = (name: string) => `'${join(out, name)}'`;

beforeAll(async () => {
	if (!isFresh(out, mirrorFingerprint(mirror))) {
		tmp = mkdtempSync(join(tmpdir(), 'wmo-data-'));
		out = join(tmp, 'data');
		await runData({ mirrorDir: mirror, outDir: out });
	}
	manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
	instance = await DuckDBInstance.create(':memory:');
	con = await instance.connect();
	await con.run(`CREATE VIEW clients AS SELECT * FROM ${t('clients.parquet')}`);
	await con.run(`CREATE VIEW regions AS SELECT * FROM ${t('regions.parquet')}`);
	// population.parquet is wide (one column per age band); the checks read it in long form.
	const bands = Object.entries(POPULATION_BAND_COLUMNS).map(([band, col]) => `WHEN '${col}' THEN '${band}'`).join(' ');
	await con.run(`CREATE VIEW population AS SELECT level, code, year, CASE col ${bands} END AS age_band, persons, converted
		FROM (UNPIVOT (SELECT * FROM ${t('population.parquet')}) ON COLUMNS('^persons_') INTO NAME col VALUE persons)`);
	// indicators.parquet is wide (one column per indicator); the checks read it in long form.
	await con.run(`CREATE VIEW indicators AS UNPIVOT (SELECT * FROM ${t('indicators.parquet')})
		ON COLUMNS(* EXCLUDE (level, code, year, converted)) INTO NAME indicator VALUE value`);
});

afterAll(() => {
	con?.closeSync();
	instance?.closeSync();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('snapshot from the real mirror', () => {
	it('has the years and half-years of the mirror', async () => {
		expect(manifest.tables.clients.periods).toEqual(['2015', '2016', '2017', '2017H1', '2017H2', '2018', '2018H1', '2018H2']);
		expect(manifest.tables.population.years).toEqual([2015, 2016, 2017, 2018]);
		expect(manifest.target_indeling).toBe(2024);
	});

	it('has a row for every 2024 region, period and category the mirror has at that level', async () => {
		const [{ wijken, gemeenten }] = await q(`SELECT count(*) FILTER (level='wijk') AS wijken, count(*) FILTER (level='gemeente') AS gemeenten FROM regions`);
		expect(Number(wijken)).toBe(3474);
		expect(Number(gemeenten)).toBe(342);
		const counts = await q(`SELECT level, category, period, count(*) AS n, count(DISTINCT code) AS d FROM clients GROUP BY ALL`);
		for (const c of counts) {
			expect(Number(c.n)).toBe(c.level === 'wijk' ? 3474 : 342);
			expect(Number(c.d)).toBe(Number(c.n));
		}
		expect(counts.filter((c) => c.level === 'wijk').length).toBe(8); // totaal 2015–2018 + HH 4 half-years
		expect(counts.filter((c) => c.level === 'gemeente').length).toBe(16); // totaal 2015–2018, 4 types × 2017–2018, HH 4 half-years
	});

	it('has 2024 wijken with data in every year, growing with participation', async () => {
		const r = await q(`SELECT year, count(*) AS n FROM clients WHERE level='wijk' AND category='totaal' AND status='observed' GROUP BY year ORDER BY year`);
		const n = Object.fromEntries(r.map((x) => [x.year, Number(x.n)]));
		// Source wijken: 1,278 (2015), 1,966 (2016), 2,553 (2017), 2,440 with a count (2018);
		// splits since then make more 2024 wijken.
		expect(n[2015]).toBeGreaterThan(1300);
		expect(n[2016]).toBeGreaterThan(2000);
		expect(n[2017]).toBeGreaterThan(2600);
		expect(n[2018]).toBeGreaterThan(2500);
		for (const y of [2015, 2016, 2017, 2018]) expect(n[y]).toBeLessThanOrEqual(3474);
	});

	it('conserves national totals across the conversion', async () => {
		// Independent of the build: the raw CSV totals per year.
		const raw = await q(
			`SELECT perioden::INT AS year, sum(wmoclienten::DOUBLE) AS total FROM read_csv('${mirror}/wmo/wijk_totaal_jaar.csv', all_varchar=true) GROUP BY 1`
		);
		const dropped = new Set<string>(manifest.dropped_codes.rule_2015.map((s: string) => s.slice(0, 8)));
		const [{ d2015 }] = await q(
			`SELECT coalesce(sum(wmoclienten::DOUBLE), 0) AS d2015 FROM read_csv('${mirror}/wmo/wijk_totaal_jaar.csv', all_varchar=true) WHERE perioden='2015' AND codering_regio IN (${[...dropped].map((c) => `'${c}'`).join(',')})`
		);
		for (const { year, total } of raw) {
			const c = manifest.conservation.find((x: any) => x.level === 'wijk' && x.category === 'totaal' && x.period === String(year));
			const [{ after }] = await q(`SELECT sum(clients) AS after FROM clients WHERE level='wijk' AND category='totaal' AND period='${year}'`);
			const before = year === 2015 ? total - d2015 : total;
			expect(c.before).toBeCloseTo(before, 6);
			expect(after).toBeCloseTo(c.after, 6);
			// Every client before conversion is in an observed 2024 wijk or in one declared missing.
			expect(after + c.intoMissing + c.unmapped).toBeCloseTo(before, 6);
			// Missing targets swallow little: under 1% of the national total.
			expect(c.intoMissing / before).toBeLessThan(0.01);
		}
		for (const c of manifest.conservation) expect(c.after + c.intoMissing + c.unmapped).toBeCloseTo(c.before, 6);
	});

	it('keeps missing values null, and has no negative counts or impossible shares', async () => {
		const [bad] = await q(`SELECT
			count(*) FILTER (status <> 'observed' AND clients IS NOT NULL) AS missing_with_value,
			count(*) FILTER (status = 'observed' AND clients IS NULL) AS observed_without_value,
			count(*) FILTER (clients < 0) AS negative FROM clients`);
		expect(bad).toEqual({ missing_with_value: '0', observed_without_value: '0', negative: '0' });
		const shares = Object.entries(INDICATORS).filter(([, m]) => m.unit.startsWith('share')).map(([id]) => `'${id}'`);
		const [s] = await q(`SELECT count(*) FILTER (value < 0 OR value > 1) AS out_of_range FROM indicators WHERE indicator IN (${shares.join(',')})`);
		expect(s.out_of_range).toBe('0');
		const [p] = await q(`SELECT count(*) FILTER (persons < 0) AS neg FROM population`);
		expect(p.neg).toBe('0');
		// Clients never exceed inhabitants where both are known (gemeente level, direct sources).
		const [r] = await q(`SELECT count(*) AS n FROM clients c JOIN population p ON p.code=c.code AND p.year=c.year AND p.age_band='totaal'
			WHERE c.level='gemeente' AND c.half=0 AND c.clients > p.persons`);
		expect(r.n).toBe('0');
	});

	it('has no wijk values in a year for a gemeente that delivered nothing', async () => {
		// Coevorden (GM0109) delivered 2015–2017 but nothing in 2018.
		const r = await q(`SELECT year, count(*) FILTER (status='observed') AS obs FROM clients WHERE level='wijk' AND code LIKE 'WK0109%' AND half=0 GROUP BY year ORDER BY year`);
		expect(r.map((x) => [x.year, Number(x.obs) > 0])).toEqual([[2015, true], [2016, true], [2017, true], [2018, false]]);
	});

	it('carries sources, CBS table ids and both licences in the manifest', () => {
		const tables = manifest.sources.flatMap((s: any) => s.cbs_tables ?? []);
		for (const t of [...WMO_WIJK_TOTAAL, ...KWB]) expect(tables).toContain(t.id);
		expect(manifest.licences.map((l: any) => l.id).sort()).toEqual(['CC-BY-4.0', 'CC-BY-NC-SA-4.0']);
		expect(manifest.sources.find((s: any) => s.licence === 'CC-BY-NC-SA-4.0').attribution).toMatch(/niet-commercieel/);
		expect(Date.parse(manifest.built_at)).not.toBeNaN();
		expect(manifest.geometry.wijken.features).toBe(3474);
	});

	it('has as many client rows as regions × categories × periods of the mirror', async () => {
		// Derived from the inputs, not from the build: every 2024 region gets one row per period and
		// category its level has in the mirror.
		const distinct = async (file: string, column: string) =>
			Number((await q(`SELECT count(DISTINCT ${column}) AS n FROM read_csv('${mirror}/wmo/${file}', all_varchar=true)`))[0].n);
		const wijkTotaalYears = await distinct('wijk_totaal_jaar.csv', 'perioden');
		const wijkHhHalves = await distinct('wijk_hh_halfjaar.csv', 'periodennum');
		const typeYears = await distinct('gemeente_type_jaar.csv', 'year');
		const gemHhHalves = await distinct('gemeente_hh_halfjaar.csv', 'periodennum');
		const nonTotalTypes = 4; // HH, OT, HMD, V&O; the total comes from wijk years (direct or summed)
		const wijken = manifest.geometry.wijken.features;
		const gemeenten = manifest.geometry.gemeenten.features;
		const expected = wijken * (wijkTotaalYears + wijkHhHalves) + gemeenten * (wijkTotaalYears + nonTotalTypes * typeYears + gemHhHalves);
		expect(expected).toBeGreaterThan(0);
		expect(manifest.tables.clients.rows).toBe(expected);
	});

	it('uses only region codes known to the geometry', async () => {
		const wijken = JSON.parse(readFileSync(join(out, 'geo/wijken.geojson'), 'utf8')).features.map((f: any) => f.properties.code);
		const gemeenten = JSON.parse(readFileSync(join(out, 'geo/gemeenten.geojson'), 'utf8')).features.map((f: any) => f.properties.code);
		const geo = new Set([...wijken, ...gemeenten]);
		expect(geo.size).toBe(3474 + 342);
		for (const table of ['regions', 'clients', 'population', 'indicators']) {
			const codes = (await q(`SELECT DISTINCT code FROM ${table}`)).map((r) => r.code);
			expect(codes.filter((c) => !geo.has(c))).toEqual([]);
		}
	});
});
