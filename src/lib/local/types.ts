// The output of a local upload: aggregates only, never the raw records. This is what the forecast
// pipeline consumes and what the IndexedDB store keeps. Categories are strings (data, not a union):
// the five CBS categories plus extra per-type subcategories listed in `extraCategories`.
import type { AgeBand, Level } from '../snapshot/schema';

export type LocalKind = 'population' | 'counts' | 'records';

export type Severity = 'fout' | 'waarschuwing' | 'info';

/** One Dutch message about the input, with the file, row, value and the fix. */
export interface Problem {
	severity: Severity;
	/** stable id of the check, for tests and for grouping in the UI */
	code: string;
	file: string;
	/** 1-based line (CSV) or row number (XLSX, header = 1) */
	line?: number;
	column?: string;
	value?: string;
	message: string;
	fix: string;
	/** "Fout in bestand.csv (regel 12): … Oplossing: …" */
	text: string;
}

/** Pure functions return this; a fatal problem gives ok = false and keeps nothing else loaded away. */
export interface Result<T> {
	ok: boolean;
	value?: T;
	problems: Problem[];
}

/** Which file column feeds which field, shown to the user. */
export interface ColumnMapping {
	/** field id → column name as written in the file */
	fields: Record<string, string>;
	/** columns of the file that are not used */
	ignored: string[];
	/** how the file was read */
	encoding: string;
	separator?: string;
	sheet?: string;
}

export interface LocalClientRow {
	level: Level;
	code: string;
	category: string;
	period: string; // '2024' or '2024H1'
	year: number;
	half: number; // 0 = year, 1 / 2 = half-year
	clients: number;
}

export interface LocalPopulationRow {
	level: Level;
	code: string;
	year: number;
	persons: number;
	bands?: Partial<Record<Exclude<AgeBand, 'totaal'>, number>>;
	/** true for a gemeente total summed from its wijken */
	derived?: boolean;
}

export interface MergeStat {
	category: string;
	/** records of this category's types that were read */
	recordsIn: number;
	/** of those, used for counting */
	recordsUsed: number;
	/** trajectories after merging */
	trajectories: number;
	/** unique persons over the whole period */
	persons: number;
}

export type DropReason = 'geen_toestemming' | 'buiten_periode' | 'onbekend_type' | 'eind_voor_begin';

export interface RecordStats {
	recordsRead: number;
	recordsUsed: number;
	dropped: Array<{ reason: DropReason; label: string; records: number }>;
	perCategory: MergeStat[];
	/** generieke toewijzing (type 88): counted apart, never in totaal */
	generiek: { records: number; persons: number };
	millis?: number;
	/** milliseconds per step of the SQL aggregation */
	timings?: Record<string, number>;
}

export type MergeRule = 'toewijzing' | 'oud';

export interface LocalDataSet {
	id: string;
	kind: LocalKind;
	fileName: string;
	importedAt: string; // ISO 8601
	gemeenten: string[];
	period: { from: string; to: string }; // periods, '2017' or '2017H1'
	recordCount: number; // data rows read from the file
	clients?: LocalClientRow[];
	population?: LocalPopulationRow[];
	extraCategories?: Array<{ id: string; label: string }>;
	stats?: RecordStats;
	ruleApplied?: { rule: MergeRule; description: string };
	consentNote?: string;
	mapping: ColumnMapping;
}

/** A region as the app knows it (regions.parquet). */
export interface LocalRegion {
	code: string;
	level: Level;
	name: string;
	gemeente_code: string;
}
