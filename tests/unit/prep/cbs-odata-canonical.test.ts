// From recorded API responses to canonical rows, with hand-computed expectations
// (fixture values: see tests/fixtures/cbs-odata/README.md).

import { describe, expect, it } from 'vitest';
import { fetchWmoYear, joinWmoKwb, resolveTables } from '../../../src/prep/sources/cbs-odata/refresh';
import {
	categoryFromTitle,
	clientRowsFromWmo,
	kwbRecordForBuilder,
	kwbToCanonical,
	periodOf
} from '../../../src/prep/sources/cbs-odata/toCanonical';
import { recordedFetch } from '../../fixtures/cbs-odata/recordedFetch';

const TABLES = { year: 2025, wmo: '86158NED', kwb: '86165NED' };

describe('fetchWmoYear on recorded responses', async () => {
	const fetch = recordedFetch();
	const result = await fetchWmoYear(TABLES, { fetch });

	it('asks only for the periods of the year, and for the KWB table without a period filter', () => {
		const data = fetch.urls.filter((u) => u.includes('/TypedDataSet')).map((u) => new URL(u));
		expect(data.map((u) => u.pathname.split('/').slice(-2).join('/'))).toEqual(['86158NED/TypedDataSet', '86158NED/TypedDataSet', '86165NED/TypedDataSet']);
		expect(data[0].searchParams.get('$filter')).toBe("startswith(Perioden,'2025')");
		expect(data[2].searchParams.get('$filter')).toBeNull();
	});

	it('keeps wijken and gemeenten only (drops NL01, NL00 and the buurt)', () => {
		expect(result.wmo.records.map((r) => r.codering_regio)).toEqual(['GM1680', 'WK168000', 'WK168001', 'GM1681', 'WK168100', 'WK168000', 'WK168000']);
		expect(result.kwb.records.map((r) => r.codering_regio)).toEqual(['GM1680', 'WK168000', 'WK168001', 'WK168100']);
		expect(result.kwb.units.huishoudensmeteenlaaginkomen).toBe('%');
	});

	it('joins the Wmo total with KWB in the mirror layout', () => {
		expect(result.joinedColumns.slice(0, 8)).toEqual([
			'codering_regio',
			'perioden',
			'financieringsvorm',
			'wmoclienten',
			'wmoclientenper1000inwoners',
			'gemeentenaam',
			'aantalinwoners',
			'k0tot15jaar'
		]);
		// WK168100 is left out: its gemeente GM1681 did not deliver (as in the mirror)
		expect(result.joined.map((r) => r.codering_regio)).toEqual(['GM1680', 'WK168000', 'WK168001', 'GM1681']);
		const wk = result.joined[1];
		expect(wk).toMatchObject({ perioden: '2025', financieringsvorm: 'Totaal', wmoclienten: 110, gemeentenaam: 'Aa en Hunze', aantalinwoners: 4030, k65jaarofouder: 1000 });
		expect(result.joined[3].aantalinwoners).toBeNull(); // GM1681 has no KWB record in the fixture
	});

	it('gives ClientRows: observed, suppressed, not delivered', () => {
		const rows = clientRowsFromWmo(result.wmo.records);
		const base = { year: 2025, half: 0, period: '2025', converted: false };
		expect(rows).toEqual([
			{ ...base, level: 'gemeente', code: 'GM1680', category: 'totaal', clients: 1450, status: 'observed' },
			{ ...base, level: 'wijk', code: 'WK168000', category: 'totaal', clients: 110, status: 'observed' },
			{ ...base, level: 'wijk', code: 'WK168001', category: 'totaal', clients: null, status: 'suppressed' },
			{ ...base, level: 'gemeente', code: 'GM1681', category: 'totaal', clients: null, status: 'not_delivered' },
			{ ...base, level: 'wijk', code: 'WK168100', category: 'totaal', clients: null, status: 'not_delivered' },
			{ ...base, level: 'wijk', code: 'WK168000', category: 'ondersteuning_thuis', clients: 60, status: 'observed' },
			{ ...base, level: 'wijk', code: 'WK168000', category: 'hulp_bij_het_huishouden', clients: 35, status: 'observed' }
		]);
	});

	it('gives PopulationRows and IndicatorRows for WK168000 (4030 inwoners)', () => {
		const { population, indicators } = kwbToCanonical(result.kwb.records, 2025, result.kwb.units);
		const pop = Object.fromEntries(population.filter((r) => r.code === 'WK168000').map((r) => [r.age_band, r.persons]));
		expect(pop).toEqual({ '0-14': 600, '15-24': 430, '25-44': 800, '45-64': 1200, '65+': 1000, totaal: 4030 });
		const ind = Object.fromEntries(indicators.filter((r) => r.code === 'WK168000').map((r) => [r.indicator, r.value]));
		expect(ind.aandeel_65plus).toBeCloseTo(1000 / 4030, 12); // 0.248139
		expect(ind.aandeel_eenpersoonshuishoudens).toBeCloseTo(540 / 1800, 12); // 0.3
		expect(ind.aandeel_laag_inkomen).toBeCloseTo(0.085, 12); // 8.5 % of households
		expect(ind.aandeel_bijstand).toBeCloseTo(40 / 4030, 12);
		expect(ind.aandeel_gescheiden).toBeCloseTo(280 / 4030, 12);
		expect(ind.huishoudensgrootte).toBeCloseTo(2.2, 12);
		expect(ind.inkomen_per_inwoner).toBeCloseTo(31.4, 12);
		expect(ind.omgevingsadressendichtheid).toBeCloseTo(350, 12);
		const unitOf = indicators.find((r) => r.code === 'WK168000' && r.indicator === 'aandeel_laag_inkomen')?.unit;
		expect(unitOf).toBe('share_of_households');
	});

	it('keeps secret KWB cells null (WK168001 has no income figure)', () => {
		const { indicators } = kwbToCanonical(result.kwb.records, 2025, result.kwb.units);
		const ind = Object.fromEntries(indicators.filter((r) => r.code === 'WK168001').map((r) => [r.indicator, r.value]));
		expect(ind.inkomen_per_inwoner).toBeNull();
		expect(ind.aandeel_bijstand).toBeNull();
		expect(ind.aandeel_aow).toBeCloseTo(410 / 1430, 12);
	});
});

