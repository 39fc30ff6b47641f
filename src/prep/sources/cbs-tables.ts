// The one place where CBS StatLine table ids live. The mirror adapter cites them in the manifest;
// the open-data API adapter fetches them for a live refresh of newer years.

export interface CbsTable {
	id: string;
	year: number;
	title: string;
}

/** Wmo-cliënten per wijk (maatwerkvoorzieningen, financieringsvorm Totaal). */
export const WMO_WIJK_TOTAAL: CbsTable[] = [
	{ id: '83267NED', year: 2015, title: 'Wmo-cliënten; wijken en buurten 2015' },
	{ id: '83620NED', year: 2016, title: 'Wmo-cliënten; wijken en buurten 2016' },
	{ id: '83818NED', year: 2017, title: 'Wmo-cliënten; wijken en buurten 2017' },
	{ id: '84421NED', year: 2018, title: 'Wmo-cliënten; wijken en buurten 2018' }
];

/** Wmo-cliënten per type maatwerkarrangement, wijk and gemeente, per half-year. */
export const WMO_TYPE_HALFJAAR: CbsTable[] = [
	{ id: '84751NED', year: 2017, title: 'Wmo-cliënten naar type maatwerkarrangement; wijken 2017' },
	{ id: '84752NED', year: 2018, title: 'Wmo-cliënten naar type maatwerkarrangement; wijken 2018' }
];

/** Kerncijfers wijken en buurten (KWB). */
export const KWB: CbsTable[] = [
	{ id: '83220NED', year: 2015, title: 'Kerncijfers wijken en buurten 2015' },
	{ id: '83487NED', year: 2016, title: 'Kerncijfers wijken en buurten 2016' },
	{ id: '83765NED', year: 2017, title: 'Kerncijfers wijken en buurten 2017' },
	{ id: '84286NED', year: 2018, title: 'Kerncijfers wijken en buurten 2018' }
];

/** Gemeente-level companions of the HH tables. */
export const GEMEENTE_EXTRA: CbsTable[] = [
	{ id: '83504NED', year: 2017, title: 'Personen in huishoudens naar positie; regio' },
	{ id: '70072NED', year: 2017, title: 'Regionale kerncijfers Nederland (bevolking naar leeftijd)' },
	{ id: '83643NED', year: 2017, title: 'Gemeentelijke heffingen' }
];

/** PBL/CBS regional household prognosis. */


// ---------------------------------------------------------------------------------------------
// Newer-year tables for the live refresh through the open-data API (src/prep/sources/cbs-odata).
// These are NOT in the mirror and not cited by the mirror adapter. Ids were checked against
// several independent public code bases that call the API (stored copies, searched 2026-11-23);
// verify them in the CBS catalogue (https://opendata.cbs.nl/ODataCatalog/Tables) before relying
// on them. Add a year here once CBS publishes it; the refresh CLI also accepts --wmo-table/--kwb-table.
// ---------------------------------------------------------------------------------------------

/** OData v3 bulk service: same entity sets as ODataApi, but pages with odata.nextLink. */
export const CBS_ODATA_FEED_BASE = 'https://opendata.cbs.nl/ODataFeed/odata';

/** OData v4 service (the new portal; v3 closes after the migration). The adapter prefers it. */
export const CBS_ODATA_V4_BASE = 'https://datasets.cbs.nl/odata/v1/CBS';
/** Catalogues, searched by title for an id that is not in this file (and to check the ids here). */
export const CBS_CATALOGUE_V4 = 'https://datasets.cbs.nl/odata/v1/Datasets';
export const CBS_CATALOGUE_V3 = 'https://opendata.cbs.nl/ODataCatalog/Tables';

/**
 * A newer-year table. `reissue` is CBS's later re-publication of the same year (new merge method,
 * WMO2020BUSV2): preferred when it exists. `id: null` means no id was found yet: the refresh looks
 * it up in the catalogue by `titlePattern`. `titlePattern` is also how the refresh checks that an
 * id still names the table we think it does.
 */
export interface CbsApiTable {
	id: string | null;
	reissue?: string;
	year: number;
	title: string;
	titlePattern: RegExp;
	voorlopig?: boolean;
}

const wijkTypeTitle = (year: number) => new RegExp(`^Wmo-cli[eë]nten.*type maatwerk(voorziening|arrangement).*wijken.*${year}`, 'i');
const wijkFinTitle = (year: number) => new RegExp(`^Wmo-cli[eë]nten.*financieringsvorm.*wijken.*${year}`, 'i');
const kwbTitle = (year: number) => new RegExp(`^Kerncijfers wijken en buurten,? ${year}`, 'i');

