import { describe, expect, it } from 'vitest';
import { historyModeFor, urlOf } from '../../../src/lib/state/history';
import { DEFAULT_STATE } from '../../../src/lib/state/url-state';

describe('history of views', () => {
	const utrecht = { ...DEFAULT_STATE, gemeente: 'GM0344' };
	it('pushes an entry for another gemeente, wijk or category', () => {
		expect(historyModeFor(DEFAULT_STATE, utrecht)).toBe('push');
		expect(historyModeFor(utrecht, { ...utrecht, wijk: 'WK034401' })).toBe('push');
		expect(historyModeFor(utrecht, { ...utrecht, category: 'hulp_bij_het_huishouden' })).toBe('push');
		expect(historyModeFor(utrecht, DEFAULT_STATE)).toBe('push');
	});
	it('replaces the entry for a year or map-mode change, and for no change', () => {
		expect(historyModeFor(utrecht, { ...utrecht, year: 2020 })).toBe('replace');
		expect(historyModeFor(utrecht, { ...utrecht, measure: 'verandering' })).toBe('replace');
		expect(historyModeFor(utrecht, { ...utrecht })).toBe('replace');
	});
	it('writes the country view as the bare path and other views as a query', () => {
		expect(urlOf(DEFAULT_STATE, '/app/')).toBe('/app/');
		expect(urlOf({ ...utrecht, year: 2021 }, '/')).toBe('?gemeente=GM0344&jaar=2021');
	});
});
