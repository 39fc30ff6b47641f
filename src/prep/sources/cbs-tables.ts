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

export const CBS_ODATA_BASE = 'https://opendata.cbs.nl/ODataApi/odata';
