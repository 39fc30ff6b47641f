// The pure Parquet reader on a tiny file written by DuckDB (the same writer as the data step):
// INT64 becomes a number, null stays null, booleans and half-years come through.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClients, readIndicators, readPopulation } from '../../../src/lib/snapshot/read';
import { writeIndicatorsWide, writePopulationWide } from '../../../src/prep/write/parquet';
import type { IndicatorRow, PopulationRow } from '../../../src/lib/snapshot/schema';

const dir = mkdtempSync(join(tmpdir(), 'wmo-read-'));
const buf = (f: string) => {
	const b = readFileSync(join(dir, f));
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

beforeAll(async () => {
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	await con.run(`COPY (SELECT * FROM (VALUES
		('wijk', 'WK036301', 'totaal', '2018', 2018::BIGINT, 0, 125.0, 'observed', false, NULL::BOOLEAN),
		('wijk', 'WK036302', 'totaal', '2018', 2018::BIGINT, 0, NULL, 'suppressed', true, NULL::BOOLEAN),
		('gemeente', 'GM0363', 'hulp_bij_het_huishouden', '2017H2', 2017::BIGINT, 2, 40.0, 'observed', false, true)
	) t(level, code, category, period, year, half, clients, status, converted, derived))
	TO '${join(dir, 'clients.parquet')}' (FORMAT PARQUET, COMPRESSION SNAPPY)`);
	const population: PopulationRow[] = [
		{ level: 'gemeente', code: 'GM0363', year: 2018, age_band: '65+', persons: 123456, converted: false },
		{ level: 'gemeente', code: 'GM0363', year: 2018, age_band: 'totaal', persons: 872757, converted: false },
		{ level: 'wijk', code: 'WK036301', year: 2018, age_band: 'totaal', persons: null, converted: true }
	];
	expect(await writePopulationWide(con, population, join(dir, 'pop.ndjson'), join(dir, 'population.parquet'))).toBe(2);
	const long: IndicatorRow[] = [
		{ level: 'wijk', code: 'WK036301', year: 2018, indicator: 'aandeel_65plus', value: 0.25, unit: 'share_of_inhabitants', converted: true },
		{ level: 'wijk', code: 'WK036301', year: 2018, indicator: 'huishoudensgrootte', value: 2.5, unit: 'persons_per_household', converted: true },
		{ level: 'wijk', code: 'WK036301', year: 2018, indicator: 'aandeel_bijstand', value: null, unit: 'share_of_inhabitants', converted: true },
		{ level: 'gemeente', code: 'GM0363', year: 2017, indicator: 'aandeel_65plus', value: 0.125, unit: 'share_of_inhabitants', converted: false }
	];
	const wideRows = await writeIndicatorsWide(con, long, join(dir, 'ind.ndjson'), join(dir, 'indicators.parquet'));
	expect(wideRows).toBe(2);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshot reader', () => {
	it('decodes client rows with numbers, nulls and flags', async () => {
		const rows = await readClients(buf('clients.parquet'));
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatchObject({ code: 'WK036301', year: 2018, half: 0, clients: 125, status: 'observed', converted: false, derived: false });
		expect(typeof rows[0].year).toBe('number');
		expect(rows[1].clients).toBeNull();
		expect(rows[1].converted).toBe(true);
		expect(rows[2]).toMatchObject({ period: '2017H2', year: 2017, half: 2, clients: 40, derived: true });
	});

	it('unfolds the wide population table into plain-number rows per age band, dropping missing ones', async () => {
		const rows = await readPopulation(buf('population.parquet'));
		expect(rows).toHaveLength(2);
		expect(rows.find((r) => r.age_band === '65+')).toEqual({ level: 'gemeente', code: 'GM0363', year: 2018, age_band: '65+', persons: 123456, converted: false });
		expect(rows.find((r) => r.age_band === 'totaal')?.persons).toBe(872757);
		expect(typeof rows[0].persons).toBe('number');
		expect(rows.some((r) => r.code === 'WK036301')).toBe(false);
	});

	it('unfolds the wide indicator table into long rows, dropping missing values', async () => {
		const rows = await readIndicators(buf('indicators.parquet'));
		const key = (r: IndicatorRow) => `${r.code}|${r.year}|${r.indicator}`;
		expect(rows.map(key).sort()).toEqual(['GM0363|2017|aandeel_65plus', 'WK036301|2018|aandeel_65plus', 'WK036301|2018|huishoudensgrootte']);
		const w = rows.find((r) => r.code === 'WK036301' && r.indicator === 'huishoudensgrootte');
		expect(w).toEqual({ level: 'wijk', code: 'WK036301', year: 2018, indicator: 'huishoudensgrootte', value: 2.5, unit: 'persons_per_household', converted: true });
		expect(rows.find((r) => r.code === 'GM0363')).toMatchObject({ value: 0.125, converted: false, unit: 'share_of_inhabitants' });
	});
});
