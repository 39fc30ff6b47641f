// A generated SYNTHETIC records file (one gemeente, 2017–2025, with buurt codes) aggregated in Node
// DuckDB with the same SQL the browser runs; checked for internal consistency and compared with CBS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, HEADER_NEW } from '../../scripts/gen-wmobus';
import { importRecords } from '../../src/lib/local/records';
import { nodeRunner } from '../../src/lib/local/records/runner-node';
import { compareWithCbs } from '../../src/lib/local/compare';
import type { ClientRow } from '../../src/lib/snapshot/schema';
import type { LocalDataSet } from '../../src/lib/local/types';

const WIJKEN = Array.from({ length: 10 }, (_, i) => `WK0344${String(i + 1).padStart(2, '0')}`);
let runner: Awaited<ReturnType<typeof nodeRunner>>;
let set: LocalDataSet;
let lines: string[];

beforeAll(async () => {
	runner = await nodeRunner(2);
	lines = [];
	generate({ records: 50_000, gemeente: 'GM0344', from: 2017, to: 2025, wijken: true, toewijzing: true, consent: '3', seed: 7, wijkCodes: WIJKEN }, (s) => lines.push(s));
	const res = await importRecords({ name: 'synthetisch.csv', bytes: new TextEncoder().encode(lines.join('\n')) }, runner, { gemeente: 'GM0344', now: new Date('2026-01-10T00:00:00Z') });
	expect(res.ok, res.problems.map((p) => p.text).join('\n')).toBe(true);
	set = res.value!;
});
afterAll(() => runner.close());

const get = (code: string, cat: string, period: string) => set.clients!.find((c) => c.code === code && c.category === cat && c.period === period)?.clients ?? 0;

describe('synthetic WMOBUS file, GM0344, 2017–2025', () => {
	it('is deterministic and marked synthetic', () => {
		const again: string[] = [];
		generate({ records: 200, gemeente: 'GM0344', from: 2017, to: 2025, wijken: true, toewijzing: true, consent: '3', seed: 7, wijkCodes: WIJKEN }, (s) => again.push(s));
		expect(again).toEqual(lines.slice(0, again.length));
		expect(lines[0]).toBe(HEADER_NEW + ';buurtcode');
		expect(lines[1]).toMatch(/^R;SYN\d{7};/);
	});
	it('covers every half-year and year 2017–2025 for the gemeente and its wijken', () => {
		expect(set.period).toEqual({ from: '2017', to: '2025' });
		expect(set.ruleApplied!.rule).toBe('toewijzing');
		expect(set.recordCount).toBe(50_000);
		for (let y = 2017; y <= 2025; y++) {
			for (const p of [`${y}`, `${y}H1`, `${y}H2`]) {
				expect(get('GM0344', 'totaal', p)).toBeGreaterThan(0);
				for (const w of WIJKEN) expect(get(w, 'totaal', p)).toBeGreaterThan(0);
			}
		}
	});
	it('is consistent: year ≥ each half, total ≥ each category, gemeente = sum of disjoint wijken', () => {
		for (let y = 2017; y <= 2025; y++) {
			const year = get('GM0344', 'totaal', `${y}`);
			expect(year).toBeGreaterThanOrEqual(Math.max(get('GM0344', 'totaal', `${y}H1`), get('GM0344', 'totaal', `${y}H2`)));
			expect(year).toBeLessThanOrEqual(get('GM0344', 'totaal', `${y}H1`) + get('GM0344', 'totaal', `${y}H2`));
			for (const c of ['hulp_bij_het_huishouden', 'ondersteuning_thuis', 'hulpmiddelen_en_diensten', 'verblijf_en_opvang']) expect(get('GM0344', c, `${y}`)).toBeLessThanOrEqual(year);
			// every synthetic person lives in one wijk
			expect(WIJKEN.reduce((a, w) => a + get(w, 'totaal', `${y}`), 0)).toBe(year);
		}
	});
	it('reports merge statistics: trajectories ≤ records, persons ≤ trajectories; some pieces merged', () => {
		const t = set.stats!.perCategory.find((c) => c.category === 'totaal')!;
		expect(t.recordsIn).toBeGreaterThan(40_000);
		expect(t.trajectories).toBeLessThan(t.recordsUsed);
		expect(t.persons).toBeLessThanOrEqual(t.trajectories);
		expect(set.stats!.generiek.records).toBeGreaterThan(0);
		expect(set.consentNote).toMatch(/beide halfjaren in alle jaren/);
		expect(set.extraCategories!.map((c) => c.id)).toEqual(expect.arrayContaining(['vervoersdiensten', 'rolstoelen', 'woon_en_vervoersvoorzieningen', 'begeleiding', 'dagbesteding', 'beschermd_wonen']));
	});
	it('compares with CBS for the overlapping years', () => {
		const cbs: ClientRow[] = [
			{ level: 'gemeente', code: 'GM0344', category: 'totaal', period: '2017', year: 2017, half: 0, clients: 1000, status: 'observed', converted: false },
			{ level: 'gemeente', code: 'GM0344', category: 'totaal', period: '2018', year: 2018, half: 0, clients: null, status: 'suppressed', converted: false }
		];
		const cmp = compareWithCbs(set.clients!, cbs);
		expect(cmp).toHaveLength(2);
		expect(cmp[0]).toMatchObject({ period: '2017', own: get('GM0344', 'totaal', '2017'), cbs: 1000, difference: get('GM0344', 'totaal', '2017') - 1000 });
		expect(cmp[1]).toMatchObject({ period: '2018', cbs: null, difference: null, cbsStatus: 'suppressed' });
	});
});

describe('the same SQL on DuckDB-WASM', () => {
	it('gives the same counts and statistics as Node DuckDB', async () => {
		const { wasmNodeRunner } = await import('../../src/lib/local/records/runner-wasm-node');
		const wasm = await wasmNodeRunner();
		const res = await importRecords({ name: 'synthetisch.csv', bytes: new TextEncoder().encode(lines.join('\n')) }, wasm, { gemeente: 'GM0344', now: new Date('2026-01-10T00:00:00Z') });
		expect(res.ok).toBe(true);
		expect(res.value!.clients).toEqual(set.clients);
		expect(res.value!.stats!.perCategory).toEqual(set.stats!.perCategory);
		expect(res.value!.stats!.dropped).toEqual(set.stats!.dropped);
	});
});
