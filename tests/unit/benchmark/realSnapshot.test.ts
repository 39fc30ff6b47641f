// The three benchmark views on the real snapshot (public/data, written by `npm run data`), loaded
// with the same reader the browser worker uses.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkViews, distributionView, expectedActualView, peerView } from '../../../src/lib/view/benchmark';
import type { SnapshotTables } from '../../../src/lib/snapshot/schema';
import { loadSnapshotTables } from '../../../src/lib/snapshot/read';
import { CATEGORIES } from '../../../src/lib/snapshot/schema';

const dir = 'public/data';
const have = existsSync(`${dir}/clients.parquet`);

async function buf(name: string): Promise<ArrayBuffer> {
	const b = await readFile(`${dir}/${name}.parquet`);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe.runIf(have)('benchmark on the real snapshot', () => {
	let tables: SnapshotTables;
	beforeAll(async () => {
		const [regions, clients, population, indicators] = await Promise.all(['regions', 'clients', 'population', 'indicators'].map(buf));
		tables = await loadSnapshotTables({ regions, clients, population, indicators });
	}, 60_000);

	it('gives Utrecht (GM0344) 10 peers, ranked, and a chart per category with the country', () => {
		const v = peerView(tables, 'GM0344');
		expect(v.ok).toBe(true);
		expect(v.name).toBe('Utrecht');
		const peers = v.peers.filter((p) => !p.isTarget);
		expect(peers).toHaveLength(10);
		expect(new Set(peers.map((p) => p.code)).size).toBe(10);
		expect(peers.map((p) => p.code)).not.toContain('GM0344');
		for (let i = 1; i < peers.length; i++) expect(peers[i].distance).toBeGreaterThanOrEqual(peers[i - 1].distance);
		// Utrecht's nearest gemeenten are other large cities.
		expect(peers.every((p) => (p.inhabitants ?? 0) > 50_000)).toBe(true);
		expect(v.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
		for (const c of v.categories) {
			expect(c.bars).toHaveLength(12);
			expect(c.bars.filter((b) => b.kind === 'land')).toHaveLength(1);
		}
		// Plain data: survives structured clone (what a worker does) unchanged.
		expect(structuredClone(v)).toEqual(v);
	}, 30_000);

	it('gives Utrecht an expected-versus-actual row per category, with an 80% interval where fitted', () => {
		const v = expectedActualView(tables, 'GM0344');
		expect(v.rows.map((r) => r.category)).toEqual([...CATEGORIES]);
		const ok = v.rows.filter((r) => r.status === 'ok');
		expect(ok.length).toBeGreaterThanOrEqual(4);
		for (const r of ok) {
			expect(r.year).toBe(2018);
			expect(r.lower!).toBeLessThan(r.expectedShare!);
			expect(r.upper!).toBeGreaterThan(r.expectedShare!);
			expect(['hoger', 'lager', 'binnen']).toContain(r.flag);
			expect(r.n).toBeGreaterThan(250);
			expect(r.coefficients.length).toBeGreaterThan(5);
		}
		// Verblijf en opvang: too few gemeenten (about 45) for 17 traits; said, not hidden.
		const vo = v.rows.find((r) => r.category === 'verblijf_en_opvang')!;
		if (vo.status !== 'ok') expect(vo.reason).toMatch(/te weinig gemeenten/);
		expect(structuredClone(v)).toEqual(v);
	}, 30_000);

	it('gives the objective distribution of Wmo totaal with R² scaled below R² unscaled and signs kept', () => {
		const v = distributionView(tables, { category: 'totaal', code: 'GM0344', forecastShare: 0.02 });
		expect(v.ok).toBe(true);
		expect(v.n).toBeGreaterThan(250);
		expect(v.r2Scaled!).toBeGreaterThan(0);
		expect(v.r2Unscaled!).toBeGreaterThan(v.r2Scaled!);
		expect(v.r2Unscaled!).toBeGreaterThan(v.r2Inhabitants!);
		for (const r of v.rows) {
			if (r.sign === 'nonneg') expect(r.weight).toBeGreaterThanOrEqual(0);
			if (r.sign === 'nonpos') expect(r.weight).toBeLessThanOrEqual(0);
		}
		expect(v.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
		expect(v.gemeente!.objectiveShare!).toBeGreaterThan(0);
		expect(v.gemeente!.actualShare!).toBeGreaterThan(0);
		expect(v.gemeente!.forecastShare).toBe(0.02);
		expect(v.missing.map((m) => m.label).join(' ')).toMatch(/Wajong.*Medicijngebruik.*klantenpotentieel.*Kernen/);
		expect(structuredClone(v)).toEqual(v);
	}, 30_000);

	it('switches the target to euros with a cost per client, and rejects a bad cost in Dutch', () => {
		const c = distributionView(tables, { category: 'totaal' });
		const e = distributionView(tables, { category: 'totaal', costPerClient: 2000 });
		expect(e.target).toBe('euro');
		expect(e.rows[0].weight).toBeCloseTo(c.rows[0].weight * 2000, 6);
		expect(e.r2Scaled!).toBeCloseTo(c.r2Scaled!, 10);
		const bad = distributionView(tables, { category: 'totaal', costPerClient: -5 });
		expect(bad.target).toBe('clients');
		expect(bad.problems[0]).toMatch(/Fout in kosten per cliënt.*Oplossing/);
	}, 30_000);

	it('gives all three views in one structured-clone-safe call (the worker method)', () => {
		const v = benchmarkViews(tables, 'GM0344', { forecastShare: { totaal: 0.021 } });
		expect(v.distributions.map((d) => d.category)).toEqual([...CATEGORIES]);
		expect(v.distributions[0].gemeente!.forecastShare).toBe(0.021);
		expect(v.distributions[1].gemeente!.forecastShare).toBeNull();
		expect(JSON.parse(JSON.stringify(v))).toEqual(v);
	}, 30_000);

	it('says so for an unknown gemeente', () => {
		const v = peerView(tables, 'GM9999');
		expect(v.ok).toBe(false);
		expect(v.problems[0]).toMatch(/Onbekende gemeentecode/);
	}, 30_000);
});
