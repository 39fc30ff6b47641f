// Canonical row builders shared by every source adapter (the mirror CSVs and CBS's open-data API).
//
// Contract for adapters: hand `kwbComponents()` ONE record of Kerncijfers wijken en buurten (KWB)
// for one region and year, as a plain object keyed by CBS's own lower-cased keys (aantalinwoners,
// k0tot15jaar, ..., huishoudensmeteenlaaginkomen), values as numbers or null (empty/suppressed).
// Missing keys count as null. It returns additive COUNT components (persons, households, or sums
// such as total income), because only counts can be split over new boundaries by address share.
// `indicatorsFromComponents()` then turns (possibly converted) components into the harmonised
// indicators of INDICATORS in src/lib/snapshot/schema.ts, and `populationFromComponents()` into
// population rows. A Wmo count on the same record goes through `wmoCell()`.
//
// Why counts: KWB mixes counts (aantalinwoners, ongehuwd, ...) with percentages of households
// (huishoudensmeteenlaaginkomen) and averages (gemiddeldehuishoudensgrootte). Percentages and
// averages are turned back into counts of their base (households, inhabitants) here, so that a
// converted wijk gets the base-weighted value of its parts, and divided again at the end.

import type { AgeBand, ClientStatus } from '../../lib/snapshot/schema';

export type KwbRecord = Record<string, number | null | undefined>;

export const COMPONENTS = [
	'inwoners',
	'huishoudens',
	'age_0_14',
	'age_15_24',
	'age_25_44',
	'age_45_64',
	'age_65plus',
	'ongehuwd',
	'gescheiden',
	'verweduwd',
	'eenpersoonshuishoudens',
	'bijstand',
	'ao',
	'aow',
	'hh_laag_inkomen', // households, from a percentage of households
	'hh_sociaal_minimum', // households, from a percentage of households
	'personen_in_huishoudens', // persons, from average household size × households
	'inkomen_totaal', // k€, from average income per inhabitant × inhabitants
	'adressendichtheid_x_inwoners', // addresses/km² × inhabitants, for an inhabitant-weighted mean
	'inwoners_met_inkomen', // base of inkomen_totaal: inhabitants where the income is known
	'inwoners_met_dichtheid', // base of the density mean
	'hh_basis_laag_inkomen', // base of hh_laag_inkomen: households where the percentage is known
	'hh_basis_sociaal_minimum', // base of hh_sociaal_minimum
	'hh_met_grootte' // base of personen_in_huishoudens
] as const;
export type Component = (typeof COMPONENTS)[number];
export type Components = Record<Component, number | null>;

const AGE_KEYS = ['k0tot15jaar', 'k15tot25jaar', 'k25tot45jaar', 'k45tot65jaar', 'k65jaarofouder'] as const;
const MARITAL_KEYS = ['ongehuwd', 'gehuwd', 'gescheiden', 'verweduwd'] as const;

