// Pins expectedShare.ts to its output before it moved onto crossSection.ts: the reference below is
// the old code (olsWithIntercept on the standardised indicators), kept verbatim as the oracle.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_CLIENTS } from '../../../src/lib/snapshot/reliability';
import { shareDeviation } from '../../../src/lib/model/expectedShare';
import { olsWithIntercept } from '../../../src/lib/model/ols';
import { buildPanel, type LevelPanel } from '../../../src/lib/model/panel';
import { loadSnapshotFromDir } from '../../../src/cli/loadSnapshot';
import type { Category } from '../../../src/lib/snapshot/schema';
import { syntheticTables } from '../model/synthetic';

function oldDeviation(lp: LevelPanel, cat: Category, y: number): Float64Array {
	const nU = lp.codes.length;
	const nY = lp.nYears;
	const out = new Float64Array(nU).fill(NaN);
	const units: number[] = [];
	for (let i = 0; i < nU; i++) {
		const k = i * nY + y;
		if (lp.clients[cat][k] >= MIN_CLIENTS && lp.pop[k] > 0) units.push(i);
	}
	if (units.length < 40) return out;
	const cols: Float64Array[] = [];
	const colOf: number[] = [];
	for (let j = 0; j < lp.ind.length; j++) {
		const a = lp.ind[j];
		let n = 0;
		let s = 0;
		let ss = 0;
		for (const i of units) {
			const v = a[i * nY + y];
			if (Number.isNaN(v)) continue;
			n++;
			s += v;
			ss += v * v;
		}
		if (n < 0.9 * units.length) continue;
		const mean = s / n;
		const sd = Math.sqrt(Math.max(0, ss / n - mean * mean));
		if (!(sd > 0)) continue;
		const z = new Float64Array(nU);
		for (let i = 0; i < nU; i++) {
			const v = a[i * nY + y];
			z[i] = Number.isNaN(v) ? 0 : (v - mean) / sd;
		}
		cols.push(z);
		colOf.push(j);
	}
	if (cols.length > units.length / 10) return out;
	const yv = new Float64Array(nU);
	const w = new Float64Array(nU);
	for (const i of units) {
		const k = i * nY + y;
		yv[i] = Math.log(lp.clients[cat][k] / lp.pop[k]);
		w[i] = 1;
	}
	const fit = olsWithIntercept(yv, cols, w);
	if (!fit) return out;
	for (const i of units) {
		let missing = 0;
		for (const j of colOf) if (Number.isNaN(lp.ind[j][i * nY + y])) missing++;
		if (missing > colOf.length / 2) continue;
		let f = fit.intercept;
		for (let c = 0; c < cols.length; c++) f += fit.coef[c] * cols[c][i];
		out[i] = yv[i] - f;
	}
	return out;
}

function expectSame(lp: LevelPanel): number {
	let compared = 0;
	for (const cat of lp.categories) {
		for (let y = 0; y < lp.nYears; y++) {
			const now = shareDeviation(lp, cat, y);
			const old = oldDeviation(lp, cat, y);
			expect(Array.from(now)).toEqual(Array.from(old));
			compared += old.filter((v) => !Number.isNaN(v)).length;
		}
	}
	return compared;
}

describe('expectedShare on the shared cross-section keeps its numbers', () => {
	it('is bit-identical to the old OLS on a synthetic panel', () => {
		const p = buildPanel(syntheticTables({ gemeenten: 5, wijkenPerGemeente: 12, noise: 0.004 }));
		expect(expectSame(p.wijk)).toBeGreaterThan(100);
	});

	const dir = 'public/data';
	it.runIf(existsSync(`${dir}/clients.parquet`))('is bit-identical to the old OLS on the real snapshot', async () => {
		const p = buildPanel(await loadSnapshotFromDir(dir));
		expect(expectSame(p.gemeente)).toBeGreaterThan(1000);
		expect(expectSame(p.wijk)).toBeGreaterThan(5000);
	}, 60_000);
});