/** Kerncijfers wijken en buurten, 2019 onward (one table per year). KWB also carries Wmo totals per wijk. */
export const KWB_API: CbsApiTable[] = [
	{ id: '84583NED', year: 2019, title: 'Kerncijfers wijken en buurten 2019', titlePattern: kwbTitle(2019) },
	{ id: '84799NED', year: 2020, title: 'Kerncijfers wijken en buurten 2020', titlePattern: kwbTitle(2020) },
	{ id: '85039NED', year: 2021, title: 'Kerncijfers wijken en buurten 2021', titlePattern: kwbTitle(2021) },
	{ id: '85318NED', year: 2022, title: 'Kerncijfers wijken en buurten 2022', titlePattern: kwbTitle(2022) },
	{ id: '85618NED', year: 2023, title: 'Kerncijfers wijken en buurten 2023', titlePattern: kwbTitle(2023) },
	{ id: '85984NED', year: 2024, title: 'Kerncijfers wijken en buurten 2024', titlePattern: kwbTitle(2024) },
	{ id: '86165NED', year: 2025, title: 'Kerncijfers wijken en buurten 2025', titlePattern: kwbTitle(2025) },
	{ id: '86358NED', year: 2026, title: 'Kerncijfers wijken en buurten 2026', titlePattern: kwbTitle(2026) }
];

/**
 * Wmo-cliënten per wijk (with gemeente rows) by type of maatwerkvoorziening (dimension
 * TypeMaatwerkarrangement or TypeMaatwerkvoorziening, keys T001024 totaal, A019506 ondersteuning
 * thuis, A019507 hulp bij het huishouden, A019508 verblijf en opvang, A019509 hulpmiddelen en
 * diensten), continuing WMO_TYPE_HALFJAAR (84751NED, 84752NED). No id is known for 2024.
 */
export const WMO_WIJK_TYPE_API: CbsApiTable[] = [
	{ id: '84753NED', reissue: '86186NED', year: 2019, title: 'Wmo-cliënten naar type maatwerkarrangement; wijken 2019', titlePattern: wijkTypeTitle(2019) },
	{ id: '84908NED', reissue: '86187NED', year: 2020, title: 'Wmo-cliënten naar type maatwerkarrangement; wijken 2020', titlePattern: wijkTypeTitle(2020) },
	{ id: '85047NED', reissue: '86188NED', year: 2021, title: 'Wmo-cliënten naar type maatwerkvoorziening; wijken 2021', titlePattern: wijkTypeTitle(2021) },
	{ id: '85377NED', reissue: '86189NED', year: 2022, title: 'Wmo-cliënten naar type maatwerkvoorziening; wijken 2022', titlePattern: wijkTypeTitle(2022) },
	{ id: '85639NED', year: 2023, title: 'Wmo-cliënten naar type maatwerkvoorziening; wijken 2023', titlePattern: wijkTypeTitle(2023) },
	{ id: null, year: 2024, title: 'Wmo-cliënten naar type maatwerkvoorziening; wijken 2024', titlePattern: wijkTypeTitle(2024) },
	{ id: '86158NED', year: 2025, title: 'Wmo-cliënten; type maatwerkvoorziening, wijken, 2025 (voorlopig)', titlePattern: wijkTypeTitle(2025), voorlopig: true }
];

/** Wmo-cliënten per wijk by financieringsvorm (the series of WMO_WIJK_TOTAAL); 2020 is not listed by CBS under this title. */
export const WMO_WIJK_FINANCIERING_API: CbsApiTable[] = [
	{ id: '84664NED', year: 2019, title: 'Wmo-cliënten naar financieringsvorm; wijken 2019', titlePattern: wijkFinTitle(2019) },
	{ id: '85046NED', year: 2021, title: 'Wmo-cliënten naar financieringsvorm; wijken 2021', titlePattern: wijkFinTitle(2021) },
	{ id: '86181NED', year: 2022, title: 'Wmo-cliënten naar financieringsvorm; wijken 2022', titlePattern: wijkFinTitle(2022) },
	{ id: '85638NED', year: 2023, title: 'Wmo-cliënten naar financieringsvorm; wijken 2023', titlePattern: wijkFinTitle(2023) },
	{ id: '85995NED', year: 2024, title: 'Wmo-cliënten naar financieringsvorm; wijken 2024', titlePattern: wijkFinTitle(2024) }
];

/** Gemeente by type, per year and half-year, up to 2024 and 2025H1 (one table for all years). */
export const WMO_GEMEENTE_TYPE_API: CbsApiTable = {
	id: '86050NED',
	year: 2025,
	title: 'Wmo-cliënten; type maatwerkvoorziening, regio, (half)jaar',
	titlePattern: /^Wmo-cli[eë]nten.*type maatwerk(voorziening|arrangement).*(regio|gemeente)/i
};

/** The id to fetch for a table: the re-issue when CBS made one, else the original, else null. */
export function preferredId(t: CbsApiTable): string | null {
	return t.reissue ?? t.id;
}

/** The table of `year` in `tables`, or undefined. */
export function cbsTableForYear<T extends { year: number }>(tables: T[], year: number): T | undefined {
	return tables.find((t) => t.year === year);
}
