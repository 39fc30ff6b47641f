// Merge rules and counting of seed 003 on hand-computed cases, run in Node DuckDB with the same SQL
// the browser runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../../src/lib/local/records';
import { nodeRunner } from '../../../src/lib/local/records/runner-node';
import type { LocalDataSet } from '../../../src/lib/local/types';
import { RECORD_HEADER, file, rec } from './helpers';

let runner: Awaited<ReturnType<typeof nodeRunner>>;
beforeAll(async () => {
	runner = await nodeRunner(1);
});
afterAll(() => runner.close());

const NOW = new Date('2021-03-01T00:00:00Z');
async function run(lines: string[], header = RECORD_HEADER, opts: { from?: number; to?: number } = {}): Promise<LocalDataSet> {
	const res = await importRecords(file('records.csv', [header, ...lines].join('\n')), runner, { now: NOW, ...opts });
	expect(res.ok, res.problems.map((p) => p.text).join('\n')).toBe(true);
	return res.value!;
}
const stat = (s: LocalDataSet, cat: string) => s.stats!.perCategory.find((c) => c.category === cat)!;
const count = (s: LocalDataSet, code: string, cat: string, period: string) => s.clients!.find((c) => c.code === code && c.category === cat && c.period === period)?.clients;

describe('old rule (no toewijzingsnummer): equal or adjoining within 3 days', () => {
	it('merges a record that starts 3 days after the previous one ends', async () => {
		const s = await run([rec('A', '02', '20200101', '20200310'), rec('A', '02', '20200313', '20200630')]);
		expect(s.ruleApplied!.rule).toBe('oud');
		expect(stat(s, 'ondersteuning_thuis')).toMatchObject({ recordsIn: 2, recordsUsed: 2, trajectories: 1, persons: 1 });
	});
	it('does not merge a 4-day gap', async () => {
		const s = await run([rec('A', '02', '20200101', '20200310'), rec('A', '02', '20200314', '20200630')]);
		expect(stat(s, 'ondersteuning_thuis').trajectories).toBe(2);
		expect(stat(s, 'ondersteuning_thuis').persons).toBe(1);
	});
	it('merges equal periods, but not when financieringsvorm differs', async () => {
		const s = await run([rec('A', '01', '20200101', '20200630'), rec('A', '01', '20200101', '20200630', { reden: '19' }), rec('B', '01', '20200101', '20200630'), rec('B', '01', '20200101', '20200630', { fin: '2' })]);
		// A: equal periods but different reden → 2; B: different fin → 2
		expect(stat(s, 'hulp_bij_het_huishouden').trajectories).toBe(4);
		const t = await run([rec('A', '01', '20200101', '20200630'), rec('A', '01', '20200101', '20200630', { fin: '4' }).replace(';1;', ';2;')]);
		expect(stat(t, 'hulp_bij_het_huishouden').trajectories).toBe(1);
	});
});

const NEW_HEADER = RECORD_HEADER + ';toewijzingsnummer;leveringsvorm';
describe('new rule (toewijzingsnummer)', () => {
	it('merges a contained period, not a partly overlapping one', async () => {
		const s = await run([rec('A', '11', '20200101', '20201231') + ';T1;1', rec('A', '11', '20200301', '20200331') + ';T2;1', rec('A', '11', '20201201', '20210331') + ';T3;1'], NEW_HEADER);
		expect(s.ruleApplied!.rule).toBe('toewijzing');
		// T2 lies within T1 (merged); T3 starts before T1 ends and runs past it (not merged)
		expect(stat(s, 'rolstoelen')).toMatchObject({ recordsIn: 3, trajectories: 2, persons: 1 });
	});
	it('merges the same toewijzingsnummer first, whatever the gap; 3 days merged, 4 not', async () => {
		const s = await run(
			[
				rec('A', '07', '20200101', '20200131') + ';T1;1',
				rec('A', '07', '20200601', '20200630') + ';T1;1',
				rec('B', '07', '20200101', '20200110') + ';T2;1',
				rec('B', '07', '20200113', '20200120') + ';T3;1',
				rec('C', '07', '20200101', '20200110') + ';T4;1',
				rec('C', '07', '20200114', '20200120') + ';T5;1',
				rec('D', '07', '20200101', '20200110') + ';T6;1',
				rec('D', '07', '20200111', '20200120') + ';T7;2'
			],
			NEW_HEADER
		);
		// A → 1 (same T), B → 1 (3-day gap), C → 2 (4-day gap), D → 2 (other leveringsvorm)
		expect(stat(s, 'dagbesteding')).toMatchObject({ recordsIn: 8, trajectories: 6, persons: 4 });
	});
});

