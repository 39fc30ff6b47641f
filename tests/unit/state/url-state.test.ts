import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseViewState, serializeViewState, validateViewState, type ViewState } from '../../../src/lib/state/url-state';

const parse = (q: string) => parseViewState(new URLSearchParams(q));
const known = {
	hasGemeente: (c: string) => ['GM0363', 'GM0344'].includes(c),
	hasWijk: (c: string) => ['WK0363AF', 'WK034401'].includes(c),
	years: { first: 2014, last: 2023 }
};

describe('URL state', () => {
	it('defaults to the country view', () => {
		expect(parse('')).toEqual({ state: DEFAULT_STATE, problems: [] });
	});

	it('round-trips every field', () => {
		const state: ViewState = { gemeente: 'GM0363', category: 'hulp_bij_het_huishouden', year: 2021, wijk: 'WK0363AF', measure: 'verandering' };
		const q = serializeViewState(state).toString();
		expect(q).toBe('gemeente=GM0363&categorie=hulp_bij_het_huishouden&jaar=2021&wijk=WK0363AF&kaart=verandering');
		expect(parse(q)).toEqual({ state, problems: [] });
	});

	it('keeps links short: defaults are not written', () => {
		expect(serializeViewState(DEFAULT_STATE).toString()).toBe('');
	});

	it('accepts lower case codes and derives the gemeente from a wijk', () => {
		const { state, problems } = parse('wijk=wk036301');
		expect(problems).toEqual([]);
		expect(state.wijk).toBe('WK036301');
		expect(state.gemeente).toBe('GM0363');
	});

	it('drops malformed values with a Dutch message each, keeping the rest', () => {
		const { state, problems } = parse('gemeente=Utrecht&categorie=zorg&jaar=20x9&kaart=taart&wijk=WK1');
		expect(state).toEqual(DEFAULT_STATE);
		expect(problems).toHaveLength(5);
		expect(problems[0]).toMatch(/gemeentecode „UTRECHT” in de link is ongeldig/);
		expect(problems[1]).toMatch(/categorie „zorg” in de link bestaat niet/);
		expect(problems[2]).toMatch(/jaar „20x9”/);
		expect(problems.join(' ')).toMatch(/wijkcode „WK1”/);
	});

	it('rejects a wijk of another gemeente', () => {
		const { state, problems } = parse('gemeente=GM0344&wijk=WK036301');
		expect(state.gemeente).toBe('GM0344');
		expect(state.wijk).toBeNull();
		expect(problems[0]).toMatch(/hoort niet bij gemeente GM0344/);
	});

	it('validates codes and years against the snapshot', () => {
		const unknown = validateViewState({ ...DEFAULT_STATE, gemeente: 'GM9999', wijk: 'WK999901', year: 2030 }, known);
		expect(unknown.state.gemeente).toBeNull();
		expect(unknown.state.wijk).toBeNull();
		expect(unknown.state.year).toBeNull();
		expect(unknown.problems[0]).toMatch(/Gemeente GM9999 uit de link bestaat niet/);
		expect(unknown.problems[1]).toMatch(/2030 valt buiten 2014–2023/);

		const ok = validateViewState({ ...DEFAULT_STATE, gemeente: 'GM0363', wijk: 'WK0363AF', year: 2020 }, known);
		expect(ok.problems).toEqual([]);
		expect(ok.state.wijk).toBe('WK0363AF');
	});
});

describe('a link from a sender with own data', () => {
	it('tells the recipient that the own data is not in the link, and keeps the view', () => {
		const p = parseViewState(new URLSearchParams('gemeente=GM0344&eigen=1'));
		expect(p.state.gemeente).toBe('GM0344');
		expect(p.problems.join(' ')).toMatch(/eigen gegevens.*niet in de link/);
		expect(serializeViewState(p.state).toString()).toBe('gemeente=GM0344');
	});
});
