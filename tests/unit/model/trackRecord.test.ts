// Each unit's own track record (issue 13), on hand-computed points.
import { describe, expect, it } from 'vitest';
import { trackRecordFor, trackRecordTally, type TrackPoint } from '../../../src/lib/model/trackRecord';

const p = (code: string, origin: number, horizon: number, actual: number, model: number, naive: number): TrackPoint => ({ code, category: 'totaal', origin, horizon, actual, model, naive });

describe('track record', () => {
	const points = [p('GM1', 2016, 1, 100, 110, 80), p('GM1', 2015, 1, 200, 190, 200), p('GM2', 2015, 1, 100, 130, 110), p('GM1', 2015, 1, 50, 60, 50)].map((x, i) =>
		i === 3 ? { ...x, category: 'ondersteuning_thuis' as const } : x
	);

	it('averages the absolute percentage errors of the unit and category, sorted by origin', () => {
		const r = trackRecordFor(points, 'GM1', 'totaal')!;
		expect(r.rows.map((x) => x.origin)).toEqual([2015, 2016]);
		// model: |190−200|/200 = 5%, |110−100|/100 = 10% → 7.5%; naive: 0% and 20% → 10%.
		expect(r.modelMape).toBeCloseTo(0.075, 12);
		expect(r.naiveMape).toBeCloseTo(0.1, 12);
		expect(r.worseThanNaive).toBe(false);
		expect(trackRecordFor(points, 'GM2', 'totaal')!.worseThanNaive).toBe(true);
		expect(trackRecordFor(points, 'GM3', 'totaal')).toBeNull();
	});

	it('tallies units where the model beat naive and where it did not', () => {
		expect(trackRecordTally(points, ['GM1', 'GM2', 'GM3'], 'totaal')).toEqual({ units: 2, better: 1, worse: 1, equal: 0 });
	});
});
