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
import { codeAt, indicatorTable, levelAt } from '../../../src/lib/snapshot/wide';

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

	it('decodes the wide population table into plain-number columns, missing cells as NaN', async () => {
		const t = await readPopulation(buf('population.parquet'));
		expect(t.rows).toBe(2);
		const gm = t.codes.indexOf('GM0363');
		const i = Array.from(t.code).indexOf(gm);
		expect({ level: levelAt(t, i), code: codeAt(t, i), year: t.year[i], converted: t.converted[i] }).toEqual({ level: 'gemeente', code: 'GM0363', year: 2018, converted: 0 });
		expect(t.values['65+'][i]).toBe(123456);
		expect(t.values.totaal[i]).toBe(872757);
		expect(Number.isNaN(t.values['0-14'][i])).toBe(true);
		const w = Array.from(t.code).indexOf(t.codes.indexOf('WK036301'));
		expect(t.converted[w]).toBe(1);
		expect(Object.values(t.values).every((col) => Number.isNaN(col[w]))).toBe(true);
	});

	it('decodes the wide indicator table into one column per indicator, missing values as NaN', async () => {
		const t = await readIndicators(buf('indicators.parquet'));
		const present: string[] = [];
		for (let i = 0; i < t.rows; i++) for (const [id, col] of Object.entries(t.values)) if (!Number.isNaN(col[i])) present.push(`${codeAt(t, i)}|${t.year[i]}|${id}`);
		expect(present.sort()).toEqual(['GM0363|2017|aandeel_65plus', 'WK036301|2018|aandeel_65plus', 'WK036301|2018|huishoudensgrootte']);
		const w = Array.from(t.code).indexOf(t.codes.indexOf('WK036301'));
		expect({ level: levelAt(t, w), year: t.year[w], value: t.values.huishoudensgrootte[w], converted: t.converted[w] }).toEqual({ level: 'wijk', year: 2018, value: 2.5, converted: 1 });
		const g = Array.from(t.code).indexOf(t.codes.indexOf('GM0363'));
		expect(t.values.aandeel_65plus[g]).toBe(0.125);
		expect(t.converted[g]).toBe(0);
	});

	it('folds long rows into the same columns the reader gives', async () => {
		const t = await readIndicators(buf('indicators.parquet'));
		const rows: IndicatorRow[] = [];
		for (let i = 0; i < t.rows; i++)
			for (const [id, col] of Object.entries(t.values))
				if (!Number.isNaN(col[i])) rows.push({ level: levelAt(t, i) as 'wijk', code: codeAt(t, i)!, year: t.year[i], indicator: id, value: col[i], unit: 'share_of_inhabitants', converted: t.converted[i] === 1 });
		const f = indicatorTable(rows);
		expect(f.rows).toBe(t.rows);
		for (let i = 0; i < t.rows; i++) {
			const j = Array.from({ length: f.rows }, (_, k) => k).find((k) => codeAt(f, k) === codeAt(t, i) && f.year[k] === t.year[i])!;
			for (const id of Object.keys(t.values)) expect(Object.is(f.values[id][j], t.values[id][i])).toBe(true);
			expect(f.converted[j]).toBe(t.converted[i]);
		}
	});
});