describe('half-year records', () => {
	const half = { codering_regio: 'WK168000', perioden: '1e halfjaar 2019', interval: 2019, periodennum: 201901, typemaatwerkarrangement: 'Hulp bij het huishouden', wmoclienten: 30 };
	const year = { ...half, perioden: '2019', typemaatwerkarrangement: 'Totaal maatwerkarrangementen', wmoclienten: 105 };

	it('become half-year ClientRows', () => {
		expect(clientRowsFromWmo([half])).toEqual([
			{ level: 'wijk', code: 'WK168000', category: 'hulp_bij_het_huishouden', period: '2019H1', year: 2019, half: 1, clients: 30, status: 'observed', converted: false }
		]);
	});

	it('stay out of the yearly join', () => {
		const halfTotal = { ...half, typemaatwerkarrangement: 'Totaal maatwerkarrangementen', wmoclienten: 90 };
		const wmo = { id: 'W', records: [halfTotal, year], units: {}, columns: [] };
		const kwb = { id: 'K', records: [{ codering_regio: 'WK168000', aantalinwoners: 4030 }], units: {}, columns: ['codering_regio', 'aantalinwoners'] };
		const { rows } = joinWmoKwb(2019, wmo, kwb);
		expect(rows).toEqual([
			{ codering_regio: 'WK168000', perioden: '2019', financieringsvorm: 'Totaal', wmoclienten: 105, wmoclientenper1000inwoners: null, gemeentenaam: null, aantalinwoners: 4030 }
		]);
	});
});

describe('units from DataProperties', () => {
	it('turns percentage age groups into persons, also for a small wijk', () => {
		const rec = { codering_regio: 'WK000101', aantalinwoners: 250, k0tot15jaar: 20, k15tot25jaar: 10, k25tot45jaar: 20, k45tot65jaar: 30, k65jaarofouder: 20 };
		const units = { k0tot15jaar: '%', k15tot25jaar: '%', k25tot45jaar: '%', k45tot65jaar: '%', k65jaarofouder: '%' };
		expect(kwbRecordForBuilder(rec, units)).toMatchObject({ k0tot15jaar: 50, k15tot25jaar: 25, k25tot45jaar: 50, k45tot65jaar: 75, k65jaarofouder: 50 });
		const { population } = kwbToCanonical([rec], 2019, units);
		expect(population.find((r) => r.age_band === '65+')?.persons).toBe(50);
	});
});

describe('helpers', () => {
	it('maps category titles, and only the total of financieringsvorm', () => {
		expect(categoryFromTitle('typemaatwerkvoorziening', 'Hulp bij het huishouden')).toBe('hulp_bij_het_huishouden');
		expect(categoryFromTitle('typemaatwerkvoorziening', 'Verblijf en opvang')).toBe('verblijf_en_opvang');
		expect(categoryFromTitle('financieringsvorm', 'Totaal')).toBe('totaal');
		expect(categoryFromTitle('financieringsvorm', 'Uitsluitend pgb')).toBeNull();
	});
	it('reads mirror periods', () => {
		expect(periodOf('2019')).toEqual({ period: '2019', year: 2019, half: 0 });
		expect(periodOf('2e halfjaar 2018')).toEqual({ period: '2018H2', year: 2018, half: 2 });
	});
	it('resolves table ids from cbs-tables.ts, and explains a missing one in Dutch', () => {
		expect(resolveTables(2018)).toEqual({ year: 2018, wmo: '84421NED', kwb: '84286NED' });
		expect(resolveTables(2025)).toEqual({ year: 2025, wmo: '86158NED', kwb: '86165NED' });
		expect(resolveTables(2019)).toEqual({ year: 2019, wmo: '84753NED', kwb: '84583NED' });
		expect(() => resolveTables(2021)).toThrow(/geen tabelnummer bekend voor 2021: Wmo-cliënten per wijk \(--wmo-table\)/);
		expect(resolveTables(2021, { wmo: '99999NED' })).toEqual({ year: 2021, wmo: '99999NED', kwb: '85039NED' });
	});
});
