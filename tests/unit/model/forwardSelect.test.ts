import { describe, expect, it } from 'vitest';
import { forwardSelect } from '../../../src/lib/model/forwardSelect';

describe('forward selection validated on time', () => {
	// Two "years" of 40 rows: y = 0.1 + 2·x1 + tiny noise; x0 and x2 are unrelated.
	const n = 80;
	const x0 = new Float64Array(n);
	const x1 = new Float64Array(n);
	const x2 = new Float64Array(n);
	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		x0[i] = Math.sin(i * 1.7);
		x1[i] = Math.cos(i * 0.9);
		x2[i] = ((i * 37) % 11) / 11 - 0.5;
		y[i] = 0.1 + 2 * x1[i] + 0.01 * Math.sin(i * 5.3);
	}
	const w = new Float64Array(n).fill(1);
	const train = new Uint8Array(n);
	const val = new Uint8Array(n);
	for (let i = 0; i < n; i++) (i < 40 ? train : val)[i] = 1;

	it('picks the variable that drives the target, and stops there', () => {
		const r = forwardSelect(y, [x0, x1, x2], w, [{ train, val }], 3);
		expect(r.selected[0]).toBe(1);
		expect(r.selected.length).toBe(1);
		expect(r.steps[0].score).toBeLessThan(r.baseScore);
	});

	it('selects nothing when no candidate improves the validation year', () => {
		const r = forwardSelect(y, [x0, x2], w, [{ train, val }], 3, 0.05);
		expect(r.selected).toEqual([]);
	});
});
