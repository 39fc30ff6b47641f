// The WMOBUS code lists of seed 003 and the mapping of the 18 type codes onto the five CBS categories
// of the Gemeentelijke Monitor Sociaal Domein (GMSD). Data, not code: docs/LOCAL_DATA.md shows it.

export interface TypeCode {
	code: string;
	label: string;
	/** GMSD category this type is counted in, besides totaal; null = totaal only */
	category: string | null;
	/** id of the extra per-type subcategory */
	sub: string;
}

export const TYPE_CODES: TypeCode[] = [
	{ code: '01', label: 'Hulp bij het huishouden', category: 'hulp_bij_het_huishouden', sub: 'hulp_bij_het_huishouden_type' },
	{ code: '02', label: 'Begeleiding', category: 'ondersteuning_thuis', sub: 'begeleiding' },
	{ code: '03', label: 'Persoonlijke verzorging', category: 'ondersteuning_thuis', sub: 'persoonlijke_verzorging' },
	{ code: '04', label: 'Kortdurend verblijf', category: 'ondersteuning_thuis', sub: 'kortdurend_verblijf' },
	{ code: '05', label: 'Woondiensten', category: 'hulpmiddelen_en_diensten', sub: 'woondiensten' },
	{ code: '06', label: 'Overige ondersteuning gericht op het individu of huishouden/gezin', category: 'ondersteuning_thuis', sub: 'overige_ondersteuning_individu' },
	{ code: '07', label: 'Dagbesteding', category: 'ondersteuning_thuis', sub: 'dagbesteding' },
	{ code: '08', label: 'Vervoersdiensten', category: 'hulpmiddelen_en_diensten', sub: 'vervoersdiensten' },
	{ code: '09', label: 'Overige groepsgerichte ondersteuning', category: 'ondersteuning_thuis', sub: 'overige_groepsgerichte_ondersteuning' },
	{ code: '10', label: 'Overige maatwerkarrangementen', category: null, sub: 'overige_maatwerkarrangementen' },
	{ code: '11', label: 'Rolstoelen', category: 'hulpmiddelen_en_diensten', sub: 'rolstoelen' },
	{ code: '12', label: 'Vervoersvoorzieningen', category: 'hulpmiddelen_en_diensten', sub: 'vervoersvoorzieningen' },
	{ code: '13', label: 'Woonvoorzieningen', category: 'hulpmiddelen_en_diensten', sub: 'woonvoorzieningen' },
	{ code: '14', label: 'Overige hulpmiddelen', category: 'hulpmiddelen_en_diensten', sub: 'overige_hulpmiddelen' },
	{ code: '15', label: 'Beschermd wonen', category: 'verblijf_en_opvang', sub: 'beschermd_wonen' },
	{ code: '16', label: 'Opvang', category: 'verblijf_en_opvang', sub: 'opvang' },
	{ code: '17', label: 'Spoedopvang', category: 'verblijf_en_opvang', sub: 'spoedopvang' },
	{ code: '18', label: 'Overige beschermd wonen en opvang', category: 'verblijf_en_opvang', sub: 'overige_beschermd_wonen_en_opvang' }
];

/** Generieke toewijzing: reported apart, never in totaal or a category. */
export const GENERIEK = { code: '88', id: 'generieke_toewijzing', label: 'Generieke toewijzing' };

/** Combined subcategories the national model covers at gemeente level. */
export const COMBINED_SUBCATEGORIES: Array<{ id: string; label: string; codes: string[] }> = [
	{ id: 'woon_en_vervoersvoorzieningen', label: 'Woon- en vervoersvoorzieningen', codes: ['12', '13'] }
];

export const MAIN_CATEGORIES: Array<{ id: string; label: string }> = [
	{ id: 'totaal', label: 'Wmo totaal' },
	{ id: 'hulp_bij_het_huishouden', label: 'Hulp bij het huishouden' },
	{ id: 'ondersteuning_thuis', label: 'Ondersteuning thuis' },
	{ id: 'hulpmiddelen_en_diensten', label: 'Hulpmiddelen en diensten' },
	{ id: 'verblijf_en_opvang', label: 'Verblijf en opvang' }
];

/** Extra categories (ids and Dutch labels) produced from records, beyond the five. */
export function extraCategories(): Array<{ id: string; label: string }> {
	return [
		...TYPE_CODES.map((t) => ({ id: t.sub, label: `${t.label} (type ${t.code})` })),
		...COMBINED_SUBCATEGORIES.map((c) => ({ id: c.id, label: c.label })),
		{ id: GENERIEK.id, label: `${GENERIEK.label} (type 88, apart geteld)` }
	];
}

/** All (type, category) pairs: the join table of the aggregation SQL. */
export function typeCategoryPairs(): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	for (const t of TYPE_CODES) {
		pairs.push([t.code, 'totaal']);
		if (t.category) pairs.push([t.code, t.category]);
		pairs.push([t.code, t.sub]);
	}
	for (const c of COMBINED_SUBCATEGORIES) for (const code of c.codes) pairs.push([code, c.id]);
	pairs.push([GENERIEK.code, GENERIEK.id]);
	return pairs;
}

export const KNOWN_TYPES = new Set([...TYPE_CODES.map((t) => t.code), GENERIEK.code]);

export const FINANCIERINGSVORMEN: Record<string, string> = { '2': 'persoonsgebonden budget (PGB)', '4': 'zorg in natura (ZIN)', '6': 'Anders' };

export const REDEN_EINDE = new Set(['02', '12', '17', '18', '19', '20', '21', '22', '23', '31', '32', '33', '34', '36', '37', '38', '39', '81']);

/** ToestemmingWmo: 1 = alleen 1e halfjaar, 2 = alleen 2e halfjaar, 3 = beide halfjaren. */
export const TOESTEMMING: Record<string, string> = { '1': 'alleen 1e halfjaar', '2': 'alleen 2e halfjaar', '3': 'beide halfjaren' };

export const DROP_LABELS = {
	geen_toestemming: 'geen publicatietoestemming (ToestemmingWmo) voor de periode',
	buiten_periode: 'valt buiten de periode (of buiten de geldigheid van het record)',
	onbekend_type: 'onbekende TypeArrangementWmo-code',
	eind_voor_begin: 'einddatum ligt vóór de begindatum'
} as const;

/** Normalise a type code: '1' → '01'. */
export function normType(v: string): string {
	const s = v.trim();
	return /^\d$/.test(s) ? '0' + s : s;
}
