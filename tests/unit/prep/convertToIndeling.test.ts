import { describe, expect, it } from 'vitest';
import { conservation } from '../../../src/prep/convert/conservation';
import { convertToIndeling, type SourceCell } from '../../../src/prep/convert/convertToIndeling';
import { buildMatrix, contributorsOf } from '../../../src/prep/convert/matrix';

const observed = (value: number): SourceCell => ({ value, status: 'observed' });

describe('convertToIndeling', () => {
	it('splits a wijk over its successors by address share', () => {
		// WK000101 (200 addresses) was split: 150 addresses to WK000110, 50 to WK000111.
		const m = buildMatrix('wijk', 2017, 2024, [
			{ code_van: 'WK000101', code_naar: 'WK000110', n_adressen: 150 },
			{ code_van: 'WK000101', code_naar: 'WK000111', n_adressen: 50 }
		]);
		const sources = new Map([['WK000101', observed(120)], ['WK000102', observed(30)]]);
		const out = convertToIndeling(['WK000110', 'WK000111', 'WK000102'], m, (s) => sources.get(s) ?? { value: null, status: 'not_delivered' });
		expect(out.get('WK000110')).toMatchObject({ value: 90, status: 'observed', converted: true }); // 120 × 150/200
		expect(out.get('WK000111')).toMatchObject({ value: 30, status: 'observed', converted: true }); // 120 × 50/200
		// Unlisted codes are unchanged and not marked as converted.
		expect(out.get('WK000102')).toMatchObject({ value: 30, status: 'observed', converted: false });
	});

	it('adds up merged gemeenten, including a part of a split one', () => {
		// GM0001 and GM0002 merged into GM0009; 10 of GM0003's 100 addresses went along.
		const m = buildMatrix('gemeente', 2018, 2024, [
			{ code_van: 'GM0001', code_naar: 'GM0009', n_adressen: 400 },
			{ code_van: 'GM0002', code_naar: 'GM0009', n_adressen: 600 },
			{ code_van: 'GM0003', code_naar: 'GM0009', n_adressen: 10 },
			{ code_van: 'GM0003', code_naar: 'GM0003', n_adressen: 90 }
		]);
		const sources = new Map([['GM0001', observed(50)], ['GM0002', observed(70)], ['GM0003', observed(200)]]);
		const out = convertToIndeling(['GM0009', 'GM0003'], m, (s) => sources.get(s) as SourceCell);
		expect(out.get('GM0009')?.value).toBeCloseTo(50 + 70 + 20, 10); // 200 × 10/100 = 20
		expect(out.get('GM0003')?.value).toBeCloseTo(180, 10);
		expect(out.get('GM0003')?.converted).toBe(true);
		const c = conservation(['GM0009', 'GM0003'], m, sources, out);
		expect(c.before).toBe(320);
		expect(c.after).toBeCloseTo(320, 10);
		expect(c.intoMissing).toBe(0);
	});

	it('keeps a target missing when a non-negligible source is missing', () => {
		const m = buildMatrix('gemeente', 2018, 2024, [
			{ code_van: 'GM0001', code_naar: 'GM0009', n_adressen: 400 },
			{ code_van: 'GM0002', code_naar: 'GM0009', n_adressen: 600 }
		]);
		const sources = new Map<string, SourceCell>([['GM0001', observed(50)]]);
		const lookup = (s: string): SourceCell => sources.get(s) ?? { value: null, status: 'not_delivered' };
		const out = convertToIndeling(['GM0009'], m, lookup);
		expect(out.get('GM0009')).toMatchObject({ value: null, status: 'not_delivered', converted: true });
		expect(out.get('GM0009')?.missingWeight).toBeCloseTo(0.6, 10);
		// Nothing is lost silently: the observed 50 is accounted for as flowing into a missing target.
		const c = conservation(['GM0009'], m, sources, out);
		expect(c).toMatchObject({ before: 50, after: 0, intoMissing: 50, unmapped: 0 });
	});

	it('marks a suppressed source as suppressed, and ignores a missing sliver of at most 1%', () => {
		const m = buildMatrix('wijk', 2018, 2024, [
			{ code_van: 'WK000101', code_naar: 'WK000101', n_adressen: 995 },
			{ code_van: 'WK000202', code_naar: 'WK000101', n_adressen: 5 },
			{ code_van: 'WK000202', code_naar: 'WK000202', n_adressen: 495 }
		]);
		const cells: Record<string, SourceCell> = { WK000101: observed(100), WK000202: { value: null, status: 'suppressed' } };
		const out = convertToIndeling(['WK000101', 'WK000202'], m, (s) => cells[s]);
		// 5 of WK000101's 1000 target addresses (0.5%) come from the suppressed wijk: value kept.
		expect(out.get('WK000101')).toMatchObject({ value: 100, status: 'observed', converted: true });
		expect(out.get('WK000202')).toMatchObject({ value: null, status: 'suppressed' });
		// A stricter tolerance makes it missing.
		expect(convertToIndeling(['WK000101'], m, (s) => cells[s], 0).get('WK000101')?.status).toBe('suppressed');
	});

	it('treats a target that received no addresses as not existing in that year', () => {
		const m = buildMatrix('wijk', 2018, 2024, [{ code_van: 'WK000101', code_naar: 'WK000102', n_adressen: 10 }]);
		expect(contributorsOf(m, 'WK000101')).toEqual([]);
		const out = convertToIndeling(['WK000101'], m, () => observed(5));
		expect(out.get('WK000101')).toMatchObject({ value: null, status: 'not_delivered' });
	});
});
