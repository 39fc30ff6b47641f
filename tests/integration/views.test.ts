// The views the worker hands the page, on the real snapshot: what the table and summary say about
// each wijk must match its forecast row (a reliable forecast carries no "no forecast" reason).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshotFromDir } from '../../src/cli/loadSnapshot';
import { Pipeline } from '../../src/lib/pipeline/run';
import { gemeenteView, indexResult } from '../../src/lib/view/views';
import type { GemeenteView } from '../../src/lib/view/types';

let tilburg: GemeenteView;

beforeAll(async () => {
	const tables = await loadSnapshotFromDir('public/data');
	const pipeline = new Pipeline(tables);
	const view = gemeenteView(indexResult(pipeline.tables, await pipeline.run()), 'GM0855');
	tilburg = view!;
}, 120_000);

describe('gemeente view (Tilburg)', () => {
	it('gives a wijk with a forecast no reason, and a wijk without one its reason', () => {
		const series = tilburg.series.totaal.wijken;
		expect(series.length).toBeGreaterThan(50);
		for (const s of series) {
			if (s.reliability === 'none') expect(s.reason).toBeTruthy();
			else expect([null, 'few_clients', 'short_history', 'from_wijken']).toContain(s.reason);
			if (s.reliability === 'ok') expect(s.reason).toBeNull();
		}
		expect(series.some((s) => s.reliability === 'ok' && s.reason === null)).toBe(true);
	});
});
