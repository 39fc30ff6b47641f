// The OData v3 client against recorded responses (tests/fixtures/cbs-odata, format per the CBS
// manual "Handleiding CBS Open Data Services"): paging, URLs, and the Dutch errors.

import { describe, expect, it } from 'vitest';
import { buildUrl, createCbsODataClient, withJsonFormat } from '../../../src/prep/sources/cbs-odata/client';
import { CbsODataError } from '../../../src/prep/sources/cbs-odata/errors';
import { readFixture, recordedFetch, RECORDED } from '../../fixtures/cbs-odata/recordedFetch';

const FEED = 'https://opendata.cbs.nl/ODataFeed/odata';

async function caught(p: Promise<unknown>): Promise<CbsODataError> {
	try {
		await p;
	} catch (err) {
		expect(err).toBeInstanceOf(CbsODataError);
		return err as CbsODataError;
	}
	throw new Error('expected a CbsODataError');
}

describe('buildUrl', () => {
	it('asks for JSON and encodes $filter and $select', () => {
		expect(buildUrl(FEED, '86158NED', 'TypedDataSet', { filter: "Perioden eq '2025JJ00'", select: ['Wijken', 'WmoClienten_5'] })).toBe(
			`${FEED}/86158NED/TypedDataSet?$format=json&$filter=Perioden%20eq%20'2025JJ00'&$select=Wijken%2CWmoClienten_5`
		);
	});
	it('adds $format=json to a nextLink that lacks it, and leaves one that has it', () => {
		expect(withJsonFormat(`${FEED}/X/TypedDataSet?$skip=4`)).toBe(`${FEED}/X/TypedDataSet?$skip=4&$format=json`);
		expect(withJsonFormat(`${FEED}/X/TypedDataSet?$format=json&$skip=4`)).toBe(`${FEED}/X/TypedDataSet?$format=json&$skip=4`);
	});
});

describe('paging', () => {
	it('follows odata.nextLink until it is absent and keeps every row once', async () => {
		const fetch = recordedFetch();
		const client = createCbsODataClient({ fetch });
		const rows = await client.typedDataSet('86158NED', { filter: "Perioden eq '2025JJ00'" });
		expect(rows.map((r) => r.ID)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(fetch.urls).toHaveLength(2);
		const second = new URL(fetch.urls[1]);
		expect(second.searchParams.get('$skip')).toBe('4');
		expect(second.searchParams.get('$format')).toBe('json');
		expect(second.searchParams.get('$filter')).toBe("Perioden eq '2025JJ00'");
	});

	it('stops on a nextLink that points back to a page already read', async () => {
		const loop = JSON.stringify({ value: [{ ID: 0 }], 'odata.nextLink': `${FEED}/L/TypedDataSet?$format=json` });
		const client = createCbsODataClient({ fetch: recordedFetch({ 'L/TypedDataSet': { status: 200, body: loop } }) });
		const err = await caught(client.typedDataSet('L'));
		expect(err.kind).toBe('malformed');
		expect(err.message).toContain('het bladeren stopt niet');
	});

	it('refuses a silently truncated ODataApi answer of 10,000 rows', async () => {
		const body = JSON.stringify({ value: Array.from({ length: 10_000 }, (_, i) => ({ ID: i })) });
		const client = createCbsODataClient({
			baseUrl: 'https://opendata.cbs.nl/ODataApi/odata',
			fetch: recordedFetch({ 'BIG/TypedDataSet': { status: 200, body } })
		});
		const err = await caught(client.typedDataSet('BIG'));
		expect(err.kind).toBe('truncated');
		expect(err.message).toContain('10.000 rijen');
	});
});

describe('Dutch errors', () => {
	it('HTTP 404 names the table and where its id lives', async () => {
		const client = createCbsODataClient({ fetch: recordedFetch() });
		const err = await caught(client.dataProperties('84421NEX'));
		expect(err.kind).toBe('http');
		expect(err.status).toBe(404);
		expect(err.message).toMatch(/^CBS open-data API: tabel 84421NEX gaf HTTP 404 .*controleer het tabelnummer in src\/prep\/sources\/cbs-tables\.ts\.$/);
	});

	it('HTTP 503 says the service is temporarily unavailable', async () => {
		const client = createCbsODataClient({ fetch: recordedFetch({ 'S/DataProperties': { status: 503 } }) });
		const err = await caught(client.dataProperties('S'));
		expect(err.message).toContain('gaf HTTP 503');
		expect(err.message).toContain('tijdelijk niet beschikbaar');
	});

	it('an HTML page instead of JSON is a malformed body', async () => {
		const html = readFixture('malformed/error-page.html');
		const client = createCbsODataClient({ fetch: recordedFetch({ 'H/TypedDataSet': { status: 200, body: html } }) });
		const err = await caught(client.typedDataSet('H'));
		expect(err.kind).toBe('malformed');
		expect(err.message).toContain('tabel H is geen geldige OData-JSON');
		expect(err.message).toContain('geen JSON maar "<!DOCTYPE html>');
	});

	it('a body without "value" and an odata.error body are malformed, with the reason', async () => {
		const client = createCbsODataClient({
			fetch: recordedFetch({
				'A/TypedDataSet': { file: 'malformed/no-value.json' },
				'B/TypedDataSet': { file: 'malformed/odata-error.json' }
			})
		});
		expect((await caught(client.typedDataSet('A'))).message).toContain('de lijst "value" ontbreekt');
		expect((await caught(client.typedDataSet('B'))).message).toContain("Could not find a property named 'WmoClienten'");
	});

	it('a DataProperties entry without Key is rejected', async () => {
		const body = JSON.stringify({ value: [{ ID: 0, Type: 'Topic', Title: 'x' }] });
		const client = createCbsODataClient({ fetch: recordedFetch({ 'D/DataProperties': { status: 200, body } }) });
		expect((await caught(client.dataProperties('D'))).message).toContain('DataProperties-regel 1 mist "Key" of "Type"');
	});

	it('no connection says the machine seems offline, without retrying by default', async () => {
		const fetch = recordedFetch({ '86158NED/DataProperties': { throws: new TypeError('fetch failed') } });
		const client = createCbsODataClient({ fetch });
		const err = await caught(client.dataProperties('86158NED'));
		expect(err.kind).toBe('network');
		expect(err.message).toContain('Deze machine lijkt offline');
		expect(fetch.urls).toHaveLength(1);
	});

	it('retries a network failure when asked, then succeeds', async () => {
		let calls = 0;
		const good = recordedFetch(RECORDED);
		const flaky = (async (url: string, init?: { signal?: AbortSignal }) => {
			if (calls++ === 0) throw new TypeError('fetch failed');
			return good(url, init);
		}) as typeof good;
		const client = createCbsODataClient({ fetch: flaky, retries: 1, retryDelayMs: 0 });
		expect((await client.dataProperties('86158NED')).length).toBe(10);
		expect(calls).toBe(2);
	});

	it('a request that hangs past the time limit gives a timeout message', async () => {
		const hang = ((_url: string, init?: { signal?: AbortSignal }) =>
			new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as never;
		const client = createCbsODataClient({ fetch: hang, timeoutMs: 20 });
		const err = await caught(client.dataProperties('86158NED'));
		expect(err.kind).toBe('timeout');
		expect(err.message).toContain('gaf binnen 0 s geen antwoord');
		expect(err.message).toContain('--timeout');
	});
});