function num(rec: KwbRecord, key: string): number | null {
	const v = rec[key];
	return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/**
 * How a group of columns that partitions the inhabitants is expressed in this record. Older KWB
 * tables gave age groups and marital status as percentages; the mirror's files give counts, but an
 * API record may not. Counts sum to about the inhabitants (CBS rounds to 5, so small wijken drift);
 * percentages sum to about 100. A large wijk whose groups sum to ~100 is read as percentages.
 */
export function groupUnit(rec: KwbRecord, keys: readonly string[]): 'count' | 'percentage' | 'unknown' {
	const inw = num(rec, 'aantalinwoners');
	const vals = keys.map((k) => num(rec, k));
	if (inw === null || vals.some((v) => v === null)) return 'unknown';
	const sum = (vals as number[]).reduce((a, b) => a + b, 0);
	if (inw >= 300 && Math.abs(sum - 100) <= 3) return 'percentage';
	return 'count';
}

function groupCounts(rec: KwbRecord, keys: readonly string[]): Record<string, number | null> {
	const unit = groupUnit(rec, keys);
	const inw = num(rec, 'aantalinwoners');
	const out: Record<string, number | null> = {};
	for (const k of keys) {
		const v = num(rec, k);
		out[k] = v === null ? null : unit === 'percentage' && inw !== null ? (v / 100) * inw : v;
	}
	return out;
}

function times(a: number | null, b: number | null, scale = 1): number | null {
	return a === null || b === null ? null : a * b * scale;
}

function baseIf(value: number | null, base: number | null): number | null {
	return value === null ? null : base;
}

export function kwbComponents(rec: KwbRecord): Components {
	const inwoners = num(rec, 'aantalinwoners');
	const huishoudens = num(rec, 'huishoudenstotaal');
	const age = groupCounts(rec, AGE_KEYS);
	const marital = groupCounts(rec, MARITAL_KEYS);
	const laag = num(rec, 'huishoudensmeteenlaaginkomen');
	const socmin = num(rec, 'huishonderofrondsociaalminimum');
	const inkomen = num(rec, 'gemiddeldinkomenperinwoner');
	const dichtheid = num(rec, 'omgevingsadressendichtheid');
	const grootte = num(rec, 'gemiddeldehuishoudensgrootte');
	return {
		inwoners,
		huishoudens,
		age_0_14: age.k0tot15jaar,
		age_15_24: age.k15tot25jaar,
		age_25_44: age.k25tot45jaar,
		age_45_64: age.k45tot65jaar,
		age_65plus: age.k65jaarofouder,
		ongehuwd: marital.ongehuwd,
		gescheiden: marital.gescheiden,
		verweduwd: marital.verweduwd,
		eenpersoonshuishoudens: num(rec, 'eenpersoonshuishoudens'),
		bijstand: num(rec, 'personenpersoortuitkeringbijstand'),
		ao: num(rec, 'personenpersoortuitkeringao'),
		aow: num(rec, 'personenpersoortuitkeringaow'),
		hh_laag_inkomen: times(laag, huishoudens, 0.01),
		hh_sociaal_minimum: times(socmin, huishoudens, 0.01),
		personen_in_huishoudens: times(grootte, huishoudens),
		inkomen_totaal: times(inkomen, inwoners),
		adressendichtheid_x_inwoners: times(dichtheid, inwoners),
		inwoners_met_inkomen: baseIf(inkomen, inwoners),
		inwoners_met_dichtheid: baseIf(dichtheid, inwoners),
		hh_basis_laag_inkomen: baseIf(laag, huishoudens),
		hh_basis_sociaal_minimum: baseIf(socmin, huishoudens),
		hh_met_grootte: baseIf(grootte, huishoudens)
	};
}

/** Numerator and base component of every harmonised indicator id (see INDICATORS). */
export const INDICATOR_RECIPES: Record<string, { num: Component; base: Component; max: number }> = {
	aandeel_0_14: { num: 'age_0_14', base: 'inwoners', max: 1 },
	aandeel_15_24: { num: 'age_15_24', base: 'inwoners', max: 1 },
	aandeel_25_44: { num: 'age_25_44', base: 'inwoners', max: 1 },
	aandeel_45_64: { num: 'age_45_64', base: 'inwoners', max: 1 },
	aandeel_65plus: { num: 'age_65plus', base: 'inwoners', max: 1 },
	aandeel_ongehuwd: { num: 'ongehuwd', base: 'inwoners', max: 1 },
	aandeel_gescheiden: { num: 'gescheiden', base: 'inwoners', max: 1 },
	aandeel_verweduwd: { num: 'verweduwd', base: 'inwoners', max: 1 },
	aandeel_eenpersoonshuishoudens: { num: 'eenpersoonshuishoudens', base: 'huishoudens', max: 1 },
	aandeel_bijstand: { num: 'bijstand', base: 'inwoners', max: 1 },
	aandeel_ao: { num: 'ao', base: 'inwoners', max: 1 },
	aandeel_aow: { num: 'aow', base: 'inwoners', max: 1 },
	aandeel_laag_inkomen: { num: 'hh_laag_inkomen', base: 'hh_basis_laag_inkomen', max: 1 },
	aandeel_sociaal_minimum: { num: 'hh_sociaal_minimum', base: 'hh_basis_sociaal_minimum', max: 1 },
	huishoudensgrootte: { num: 'personen_in_huishoudens', base: 'hh_met_grootte', max: 20 },
	inkomen_per_inwoner: { num: 'inkomen_totaal', base: 'inwoners_met_inkomen', max: 1000 },
	omgevingsadressendichtheid: { num: 'adressendichtheid_x_inwoners', base: 'inwoners_met_dichtheid', max: 100000 }
};

/**
 * Harmonised indicator values from components. Null when the numerator or base is unknown or the
 * base is 0, and when the result is impossible (a share above 1 happens when CBS rounds a tiny
 * wijk's counts to 5 differently); the caller counts those as `impossible`.
 */
export function indicatorsFromComponents(c: Partial<Components>): Record<string, { value: number | null; impossible: boolean }> {
	const out: Record<string, { value: number | null; impossible: boolean }> = {};
	for (const [id, r] of Object.entries(INDICATOR_RECIPES)) {
		const n = c[r.num] ?? null;
		const b = c[r.base] ?? null;
		if (n === null || b === null || b <= 0) {
			out[id] = { value: null, impossible: false };
			continue;
		}
		const v = n / b;
		out[id] = v < 0 || v > r.max ? { value: null, impossible: true } : { value: v, impossible: false };
	}
	return out;
}

const BAND_COMPONENT: Record<AgeBand, Component> = {
	'0-14': 'age_0_14',
	'15-24': 'age_15_24',
	'25-44': 'age_25_44',
	'45-64': 'age_45_64',
	'65+': 'age_65plus',
	totaal: 'inwoners'
};

export function populationFromComponents(c: Partial<Components>): Record<AgeBand, number | null> {
	const out = {} as Record<AgeBand, number | null>;
	for (const [band, comp] of Object.entries(BAND_COMPONENT) as [AgeBand, Component][]) out[band] = c[comp] ?? null;
	return out;
}

/** A Wmo count cell: empty means suppressed (the region was published, the number was hidden). */
export function wmoCell(clients: number | null | undefined): { value: number | null; status: ClientStatus } {
	return clients === null || clients === undefined ? { value: null, status: 'suppressed' } : { value: clients, status: 'observed' };
}
