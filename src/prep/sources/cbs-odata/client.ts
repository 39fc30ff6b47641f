// HTTP client for the CBS OData v3 services. The `fetch` function is injectable so tests replay
// recorded responses; paging follows "odata.nextLink" until it is absent. Retries are off by
// default (a refresh is run by hand; a clear error beats a silent wait).

import { CBS_ODATA_FEED_BASE } from '../cbs-tables';
import { CbsODataError, httpError, malformedError, networkError, timeoutError, truncatedError } from './errors';
import {
	asCbsRows,
	asDataProperties,
	asDimensionMembers,
	parsePage,
	type CbsRow,
	type DataProperty,
	type DimensionMember
} from './format';

/** The part of the WHATWG fetch API the client uses. */
export type FetchLike = (
	url: string,
	init?: { signal?: AbortSignal; headers?: Record<string, string> }
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface CbsODataClientOptions {
	fetch?: FetchLike;
	/** Default: the bulk service CBS_ODATA_FEED_BASE, which pages with odata.nextLink. */
	baseUrl?: string;
	timeoutMs?: number; // per request; default 60 s
	retries?: number; // extra attempts after a network error, timeout or HTTP 5xx; default 0
	retryDelayMs?: number; // default 2 s, doubled per attempt
	maxPages?: number; // guard against endless paging; default 1000
	/** Called after every page read: the refresh shows rows and pages per table. */
	onPage?: (tableId: string, rows: number, entitySet: string) => void;
}

export interface CollectionQuery {
	filter?: string;
	select?: string[];
	top?: number;
}

/** ODataApi returns at most this many rows per request and then stops without a nextLink. */
export const ODATA_API_ROW_LIMIT = 10_000;

export interface CbsODataClient {
	readonly baseUrl: string;
	collection(tableId: string, entitySet: string, query?: CollectionQuery): Promise<Record<string, unknown>[]>;
	dataProperties(tableId: string): Promise<DataProperty[]>;
	dimension(tableId: string, dimensionKey: string): Promise<DimensionMember[]>;
	typedDataSet(tableId: string, query?: CollectionQuery): Promise<CbsRow[]>;
}

/** URL of an entity set with OData system query options; always asks for JSON. */
export function buildUrl(baseUrl: string, tableId: string, entitySet: string, query: CollectionQuery = {}): string {
	const parts = ['$format=json'];
	if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
	if (query.select?.length) parts.push(`$select=${encodeURIComponent(query.select.join(','))}`);
	if (query.top !== undefined) parts.push(`$top=${query.top}`);
	return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(tableId)}/${entitySet}?${parts.join('&')}`;
}

/** The bulk service's nextLink may drop $format; without it the answer is Atom XML. */
export function withJsonFormat(url: string): string {
	if (/[?&]\$format=/i.test(url)) return url;
	return `${url}${url.includes('?') ? '&' : '?'}$format=json`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createCbsODataClient(options: CbsODataClientOptions = {}): CbsODataClient {
	const fetchFn: FetchLike = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
	const baseUrl = options.baseUrl ?? CBS_ODATA_FEED_BASE;
	const timeoutMs = options.timeoutMs ?? 60_000;
	const retries = options.retries ?? 0;
	const retryDelayMs = options.retryDelayMs ?? 2_000;
	const maxPages = options.maxPages ?? 1_000;

	async function once(tableId: string, url: string): Promise<string> {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		try {
			let response;
			try {
				response = await fetchFn(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
			} catch (cause) {
				if (controller.signal.aborted) throw timeoutError(tableId, url, timeoutMs);
				throw networkError(tableId, url, (cause as { cause?: unknown })?.cause ?? cause);
			}
			if (!response.ok) throw httpError(tableId, url, response.status);
			try {
				return await response.text();
			} catch (cause) {
				if (controller.signal.aborted) throw timeoutError(tableId, url, timeoutMs);
				throw networkError(tableId, url, cause);
			}
		} finally {
			clearTimeout(timer);
		}
	}

	async function get(tableId: string, url: string): Promise<string> {
		for (let attempt = 0; ; attempt++) {
			try {
				return await once(tableId, url);
			} catch (err) {
				const retryable =
					err instanceof CbsODataError &&
					(err.kind === 'network' || err.kind === 'timeout' || (err.kind === 'http' && (err.status ?? 0) >= 500));
				if (!retryable || attempt >= retries) throw err;
				await sleep(retryDelayMs * 2 ** attempt);
			}
		}
	}

	async function collection(tableId: string, entitySet: string, query: CollectionQuery = {}) {
		const rows: Record<string, unknown>[] = [];
		const seen = new Set<string>();
		let url: string | undefined = buildUrl(baseUrl, tableId, entitySet, query);
		for (let page = 0; url; page++) {
			if (page >= maxPages || seen.has(url)) {
				throw malformedError(tableId, url, `het bladeren stopt niet (meer dan ${maxPages} pagina's of een herhaalde vervolglink)`);
			}
			seen.add(url);
			const parsed = parsePage(await get(tableId, url), tableId, url);
			rows.push(...parsed.rows);
			options.onPage?.(tableId, parsed.rows.length, entitySet);
			const limited = query.top === undefined && /\/ODataApi\//i.test(url);
			if (!parsed.nextLink && limited && parsed.rows.length >= ODATA_API_ROW_LIMIT) {
				throw truncatedError(tableId, url, parsed.rows.length);
			}
			url = parsed.nextLink ? withJsonFormat(new URL(parsed.nextLink, url).toString()) : undefined;
		}
		return rows;
	}

	return {
		baseUrl,
		collection,
		async dataProperties(tableId) {
			const url = buildUrl(baseUrl, tableId, 'DataProperties');
			return asDataProperties(await collection(tableId, 'DataProperties'), tableId, url);
		},
		async dimension(tableId, dimensionKey) {
			const url = buildUrl(baseUrl, tableId, dimensionKey);
			return asDimensionMembers(await collection(tableId, dimensionKey), tableId, url);
		},
		async typedDataSet(tableId, query = {}) {
			const url = buildUrl(baseUrl, tableId, 'TypedDataSet', query);
			return asCbsRows(await collection(tableId, 'TypedDataSet', query), tableId, url);
		}
	};
}
