import { describe, expect, it } from 'vitest';
import { enterChoice, normaliseName, searchGemeenten } from '../../../src/lib/ui/gemeente-search';

const options = [
	{ code: 'GM0344', name: 'Utrecht' },
	{ code: 'GM0345', name: 'Veenendaal' },
	{ code: 'GM0796', name: "'s-Hertogenbosch" },
	{ code: 'GM0518', name: "'s-Gravenhage" },
	{ code: 'GM1904', name: 'Stichtse Vecht' },
	{ code: 'GM0310', name: 'De Bilt' },
	{ code: 'GM0402', name: 'Hilversum' },
	{ code: 'GM0988', name: 'Leudal' },
	{ code: 'GM1911', name: 'Súdwest-Fryslân' }
];
const names = (q: string) => searchGemeenten(options, q).map((o) => o.name);

describe('gemeente search', () => {
	it('normalises accents, case and punctuation', () => {
		expect(normaliseName("  'S-Hertogenbosch ")).toBe('s hertogenbosch');
		expect(normaliseName('Súdwest-Fryslân')).toBe('sudwest fryslan');
	});

	it('puts exact and prefix matches before word and substring matches', () => {
		expect(names('ut')).toEqual(['Utrecht']);
		expect(names('vecht')).toEqual(['Stichtse Vecht']);
		expect(names('ve').slice(0, 2)).toEqual(['Veenendaal', 'Stichtse Vecht']); // then substrings: Hilversum, 's-Gravenhage
		expect(names('il')).toEqual(['De Bilt', 'Hilversum']); // substrings, alphabetical
	});

	it('finds names with accents and common aliases', () => {
		expect(names('sudwest')).toEqual(['Súdwest-Fryslân']);
		expect(names('den bosch')).toEqual(["'s-Hertogenbosch"]);
		expect(names('Den Haag')).toEqual(["'s-Gravenhage"]);
	});

	it('finds a gemeente by its code, with or without GM', () => {
		expect(names('GM0344')).toEqual(['Utrecht']);
		expect(names('0310')).toEqual(['De Bilt']);
	});

	it('returns nothing for an empty query and respects the limit', () => {
		expect(names('   ')).toEqual([]);
		expect(searchGemeenten(options, 'e', 3)).toHaveLength(3);
	});
});

describe('gemeente search: what Enter chooses and aliases by prefix', () => {
	const more = [...options, { code: 'GM0355', name: 'Zeist' }, { code: 'GM1581', name: 'Utrechtse Heuvelrug' }, { code: 'GM0757', name: 'Boxtel' }, { code: 'GM0400', name: 'Den Helder' }];
	const find = (q: string) => searchGemeenten(more, q).map((o) => o.name);

	it('finds aliases by their prefix: "Den B" → \'s-Hertogenbosch, "Den H" → \'s-Gravenhage', () => {
		expect(find('Den B')).toEqual(["'s-Hertogenbosch"]);
		expect(find('Den H').sort()).toEqual(["'s-Gravenhage", 'Den Helder'].sort());
		expect(find('den ha')).toEqual(["'s-Gravenhage"]);
	});

	it('puts the exact name first, so the first option for "Utrecht" is Utrecht', () => {
		expect(find('Utrecht')).toEqual(['Utrecht', 'Utrechtse Heuvelrug']);
		expect(enterChoice(more, 'Utrecht')?.name).toBe('Utrecht');
	});

	it('chooses on Enter only an exact, prefix or word-prefix match, never a bare substring', () => {
		expect(find('x')).toEqual(['Boxtel']);
		expect(enterChoice(more, 'x')).toBeNull();
		expect(enterChoice(more, 'zei')?.name).toBe('Zeist');
		expect(enterChoice(more, 'heuvel')?.name).toBe('Utrechtse Heuvelrug');
		expect(enterChoice(more, 'den b')?.name).toBe("'s-Hertogenbosch");
		expect(enterChoice(more, '0344')?.name).toBe('Utrecht');
		expect(enterChoice(more, '   ')).toBeNull();
	});
});
