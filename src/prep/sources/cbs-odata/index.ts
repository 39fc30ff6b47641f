// Public surface of the CBS open-data adapter (OData v3). See README.md in this folder.
export { createCbsODataClient, buildUrl, ODATA_API_ROW_LIMIT, type CbsODataClient, type CbsODataClientOptions, type FetchLike } from './client';
export { CbsODataError, type CbsODataErrorKind } from './errors';
export { describeTable, mapRow, mirrorKey, parseCbsNumber, parsePeriod, regionLevel, trimCode, type MirrorRecord } from './mapping';
export { fetchWmoYear, joinWmoKwb, resolveTables, type WmoYearResult, type WmoYearTables } from './refresh';
export { clientRowsFromWmo, kwbToCanonical, kwbRecordForBuilder } from './toCanonical';
export { runRefreshCli } from './cli';