describe('counting and consent', () => {
	it('consent for the first half only: H1 counts, H2 and the year do not', async () => {
		const s = await run([rec('A', '01', '20200101', '', { consent: '1', vb: '20200101', ve: '20201231' }), rec('B', '01', '20200801', '20201031', { consent: '1', vb: '20200801', ve: '20201031' })]);
		expect(count(s, 'GM0344', 'totaal', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'totaal', '2020H2')).toBeUndefined();
		expect(count(s, 'GM0344', 'totaal', '2020')).toBeUndefined();
		expect(s.stats!.dropped).toContainEqual(expect.objectContaining({ reason: 'geen_toestemming', records: 1 }));
		expect(s.consentNote).toMatch(/GM0344 2020: alleen 1e halfjaar/);
	});
	it('without ToestemmingWmo every period counts, and the note says so', async () => {
		const header = RECORD_HEADER.replace(';ToestemmingWmo', '');
		const s = await run([rec('A', '01', '20190601', '20200115').replace(/;3$/, '')], header, { from: 2019, to: 2020 });
		expect(s.consentNote).toMatch(/geen kolom ToestemmingWmo: alle perioden/);
		expect(['2019H1', '2019H2', '2019', '2020H1', '2020'].map((p) => count(s, 'GM0344', 'totaal', p))).toEqual([1, 1, 1, 1, 1]);
		expect(count(s, 'GM0344', 'totaal', '2020H2')).toBeUndefined();
	});
	it('counts within the geldigheid of the record', async () => {
		const s = await run([rec('A', '01', '20150101', '', { vb: '20200701', ve: '20201231' })]);
		expect(s.period).toEqual({ from: '2020', to: '2020' });
		expect(count(s, 'GM0344', 'totaal', '2020H1')).toBeUndefined();
		expect(count(s, 'GM0344', 'totaal', '2020H2')).toBe(1);
	});
	it('maps types onto categories: 10 in totaal only, 88 apart, unique persons per category', async () => {
		const s = await run([rec('A', '01', '20200101', '20200630'), rec('A', '02', '20200101', '20200630'), rec('B', '10', '20200101', '20200630'), rec('C', '88', '20200101', '20200630'), rec('D', '12', '20200101', '20200630'), rec('D', '13', '20200101', '20200630')], RECORD_HEADER, { from: 2020, to: 2020 });
		expect(count(s, 'GM0344', 'totaal', '2020H1')).toBe(3); // A, B, D (C is generieke toewijzing)
		expect(count(s, 'GM0344', 'hulp_bij_het_huishouden', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'ondersteuning_thuis', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'hulpmiddelen_en_diensten', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'woon_en_vervoersvoorzieningen', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'generieke_toewijzing', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'overige_maatwerkarrangementen', '2020H1')).toBe(1);
		expect(s.stats!.generiek).toEqual({ records: 1, persons: 1 });
		expect(s.extraCategories!.map((c) => c.id)).toContain('vervoersvoorzieningen');
	});
	it('drops records and says why: end before begin, unknown type, out of period', async () => {
		const s = await run([rec('A', '01', '20200101', '20200630'), rec('B', '01', '20200601', '20200101'), rec('C', '19', '20200101', '20200630'), rec('D', '01', '20100101', '20101231')], RECORD_HEADER, { from: 2020, to: 2020 });
		const why = Object.fromEntries(s.stats!.dropped.map((d) => [d.reason, d.records]));
		expect(why).toEqual({ eind_voor_begin: 1, onbekend_type: 1, buiten_periode: 1 });
		expect(s.stats!.recordsUsed).toBe(1);
	});
	it('counts wijken from a buurtcode', async () => {
		const s = await run([rec('A', '01', '20200101', '20200630') + ';BU03440101', rec('B', '01', '20200101', '20200630') + ';BU03440102', rec('C', '01', '20200101', '20200630') + ';BU03440201'], RECORD_HEADER + ';buurtcode', { from: 2020, to: 2020 });
		expect(count(s, 'WK034401', 'totaal', '2020H1')).toBe(2);
		expect(count(s, 'WK034402', 'totaal', '2020H1')).toBe(1);
		expect(count(s, 'GM0344', 'totaal', '2020H1')).toBe(3);
	});
});
