// From recorded API responses to records in the mirror layout, with hand-computed expectations
// (fixture values: see tests/fixtures/cbs-odata/README.md).

import { describe, expect, it } from 'vitest';
import { createCbsODataClient } from '../../../src/prep/sources/cbs-odata/client';
import { fetchTableV3, joinWmoKwb, KWB_TOPIC, WMO_TOPIC } from '../../../src/prep/sources/cbs-odata/refresh';
import { categoryFromTitle } from '../../../src/prep/sources/cbs-odata/categories';
import { recordedFetch } from '../../fixtures/cbs-odata/recordedFetch';

describe('a Wmo table and its KWB table (2025) on recorded responses', async () => {
	const fetch = recordedFetch();
	const client = createCbsODataClient({ fetch });
	const wmo = await fetchTableV3(client, '86158NED', 2025, WMO_TOPIC);
	const kwb = await fetchTableV3(client, '86165NED', 2025, KWB_TOPIC);
	const joined = joinWmoKwb(2025, wmo, kwb);
	const result = { wmo, kwb, joined: joined.rows, joinedColumns: joined.columns };

	it('asks only for wijken and gemeenten, the periods of the year, and the KWB topics the data step uses', () => {
		const data = fetch.urls.filter((u) => u.includes('/TypedDataSet')).map((u) => new URL(u));
		expect(data.map((u) => u.pathname.split('/').slice(-2).join('/'))).toEqual(['86158NED/TypedDataSet', '86158NED/TypedDataSet', '86165NED/TypedDataSet']);
		// wijken and gemeenten only (no buurten), periods of the year; KWB has no period dimension
		expect(data[0].searchParams.get('$filter')).toBe("(startswith(Wijken,'WK') or startswith(Wijken,'GM')) and startswith(Perioden,'2025')");
		expect(data[2].searchParams.get('$filter')).toBe("(startswith(WijkenEnBuurten,'WK') or startswith(WijkenEnBuurten,'GM'))");
		// only the KWB topics the data step uses
		const select = data[2].searchParams.get('$select')?.split(',') ?? [];
		expect(select).toContain('AantalInwoners_5');
		expect(select).toContain('k_65JaarOfOuder_12');
		expect(select).not.toContain('SoortRegio_2');
		expect(data[0].searchParams.get('$select')).toBeNull();
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
			'status',
			'aantalinwoners'
		]);
		// WK168100 is left out: its gemeente GM1681 did not deliver (as in the mirror)
		expect(result.joined.map((r) => r.codering_regio)).toEqual(['GM1680', 'WK168000', 'WK168001', 'GM1681']);
		const wk = result.joined[1];
		expect(wk).toMatchObject({ perioden: '2025', financieringsvorm: 'Totaal', wmoclienten: 110, gemeentenaam: 'Aa en Hunze', aantalinwoners: 4030, k65jaarofouder: 1000 });
		expect(result.joined[3].aantalinwoners).toBeNull(); // GM1681 has no KWB record in the fixture
	});
});

describe('half-year records', () => {
	const half = { codering_regio: 'WK168000', perioden: '1e halfjaar 2019', interval: 2019, periodennum: 201901, typemaatwerkarrangement: 'Hulp bij het huishouden', wmoclienten: 30 };
	const year = { ...half, perioden: '2019', typemaatwerkarrangement: 'Totaal maatwerkarrangementen', wmoclienten: 105 };

	it('stay out of the yearly join', () => {
		const halfTotal = { ...half, typemaatwerkarrangement: 'Totaal maatwerkarrangementen', wmoclienten: 90 };
		const wmo = { id: 'W', records: [halfTotal, year], units: {}, columns: [] };
		const kwb = { id: 'K', records: [{ codering_regio: 'WK168000', aantalinwoners: 4030 }], units: {}, columns: ['codering_regio', 'aantalinwoners'] };
		const { rows } = joinWmoKwb(2019, wmo, kwb);
		expect(rows).toEqual([
			{ codering_regio: 'WK168000', perioden: '2019', financieringsvorm: 'Totaal', wmoclienten: 105, wmoclientenper1000inwoners: null, gemeentenaam: null, status: null, aantalinwoners: 4030 }
		]);
	});
});

describe('helpers', () => {
	it('maps category titles, and only the total of financieringsvorm', () => {
		expect(categoryFromTitle('typemaatwerkvoorziening', 'Hulp bij het huishouden')).toBe('hulp_bij_het_huishouden');
		expect(categoryFromTitle('typemaatwerkvoorziening', 'Verblijf en opvang')).toBe('verblijf_en_opvang');
		expect(categoryFromTitle('financieringsvorm', 'Totaal')).toBe('totaal');
		expect(categoryFromTitle('financieringsvorm', 'Uitsluitend pgb')).toBeNull();
	});
});
