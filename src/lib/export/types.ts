// The input of every export, independent of the app's own types: a caller (the page, a CLI, a
// test) turns its views into ExportTables and a Provenance, and this module writes XLSX, CSV and
// PNG from them. Nothing here knows about gemeenten, wijken or the model.

/**
 * How a column's values are meant, which decides the number format:
 * - text     a string (codes, names, labels)
 * - count    a number of people; may be fractional (model output), shown whole: 1.234
 * - share    a fraction of a whole, 0.0452 → 4,5%
 * - percent  a relative change as a fraction, 0.031 → +3,1% (signed)
 * - number   any other number, two decimals: 1.234,57
 * - euro     an amount in euros, whole: € 1.235
 */
export type ColumnKind = 'text' | 'count' | 'share' | 'percent' | 'number' | 'euro';

export interface ExportColumn {
	/** The column name as the user reads it; a year belongs in it ("Prognose 2029"): the caller's job. */
	header: string;
	kind: ColumnKind;
	/** Decimals in the CSV (XLSX keeps the full value and only formats it); default per kind. */
	digits?: number;
}

/** One cell: text, a number (unrounded), or null for missing/suppressed. */
export type ExportCell = string | number | null;

export interface ExportTable {
	/** Sheet name in XLSX (shortened and cleaned to Excel's rules); also used in file names. */
	sheet: string;
	/** A sentence saying what the table is ("Wmo-cliënten per wijk, Utrecht, 2018–2029"). */
	title: string;
	columns: ExportColumn[];
	rows: ExportCell[][];
	/** A total row under the data (e.g. the gemeente total), written in bold in XLSX. */
	totalRow?: ExportCell[];
}

export interface Provenance {
	/** Date of the data snapshot, ISO (2026-12-02) or as shown to the user. */
	snapshotDate: string;
	snapshotHash: string;
	modelVersion: string;
	/** True when the user's own (local) data replaced or added to the CBS figures. */
	localData: boolean;
	/** Sources, each as it should be cited ("CBS StatLine 84752NED, Wmo-cliënten …"). */
	sources: string[];
	/** Licences ("CC BY 4.0, CBS"). */
	licences: string[];
	/** Model settings worth reproducing a figure (label → value), shown on the Bronnen sheet. */
	settings?: Array<{ label: string; value: string | number }>;
	/** When the export was made (ISO); only written when given. */
	exportedAt?: string;
}
