// The snapshot contract: the one schema shared by the data step (writer), the model, the Node CLIs
// and the browser (readers). docs/SCHEMA.md explains every column with its unit; keep both in step.
// Changing a column here is a breaking change for every layer: bump SNAPSHOT_SCHEMA_VERSION.

export const SNAPSHOT_SCHEMA_VERSION = 2;

/** The target indeling: every figure in the snapshot is expressed in these boundaries. */
export const TARGET_INDELING = 2024;

export const CATEGORIES = [
	'totaal',
	'hulp_bij_het_huishouden',
	'ondersteuning_thuis',
	'hulpmiddelen_en_diensten',
	'verblijf_en_opvang'
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
	totaal: 'Wmo totaal',
	hulp_bij_het_huishouden: 'Hulp bij het huishouden',
	ondersteuning_thuis: 'Ondersteuning thuis',
	hulpmiddelen_en_diensten: 'Hulpmiddelen en diensten',
	verblijf_en_opvang: 'Verblijf en opvang'
};

export type Level = 'wijk' | 'gemeente';

/**
 * observed: a published count (possibly estimated through conversion, see `converted`).
 * suppressed: CBS published the region but hid the count (privacy); value is null.
 * not_delivered: the gemeente did not take part in the monitor that period; value is null.
 */
export type ClientStatus = 'observed' | 'suppressed' | 'not_delivered';

/** regions.parquet — one row per region of the target indeling that has geometry. */
export interface RegionRow {
	code: string; // 'GM0363' or 'WK036301'
	level: Level;
	name: string;
	gemeente_code: string; // own code for a gemeente
	gemeente_name: string;
}

/** clients.parquet — region × category × period. */
export interface ClientRow {
	level: Level;
	code: string;
	category: Category;
	period: string; // '2018' for a year, '2018H1' / '2018H2' for a half-year
	year: number;
	half: number; // 0 = whole year, 1 or 2 = half-year
	clients: number | null; // unique persons; null unless status = 'observed'
	status: ClientStatus;
	converted: boolean; // true when estimated through a boundary conversion (address-weighted)
	/** true for a gemeente figure summed from its wijken (no gemeente-level source that period) */
	derived?: boolean;
	/**
	 * true when CBS published the period as voorlopig ("*") or nader voorlopig ("**"): it may still be
	 * revised, a series break not to be smoothed. Absent (= definitief) in a snapshot from the plain
	 * mirror; set by data from `npm run refresh`. Additive: readers that ignore it keep working.
	 */
	provisional?: boolean;
}

