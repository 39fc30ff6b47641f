// Kind (c): own Wmo records in the WMOBUS layout → aggregated LocalDataSet. The raw rows only live
// in memory during the call; the result holds counts only. Two halves, so the JS half (decode and
// row checks) can run in a Web Worker (records/prepare.worker.ts) and the SQL half next to DuckDB.
import { readTable, type UploadFile } from './decode';
import { scoreHeader } from './mapping';
import { RECORD_FIELDS, normalizeRecords, type NormalizedRecords } from './records/normalize';
import { aggregateRecords, type AggregateOptions } from './records/aggregate';
import type { SqlRunner } from './records/runner';
import { makeId } from './dataset';
import { SEPARATOR_LABELS } from './decode/csv';
import type { ColumnMapping, LocalDataSet, Problem, Result } from './types';

export interface RecordOptions extends AggregateOptions {
	gemeente?: string;
}

/** The JS half: decoded, checked and normalised records (plain data, safe to post from a worker). */
export interface PreparedRecords {
	fileName: string;
	records: NormalizedRecords;
	mapping: ColumnMapping;
}

export async function prepareRecords(file: UploadFile, opts: { gemeente?: string } = {}): Promise<Result<PreparedRecords>> {
	const t = await readTable(file, 'records', (h) => scoreHeader(h, RECORD_FIELDS));
	if (!t.ok || !t.value) return { ok: false, problems: t.problems };
	const src = t.value;
	const norm = normalizeRecords(src, { gemeente: opts.gemeente, bytes: file.bytes });
	const problems: Problem[] = [...t.problems, ...norm.problems];
	if (!norm.ok || !norm.value) return { ok: false, problems };
	const mapping: ColumnMapping = {
		fields: norm.value.mapped.fields,
		ignored: norm.value.mapped.ignored,
		encoding: src.encoding,
		...(src.separator ? { separator: SEPARATOR_LABELS[src.separator] } : {}),
		...(src.sheet ? { sheet: src.sheet } : {})
	};
	return { ok: true, problems, value: { fileName: file.name, records: norm.value, mapping } };
}

/** The SQL half: aggregate prepared records with a runner (Node DuckDB or DuckDB-WASM). */
export async function aggregatePrepared(prep: PreparedRecords, runner: SqlRunner, opts: RecordOptions = {}): Promise<LocalDataSet> {
	const agg = await aggregateRecords(runner, prep.records, opts);
	const any = agg.clients.length > 0;
	return {
		id: makeId('records', prep.fileName, opts.now),
		kind: 'records',
		fileName: prep.fileName,
		importedAt: (opts.now ?? new Date()).toISOString(),
		gemeenten: prep.records.gemeenten,
		period: { from: any ? `${agg.from}` : '', to: any ? `${agg.to}` : '' },
		recordCount: prep.records.read,
		clients: agg.clients,
		extraCategories: agg.extraCategories,
		stats: agg.stats,
		ruleApplied: { rule: agg.rule, description: agg.ruleText },
		consentNote: agg.consentNote,
		mapping: prep.mapping
	};
}

export async function importRecords(file: UploadFile, runner: SqlRunner, opts: RecordOptions = {}): Promise<Result<LocalDataSet>> {
	opts.onProgress?.('controleren', 0.05);
	const prep = await prepareRecords(file, { gemeente: opts.gemeente });
	if (!prep.ok || !prep.value) return { ok: false, problems: prep.problems };
	return { ok: true, problems: prep.problems, value: await aggregatePrepared(prep.value, runner, opts) };
}
