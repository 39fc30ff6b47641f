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
export const PROGNOSE: CbsTable[] = [{ id: '84526NED', year: 2020, title: 'Regionale prognose huishoudens 2020–2050' }];


// ---------------------------------------------------------------------------------------------
// Newer-year tables for the live refresh through the open-data API (src/prep/sources/cbs-odata).
// These are NOT in the mirror and not cited by the mirror adapter. Ids were checked against
// several independent public code bases that call the API (stored copies, searched 2026-11-23);
// verify them in the CBS catalogue (https://opendata.cbs.nl/ODataCatalog/Tables) before relying
// on them. Add a year here once CBS publishes it; the refresh CLI also accepts --wmo-table/--kwb-table.
// ---------------------------------------------------------------------------------------------

/** OData v3 bulk service: same entity sets as ODataApi, but pages with odata.nextLink. */
export const CBS_ODATA_FEED_BASE = 'https://opendata.cbs.nl/ODataFeed/odata';

/** Kerncijfers wijken en buurten, 2019 onward (one table per year). */
export const KWB_API: CbsTable[] = [
	{ id: '84583NED', year: 2019, title: 'Kerncijfers wijken en buurten 2019' },
	{ id: '84799NED', year: 2020, title: 'Kerncijfers wijken en buurten 2020' },
	{ id: '85039NED', year: 2021, title: 'Kerncijfers wijken en buurten 2021' },
	{ id: '85318NED', year: 2022, title: 'Kerncijfers wijken en buurten 2022' },
	{ id: '85618NED', year: 2023, title: 'Kerncijfers wijken en buurten 2023' },
	{ id: '85984NED', year: 2024, title: 'Kerncijfers wijken en buurten 2024' },
	{ id: '86165NED', year: 2025, title: 'Kerncijfers wijken en buurten 2025' }
];

/**
 * Wmo-cliënten per wijk by type (dimension TypeMaatwerkarrangement or TypeMaatwerkvoorziening, each
 * with a total member), continuing WMO_TYPE_HALFJAAR (84751NED, 84752NED: the same series). Only the
 * ids found documented are listed; 2021–2024 are still to be added.
 */
export const WMO_WIJK_TYPE_API: CbsTable[] = [
	{ id: '84753NED', year: 2019, title: 'Wmo-cliënten naar type maatwerkarrangement; wijken 2019' },
	{ id: '84908NED', year: 2020, title: 'Wmo-cliënten naar type maatwerkarrangement; wijken 2020' },
	{ id: '86158NED', year: 2025, title: 'Wmo-cliënten; type maatwerkvoorziening, wijken, 2025 (voorlopig)' }
];

/** The table of `year` in `tables`, or undefined. */
export function cbsTableForYear(tables: CbsTable[], year: number): CbsTable | undefined {
	return tables.find((t) => t.year === year);
}
