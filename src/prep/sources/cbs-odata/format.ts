// The JSON shapes of the CBS OData v3 API (opendata.cbs.nl/ODataApi and /ODataFeed), and the
// validation of one response page. Confirmed against stored public material (search, 2026-11-23):
// - "Handleiding CBS Open Data Services" (CBS, 2014): OData v3; per table the entity sets
//   TableInfos, UntypedDataSet, TypedDataSet, DataProperties, CategoryGroups and one set per
//   dimension (e.g. WijkenEnBuurten, RegioS, Perioden).
// - Responses are {"odata.metadata": ".../$metadata#Cbs.OData.WebAPI.<Set>", "value": [...]}; the
//   bulk service pages with "odata.nextLink" (cbsodata for Python and cbsodataR follow it until absent).
// - DataProperties entries carry "odata.type" (Cbs.OData.Topic, TopicGroup, Dimension, GeoDimension,
//   TimeDimension, GeoDetail), ID, Position, ParentID, Type, Key, Title, Description; topics also
//   Datatype, Unit, Decimals. Dimension members are {Key, Title, Description, CategoryGroupID}.
// - TypedDataSet rows: ID, dimension keys (region codes padded with spaces to 10 chars, periods like
//   "2019JJ00"), topics "Name_<position>" as numbers, null when missing/secret, padded strings.
// The OData v4 services (datasets.cbs.nl/odata/v1/CBS/{id}/Observations, "@odata.nextLink") are
// long format and not supported here; the v3 services still serve the full StatLine database.

import { excerpt, malformedError } from './errors';

export type CbsValue = string | number | boolean | null;
export type CbsRow = Record<string, CbsValue>;

export type DataPropertyType = 'Topic' | 'TopicGroup' | 'Dimension' | 'GeoDimension' | 'GeoDetail' | 'TimeDimension';

export interface DataProperty {
	'odata.type'?: string;
	ID: number;
	Position: number | null;
	ParentID: number | null;
	Type: DataPropertyType | string;
	Key: string;
	Title: string;
	Description?: string | null;
	Datatype?: string; // topics: 'Long', 'Double', 'String', ...
	Unit?: string; // topics: 'aantal', '%', 'x 1 000 euro', 'per km2', ...
	Decimals?: number;
	Default?: string;
	PresentationType?: string;
	MapYear?: string;
	ReleasePolicy?: boolean;
}

export interface DimensionMember {
	Key: string;
	Title: string;
	Description?: string | null;
	CategoryGroupID?: number | null;
}

export interface ODataPage {
	metadata?: string;
	rows: Record<string, unknown>[];
	nextLink?: string;
}

/** Parse and check one response body. Throws a Dutch CbsODataError when it is not OData JSON. */
export function parsePage(body: string, tableId: string, url: string): ODataPage {
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		const what = body.trim() === '' ? 'leeg antwoord' : `geen JSON maar "${excerpt(body)}"`;
		throw malformedError(tableId, url, what);
	}
	if (json === null || typeof json !== 'object' || Array.isArray(json)) {
		throw malformedError(tableId, url, 'het antwoord is geen JSON-object');
	}
	const obj = json as Record<string, unknown>;
	if (obj['odata.error'] !== undefined || obj.error !== undefined) {
		const err = (obj['odata.error'] ?? obj.error) as { message?: { value?: string } | string };
		const msg = typeof err?.message === 'string' ? err.message : (err?.message?.value ?? 'onbekende fout');
		throw malformedError(tableId, url, `de dienst meldt een fout: ${msg}`);
	}
	if (!Array.isArray(obj.value)) {
		throw malformedError(tableId, url, 'de lijst "value" ontbreekt');
	}
	obj.value.forEach((row, i) => {
		if (row === null || typeof row !== 'object' || Array.isArray(row)) {
			throw malformedError(tableId, url, `rij ${i + 1} in "value" is geen object`);
		}
	});
	const next = obj['odata.nextLink'] ?? obj['@odata.nextLink'];
	if (next !== undefined && typeof next !== 'string') {
		throw malformedError(tableId, url, '"odata.nextLink" is geen tekst');
	}
	const metadata = obj['odata.metadata'] ?? obj['@odata.context'];
	return {
		metadata: typeof metadata === 'string' ? metadata : undefined,
		rows: obj.value as Record<string, unknown>[],
		nextLink: next as string | undefined
	};
}

const CELL_TYPES = new Set(['string', 'number', 'boolean']);

/** Check that data rows hold only scalar cells. */
export function asCbsRows(rows: Record<string, unknown>[], tableId: string, url: string): CbsRow[] {
	for (let i = 0; i < rows.length; i++) {
		for (const [key, value] of Object.entries(rows[i])) {
			if (value !== null && !CELL_TYPES.has(typeof value)) {
				throw malformedError(tableId, url, `rij ${i + 1}, veld "${key}" is geen getal, tekst of null`);
			}
		}
	}
	return rows as CbsRow[];
}

/** Check DataProperties entries: each needs a text Key and Type. */
export function asDataProperties(rows: Record<string, unknown>[], tableId: string, url: string): DataProperty[] {
	rows.forEach((row, i) => {
		if (typeof row.Key !== 'string' || typeof row.Type !== 'string') {
			throw malformedError(tableId, url, `DataProperties-regel ${i + 1} mist "Key" of "Type"`);
		}
	});
	return rows as unknown as DataProperty[];
}

/** Check dimension members: each needs a text Key and Title. */
export function asDimensionMembers(rows: Record<string, unknown>[], tableId: string, url: string): DimensionMember[] {
	rows.forEach((row, i) => {
		if (typeof row.Key !== 'string' || typeof row.Title !== 'string') {
			throw malformedError(tableId, url, `dimensie-element ${i + 1} mist "Key" of "Title"`);
		}
	});
	return rows as unknown as DimensionMember[];
}
