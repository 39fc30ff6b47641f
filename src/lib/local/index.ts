// Public API of the local-data core. Browser code: import from here; Node-only code (the Node DuckDB
// runner) lives in records/runner-node.ts and is never re-exported.
export type * from './types';
export { importPopulation, type PopulationOptions } from './population';
export { importCounts, type CountOptions, parsePeriod, resolveCategory } from './counts';
export { importRecords, prepareRecords, aggregatePrepared, type RecordOptions, type PreparedRecords } from './records';
export { prepareInWorker } from './records/prepare-client';
export { aggregateRecords, RULE_TEXT } from './records/aggregate';
export { normalizeRecords, RECORD_FIELDS } from './records/normalize';
export type { SqlRunner } from './records/runner';
export { wasmRunner } from './records/runner-wasm';
export { compareWithCbs, type ComparisonRow } from './compare';
export { populationTemplate, countsTemplate, recordsTemplate, type Template } from './templates';
export { SIZE_LIMITS, limitLabel, readTable, type UploadFile } from './decode';
export { TYPE_CODES, GENERIEK, MAIN_CATEGORIES, COMBINED_SUBCATEGORIES, extraCategories, DROP_LABELS } from './codes';
export { saveDataSet, listDataSets, deleteDataSet, clearAll } from './store';