/** A population figure: region × year × age band, persons (KWB, 1 January). */
export const AGE_BANDS = ['0-14', '15-24', '25-44', '45-64', '65+', 'totaal'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Column of population.parquet (wide: one row per region × year) holding each age band. */
export const POPULATION_BAND_COLUMNS: Record<AgeBand, string> = {
	'0-14': 'persons_0_14',
	'15-24': 'persons_15_24',
	'25-44': 'persons_25_44',
	'45-64': 'persons_45_64',
	'65+': 'persons_65plus',
	totaal: 'persons_totaal'
};
export interface PopulationRow {
	level: Level;
	code: string;
	year: number;
	age_band: AgeBand;
	persons: number | null;
	converted: boolean;
}

/**
 * An indicator value: region × year × indicator, harmonised across years (indicators.parquet holds
 * them wide, one column per indicator; decoded they are a WideTable, and src/lib/snapshot/wide.ts folds
 * such rows into one).
 * Shares are fractions in [0, 1] of the base named by `unit`, never percentages.
 */
export type IndicatorUnit =
	| 'share_of_inhabitants'
	| 'share_of_households'
	| 'persons_per_household'
	| 'thousand_euro_per_inhabitant'
	| 'addresses_per_km2';
export interface IndicatorRow {
	level: Level;
	code: string;
	year: number;
	indicator: string; // an id from INDICATORS
	value: number | null;
	unit: IndicatorUnit;
	converted: boolean;
}

/** The harmonised indicators. The model may only choose from these; the UI shows `label`. */
export const INDICATORS: Record<string, { label: string; unit: IndicatorUnit }> = {
	aandeel_0_14: { label: 'Aandeel 0–14 jaar', unit: 'share_of_inhabitants' },
	aandeel_15_24: { label: 'Aandeel 15–24 jaar', unit: 'share_of_inhabitants' },
	aandeel_25_44: { label: 'Aandeel 25–44 jaar', unit: 'share_of_inhabitants' },
	aandeel_45_64: { label: 'Aandeel 45–64 jaar', unit: 'share_of_inhabitants' },
	aandeel_65plus: { label: 'Aandeel 65 jaar of ouder', unit: 'share_of_inhabitants' },
	aandeel_ongehuwd: { label: 'Aandeel ongehuwd', unit: 'share_of_inhabitants' },
	aandeel_gescheiden: { label: 'Aandeel gescheiden', unit: 'share_of_inhabitants' },
	aandeel_verweduwd: { label: 'Aandeel weduwen en weduwnaars', unit: 'share_of_inhabitants' },
	aandeel_eenpersoonshuishoudens: { label: 'Aandeel eenpersoonshuishoudens', unit: 'share_of_households' },
	aandeel_bijstand: { label: 'Aandeel met bijstandsuitkering', unit: 'share_of_inhabitants' },
	aandeel_ao: { label: 'Aandeel met arbeidsongeschiktheidsuitkering', unit: 'share_of_inhabitants' },
	aandeel_aow: { label: 'Aandeel met AOW', unit: 'share_of_inhabitants' },
	aandeel_laag_inkomen: { label: 'Aandeel huishoudens met laag inkomen', unit: 'share_of_households' },
	aandeel_sociaal_minimum: { label: 'Aandeel huishoudens onder of rond sociaal minimum', unit: 'share_of_households' },
	huishoudensgrootte: { label: 'Gemiddelde huishoudensgrootte', unit: 'persons_per_household' },
	inkomen_per_inwoner: { label: 'Gemiddeld inkomen per inwoner (× € 1.000)', unit: 'thousand_euro_per_inhabitant' },
	omgevingsadressendichtheid: { label: 'Omgevingsadressendichtheid', unit: 'addresses_per_km2' }
};

/** File names inside the snapshot folder (public/data/). */
export const SNAPSHOT_FILES = {
	manifest: 'manifest.json',
	regions: 'regions.parquet',
	clients: 'clients.parquet',
	population: 'population.parquet',
	indicators: 'indicators.parquet',
	gemeenteGeometry: 'geo/gemeenten.geojson',
	wijkGeometry: 'geo/wijken.geojson'
} as const;

export interface SnapshotManifest {
	schema_version: number;
	built_at: string; // ISO 8601
	target_indeling: number;
	mirror: string; // path or description of the mirror the snapshot came from
	input_fingerprint: string; // hash of the mirror files' names, sizes and mtimes: staleness check
	tables: Record<string, { file: string; rows: number; years: number[]; periods?: string[] }>;
	sources: Array<{ name: string; repository?: string; cbs_tables?: string[]; licence: string; attribution: string }>;
	licences: Array<{ id: string; name: string; url: string; applies_to: string }>;
	geometry: Record<string, { file: string; features: number; bytes: number; simplification: string }>;
	conversion: { method: string; values_converted: number; rule_2015: string };
	notes: string[];
	/** Newest observed year of Wmo clients (additive; set from schema 2 on by the data step). */
	newest_year?: number;
	/** CBS status of that year: 'definitief', 'voorlopig' or 'nader_voorlopig' (additive). */
	newest_status?: 'definitief' | 'voorlopig' | 'nader_voorlopig';
	/** Known series breaks the model and chart should treat as breaks, not trends (additive). */
	series_breaks?: Array<{ year: number; kind: string; applies_to: string; description: string }>;
	/** Where the input came from: the plain mirror, or a refreshed folder (additive). */
	input_source?: { kind: 'mirror' | 'refresh'; dir: string; fetched_at?: string };
}

/**
 * A wide table (population.parquet, indicators.parquet) decoded into columns: entry i is one
 * region × year. Typed arrays rather than one object per value: the indicators alone are 180,000
 * values, which as long rows held most of the forecast worker's heap. Strings are dictionary-coded.
 */
export interface WideTable<K extends string = string> {
	rows: number;
	/** Dictionaries of the level and code columns; -1 in an index column is a null. */
	levels: string[];
	codes: string[];
	level: Int32Array;
	code: Int32Array;
	/** Year of each entry (0 where null, which no panel year matches). */
	year: Int32Array;
	converted: Uint8Array;
	/** One column per age band or indicator; NaN where the cell is empty (absent means missing). */
	values: Record<K, Float64Array>;
}
export type PopulationTable = WideTable<AgeBand>;
export type IndicatorTable = WideTable<string>;

/** The four canonical snapshot tables, decoded (src/lib/snapshot/read.ts). */
export interface SnapshotTables {
	regions: RegionRow[];
	clients: ClientRow[];
	population: PopulationTable;
	indicators: IndicatorTable;
}
