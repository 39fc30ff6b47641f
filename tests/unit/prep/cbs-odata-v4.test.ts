// OData v4 and the choice between v4 and v3, on the synthetic recorded responses in
// tests/fixtures/cbs-odata (v4/86050NED pages with @odata.nextLink; 86158NED exists only in v3).

import { describe, expect, it } from 'vitest';
import { createCbsApi, UnknownTableError } from '../../../src/prep/sources/cbs-odata/api';
import { createCbsODataClient } from '../../../src/prep/sources/cbs-odata/client';
import { CbsODataError } from '../../../src/prep/sources/cbs-odata/errors';
import { WMO_TOPIC, fetchTableV3 } from '../../../src/prep/sources/cbs-odata/refresh';
import { fetchTableV4, measureKey } from '../../../src/prep/sources/cbs-odata/v4';
import { CBS_ODATA_V4_BASE } from '../../../src/prep/sources/cbs-tables';
import { readFixture, recordedFetch, RECORDED, type Reply } from '../../fixtures/cbs-odata/recordedFetch';

describe('OData v4 (86050NED, gemeente by type and half-year)', async () => {
	const fetch = recordedFetch();
	const table = await fetchTableV4(createCbsODataClient({ fetch, baseUrl: CBS_ODATA_V4_BASE }), '86050NED', null, WMO_TOPIC);

	it('follows @odata.nextLink and reads every observation once', () => {
		const obs = fetch.urls.filter((u) => u.includes('/Observations'));
		expect(obs).toHaveLength(2);
		expect(new URL(obs[1]).searchParams.get('$skip')).toBe('7');
		// 5 types × 2 periods for GM1680, 2 periods for GM1681; NL01 is dropped (no wijk or gemeente)
		expect(table.records).toHaveLength(12);
	});

	it('turns the long format into mirror records: titles for dimension keys, periods as the mirror writes them', () => {
		const hh = table.records.find((r) => r.codering_regio === 'GM1680' && r.typemaatwerkvoorziening === 'Hulp bij het huishouden' && r.perioden === '1e halfjaar 2025');
		expect(hh).toMatchObject({ wmoclienten: 455, interval: 2025, periodennum: 202501 });
		expect(table.units.wmoclienten).toBe('aantal');
	});

	it('keeps the period status (voorlopig for 2025H1, definitief for 2024)', () => {
		const statusOf = (p: string) => new Set(table.records.filter((r) => r.perioden === p).map((r) => r.status));
		expect(statusOf('1e halfjaar 2025')).toEqual(new Set(['voorlopig']));
		expect(statusOf('2024')).toEqual(new Set(['definitief']));
	});

	it('reads a ValueAttribute other than "None" as no value, never 0', () => {
		const gm1681 = table.records.filter((r) => r.codering_regio === 'GM1681');
		expect(gm1681.map((r) => r.wmoclienten)).toEqual([null, null]);
	});

	it('asks only for wijken and gemeenten, and only for the measures wanted', async () => {
		const f = recordedFetch();
		await fetchTableV4(createCbsODataClient({ fetch: f, baseUrl: CBS_ODATA_V4_BASE }), '86050NED', 2024, { ...WMO_TOPIC, columns: ['wmoclienten'] });
		const filter = new URL(f.urls.find((u) => u.includes('/Observations'))!).searchParams.get('$filter');
		expect(filter).toBe("(startswith(RegioS,'WK') or startswith(RegioS,'GM')) and startswith(Perioden,'2024') and (Measure eq 'M000173')");
	});

	it('recognises measures by title, since v4 measure codes are opaque', () => {
		expect(measureKey('Wmo-cliënten')).toBe('wmoclienten');
		expect(measureKey('  65 jaar of ouder ')).toBe('k65jaarofouder');
		expect(measureKey('Personen per soort uitkering; AOW')).toBe('personenpersoortuitkeringaow');
	});
});

describe('choosing v4 or v3', () => {
	it('uses v4 when the new portal has the table, and falls back to v3 when it answers 404', async () => {
		const fetch = recordedFetch();
		const api = createCbsApi({ fetch });
		expect((await api.fetchTable('86050NED', null, WMO_TOPIC)).protocol).toBe('v4');
		const v3 = await api.fetchTable('86158NED', 2025, WMO_TOPIC);
		expect(v3.protocol).toBe('v3');
		expect(fetch.urls.some((u) => u.startsWith(`${CBS_ODATA_V4_BASE}/86158NED/`))).toBe(true); // v4 was asked first
		expect(v3.records.find((r) => r.codering_regio === 'WK168000' && r.typemaatwerkvoorziening?.toString().startsWith('Totaal'))?.wmoclienten).toBe(110);
	});

	it('falls back to v3, and says why, when the v4 answer is not what the reader expects', async () => {
		const routes: Record<string, Reply> = { ...RECORDED, 'v4:86158NED/Dimensions': { status: 200, body: '<html>onderhoud</html>' } };
		const told: string[] = [];
		const t = await createCbsApi({ fetch: recordedFetch(routes), onFallback: (id, e) => told.push(`${id}: ${e.kind}`) }).fetchTable('86158NED', 2025, WMO_TOPIC);
		expect(t.protocol).toBe('v3');
		expect(told).toEqual(['86158NED: malformed']);
	});

	it('an id unknown to both portals is a Dutch "unknown table" error', async () => {
		const err = await createCbsApi({ fetch: recordedFetch() })
			.fetchTable('99999NED', 2025, WMO_TOPIC)
			.catch((e) => e);
		expect(err).toBeInstanceOf(UnknownTableError);
		expect(err.message).toMatch(/tabel 99999NED bestaat niet in de v4- en niet in de v3-dienst.*cbs-tables\.ts/);
	});

	it('offline stops at the first request, without trying the old portal', async () => {
		const fetch = recordedFetch({});
		const offline = Object.assign(async (url: string) => {
			fetch.urls.push(url);
			throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND datasets.cbs.nl') });
		}, { urls: fetch.urls });
		const err = await createCbsApi({ fetch: offline }).fetchTable('86050NED', null, WMO_TOPIC).catch((e) => e);
		expect(err).toBeInstanceOf(CbsODataError);
		expect(err.kind).toBe('network');
		expect(err.message).toMatch(/lijkt offline/);
		expect(fetch.urls).toHaveLength(1);
	});
});

describe('status symbols and a renamed column in v3', () => {
	it('reads "Voorlopig" from the period members of 86158NED', async () => {
		const table = await fetchTableV3(createCbsODataClient({ fetch: recordedFetch() }), '86158NED', 2025, WMO_TOPIC);
		expect(new Set(table.records.map((r) => r.status))).toEqual(new Set(['voorlopig']));
		// "." (secret) arrives as null in TypedDataSet: WK168001 has no count
		expect(table.records.find((r) => r.codering_regio === 'WK168001')?.wmoclienten).toBeNull();
	});

	it('a renamed topic names the table, the topic and the likely new name', async () => {
		const props = readFixture('86158NED/DataProperties.json').replaceAll('WmoClienten_5', 'WmoCliënten_5');
		const routes: Record<string, Reply> = { ...RECORDED, '86158NED/DataProperties': { status: 200, body: props } };
		const err = await fetchTableV3(createCbsODataClient({ fetch: recordedFetch(routes) }), '86158NED', 2025, WMO_TOPIC).catch((e) => e);
		expect(err).toBeInstanceOf(CbsODataError);
		expect(err.kind).toBe('structure');
		expect(err.message).toMatch(/86158NED.*WmoClienten.*wel aanwezig: "wmocliënten".*hernoemd/);
	});
});
