// Chooses the protocol per table: OData v4 when the new portal has the table, else OData v3 (the
// old portal, which closes after CBS's migration). A table unknown to both is an "unknown id".

import { CBS_ODATA_FEED_BASE, CBS_ODATA_V4_BASE } from '../cbs-tables';
import { createCbsODataClient, type CbsODataClientOptions } from './client';
import { CbsODataError } from './errors';
import { fetchTableV3, type FetchedTable, type RequiredTopic } from './refresh';
import { fetchTableV4 } from './v4';

export type Protocol = 'v4' | 'v3';

export interface FetchedWithProtocol extends FetchedTable {
	protocol: Protocol;
}

export interface CbsApiOptions extends Omit<CbsODataClientOptions, 'baseUrl'> {
	v4Base?: string;
	v3Base?: string;
	/** Use one protocol only (--protocol v3 or v4). */
	only?: Protocol;
	/** Told when v4 failed and v3 is tried, with the v4 error (shown in the refresh log). */
	onFallback?: (id: string, v4Error: CbsODataError) => void;
}

export class UnknownTableError extends CbsODataError {
	constructor(id: string) {
		super('http', `CBS open-data API: tabel ${id} bestaat niet in de v4- en niet in de v3-dienst (HTTP 404). Controleer het nummer in src/prep/sources/cbs-tables.ts of zoek de tabel op in de CBS-catalogus.`, { tableId: id, status: 404 });
	}
}

const notFound = (err: unknown) => err instanceof CbsODataError && err.kind === 'http' && err.status === 404;
const offline = (err: unknown) => err instanceof CbsODataError && (err.kind === 'network' || err.kind === 'timeout');

export function createCbsApi(options: CbsApiOptions = {}) {
	const v4 = createCbsODataClient({ ...options, baseUrl: options.v4Base ?? CBS_ODATA_V4_BASE });
	const v3 = createCbsODataClient({ ...options, baseUrl: options.v3Base ?? CBS_ODATA_FEED_BASE });
	return {
		v4Base: v4.baseUrl,
		v3Base: v3.baseUrl,
		async fetchTable(id: string, year: number | null, required: RequiredTopic): Promise<FetchedWithProtocol> {
			let v4Error: CbsODataError | undefined;
			if (options.only !== 'v3') {
				try {
					return { ...(await fetchTableV4(v4, id, year, required)), protocol: 'v4' };
				} catch (err) {
					// Offline is final: the old portal is not reachable either, and the user must know at once.
					// Anything else (not migrated, an answer or layout the v4 reader does not expect) falls back to v3.
					if (!(err instanceof CbsODataError) || offline(err) || options.only === 'v4') throw err;
					v4Error = err;
					if (!notFound(err)) options.onFallback?.(id, err);
				}
			}
			try {
				return { ...(await fetchTableV3(v3, id, year, required)), protocol: 'v3' };
			} catch (err) {
				if (notFound(err) && (v4Error === undefined || notFound(v4Error))) throw new UnknownTableError(id);
				throw err;
			}
		}
	};
}

export type CbsApi = ReturnType<typeof createCbsApi>;
