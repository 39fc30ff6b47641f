// Kind (c): own Wmo records in the WMOBUS layout → aggregated LocalDataSet. The raw rows only live
// in memory during the call; the result holds counts only.
import { readTable, type UploadFile } from './decode';
import { scoreHeader } from './mapping';
import { RECORD_FIELDS, normalizeRecords } from './records/normalize';
import { aggregateRecords, type AggregateOptions } from './records/aggregate';
import type { SqlRunner } from './records/runner';
import { makeId, mappingOf } from './dataset';
import type { LocalDataSet, Result } from './types';

export interface RecordOptions extends AggregateOptions {
	gemeente?: string;
}

export async function importRecords(file: UploadFile, runner: SqlRunner, opts: RecordOptions = {}): Promise<Result<LocalDataSet>> {
	const t = await readTable(file, 'records', (h) => scoreHeader(h, RECORD_FIELDS));
	if (!t.ok || !t.value) return { ok: false, problems: t.problems };
	opts.onProgress?.('controleren', 0.05);
	const norm = normalizeRecords(t.value, { gemeente: opts.gemeente });
	const problems = [...t.problems, ...norm.problems];
	if (!norm.ok || !norm.value) return { ok: false, problems };
	const agg = await aggregateRecords(runner, norm.value, opts);
	const periods = agg.clients.map((c) => c.period).sort();
	const set: LocalDataSet = {
		id: makeId('records', file.name, opts.now),
		kind: 'records',
		fileName: file.name,
		importedAt: (opts.now ?? new Date()).toISOString(),
		gemeenten: norm.value.gemeenten,
		period: { from: periods.length ? `${agg.from}` : '', to: periods.length ? `${agg.to}` : '' },
		recordCount: norm.value.read,
		clients: agg.clients,
		extraCategories: agg.extraCategories,
		stats: agg.stats,
		ruleApplied: { rule: agg.rule, description: agg.ruleText },
		consentNote: agg.consentNote,
		mapping: mappingOf(t.value, norm.value.mapped)
	};
	return { ok: true, value: set, problems };
}
