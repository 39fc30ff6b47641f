import { describe, expect, it } from 'vitest';
import { ariaSort, defaultDir, nextSort, sortRows } from '../../../src/lib/ui/tableSort';
import type { WijkRow } from '../../../src/lib/view/types';

const row = (code: string, name: string, forecast: number | null, extra: Partial<WijkRow> = {}): WijkRow => ({
	code,
	name,
	clients: forecast === null ? null : forecast - 10,
	share: forecast === null ? null : forecast / 10000,
	forecast,
	lower: forecast === null ? null : forecast - 20,
	upper: forecast === null ? null : forecast + 20,
	change: forecast === null ? null : (forecast - 100) / 100,
	reliability: forecast === null ? 'none' : forecast < 100 ? 'unreliable' : 'ok',
	...extra
});

const rows: WijkRow[] = [
	row('WK01', 'Wijk 10 Zuid', 120),
	row('WK02', 'wijk 2 Noord', 80),
	row('WK03', 'Centrum', null),
	row('WK04', 'Émile-buurt', 300),
	row('WK05', 'Oost', 120)
];
const codes = (r: WijkRow[]) => r.map((x) => x.code);

describe('sortRows', () => {
	it('sorts numbers descending and ascending with missing values last both ways', () => {
		expect(codes(sortRows(rows, { key: 'forecast', dir: 'desc' }))).toEqual(['WK04', 'WK05', 'WK01', 'WK02', 'WK03']);
		expect(codes(sortRows(rows, { key: 'forecast', dir: 'asc' }))).toEqual(['WK02', 'WK05', 'WK01', 'WK04', 'WK03']);
	});
	it('breaks ties by name (Oost before Wijk 10 Zuid)', () => {
		const s = sortRows(rows, { key: 'clients', dir: 'desc' });
		expect(codes(s).slice(1, 3)).toEqual(['WK05', 'WK01']);
	});
	it('sorts names the Dutch way: case- and accent-insensitive, numbers numerically', () => {
		expect(codes(sortRows(rows, { key: 'name', dir: 'asc' }))).toEqual(['WK03', 'WK04', 'WK05', 'WK02', 'WK01']);
		expect(codes(sortRows(rows, { key: 'name', dir: 'desc' }))).toEqual(['WK01', 'WK02', 'WK05', 'WK04', 'WK03']);
	});
	it('sorts reliability from ok to none', () => {
		expect(sortRows(rows, { key: 'reliability', dir: 'asc' }).map((r) => r.reliability)).toEqual([
			'ok',
			'ok',
			'ok',
			'unreliable',
			'none'
		]);
	});
	it('sorts the interval by its lower bound and change and share as numbers', () => {
		expect(codes(sortRows(rows, { key: 'interval', dir: 'asc' }))[0]).toBe('WK02');
		expect(codes(sortRows(rows, { key: 'change', dir: 'desc' }))[0]).toBe('WK04');
		expect(codes(sortRows(rows, { key: 'share', dir: 'asc' })).at(-1)).toBe('WK03');
	});
	it('does not mutate its input', () => {
		const before = codes(rows);
		sortRows(rows, { key: 'forecast', dir: 'asc' });
		expect(codes(rows)).toEqual(before);
	});
});

describe('sort state', () => {
	it('toggles on the same column and uses a sensible default on a new one', () => {
		expect(nextSort({ key: 'forecast', dir: 'desc' }, 'forecast')).toEqual({ key: 'forecast', dir: 'asc' });
		expect(nextSort({ key: 'forecast', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
		expect(nextSort({ key: 'name', dir: 'asc' }, 'change')).toEqual({ key: 'change', dir: 'desc' });
		expect(defaultDir('reliability')).toBe('asc');
	});
	it('maps to aria-sort values', () => {
		expect(ariaSort({ key: 'name', dir: 'asc' }, 'name')).toBe('ascending');
		expect(ariaSort({ key: 'name', dir: 'desc' }, 'name')).toBe('descending');
		expect(ariaSort({ key: 'name', dir: 'asc' }, 'forecast')).toBe('none');
	});
});
