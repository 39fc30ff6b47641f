// Reads the Wmo files of the mirror into typed records: one Wmo count plus the KWB record of the
// same region and year. Validation (codes, numbers, negative counts, duplicates) happens here so
// that everything downstream can trust its input.

import type { DuckDBConnection } from '@duckdb/node-api';
import { CATEGORIES, type Category } from '../../lib/snapshot/schema';
import type { KwbRecord } from '../canonical/kwbRecord';
import { DataInputError } from './errors';
import { parseNumber, readMirrorCsv, type CsvRow, type CsvTable } from './readCsv';
import { readWijkTypeJaar, type WijkTypeRecord } from './wijkTypeFile';
import { GEMEENTE_CODE, WIJK_CODE } from '../../lib/snapshot/codes';

export const WMO_FILES = {
	wijkTotaalJaar: 'wmo/wijk_totaal_jaar.csv',
	wijkHhHalfjaar: 'wmo/wijk_hh_halfjaar.csv',
	gemeenteHhHalfjaar: 'wmo/gemeente_hh_halfjaar.csv',
	gemeenteHhJaar: 'wmo/gemeente_hh_jaar.csv',
	gemeenteTypeJaar: 'wmo/gemeente_type_jaar.csv'
} as const;

/** KWB keys we use, and whether each is a count (must not be negative). */
export const KWB_KEYS: Record<string, boolean> = {
	aantalinwoners: true,
	k0tot15jaar: true,
	k15tot25jaar: true,
	k25tot45jaar: true,
	k45tot65jaar: true,
	k65jaarofouder: true,
	ongehuwd: true,
	gehuwd: true,
	gescheiden: true,
	verweduwd: true,
	huishoudenstotaal: true,
	eenpersoonshuishoudens: true,
	personenpersoortuitkeringbijstand: true,
	personenpersoortuitkeringao: true,
	personenpersoortuitkeringaow: true,
	huishoudensmeteenlaaginkomen: true, // a percentage, but never negative either
	huishonderofrondsociaalminimum: true,
	gemiddeldehuishoudensgrootte: true,
	gemiddeldinkomenperinwoner: false,
	omgevingsadressendichtheid: true
};

export interface WmoRecord {
	file: string;
	line: number;
	code: string;
	year: number;
	half: number; // 0 = year
	clients: number | null;
	publishedZero: boolean; // the file said 0; read as suppressed, see zeroIsSuppressed()
	gemeenteName: string | null;
	kwb: KwbRecord;
	/** CBS period status from a live refresh (definitief, voorlopig, nader_voorlopig); absent in the mirror. */
	status?: string | null;
}


export function checkCode(table: CsvTable, row: CsvRow, column: string, pattern: RegExp, what: string): string {
	const code = (row[column] ?? '').trim();
	if (!pattern.test(code)) {
		throw new DataInputError(
			table.file,
			row.__line,
			`onbekende regiocode "${code}" in kolom "${column}"; verwacht een ${what}.`,
			`Gebruik een CBS-code van de vorm ${what === 'wijkcode' ? 'WK gevolgd door 6 cijfers (bijv. WK036301)' : 'GM gevolgd door 4 cijfers (bijv. GM0363)'}.`
		);
	}
	return code;
}

export function parseYear(table: CsvTable, row: CsvRow, column: string): number {
	const raw = (row[column] ?? '').trim();
	const y = Number(raw.slice(0, 4));
	if (!/^\d{4}/.test(raw) || y < 2000 || y > 2100) {
		throw new DataInputError(
			table.file,
			row.__line,
			`ongeldige periode "${raw}" in kolom "${column}".`,
			'Gebruik een jaartal (bijv. 2018) of voor halfjaren de vorm 201801/201802.'
		);
	}
	return y;
}

function kwbOf(table: CsvTable, row: CsvRow): KwbRecord {
	const rec: KwbRecord = {};
	for (const [key, isCount] of Object.entries(KWB_KEYS)) {
		if (table.columns.includes(key)) rec[key] = parseNumber(table, row, key, { count: isCount });
	}
	return rec;
}

export function checkUnique(records: WmoRecord[]): void {
	const seen = new Map<string, number>();
	for (const r of records) {
		const key = `${r.code}|${r.year}|${r.half}`;
		const prev = seen.get(key);
		if (prev !== undefined) {
			throw new DataInputError(
				r.file,
				r.line,
				`dubbele regel: ${r.code} komt voor periode ${r.year}${r.half ? 'H' + r.half : ''} al voor op regel ${prev}.`,
				'Verwijder een van beide regels.'
			);
		}
		seen.set(key, r.line);
	}
}

/**
 * CBS publishes no Wmo count below 10 (the smallest non-zero value in every mirror file is 10 or
 * more). The wijk file has 0 in 96–201 small wijken a year in 2015–2017 and no empty cell, while
 * 2018 has no 0 and 181 empty cells in wijken of the same size: the upstream repository wrote
 * suppressed cells as 0. So a published 0 is read as suppressed, never as zero clients.
 */
export function zeroIsSuppressed(clients: number | null): { clients: number | null; publishedZero: boolean } {
	return clients === 0 ? { clients: null, publishedZero: true } : { clients, publishedZero: false };
}

const REQUIRED_KWB = ['aantalinwoners', 'k0tot15jaar', 'k65jaarofouder', 'huishoudenstotaal'];

async function readWmoFile(
	con: DuckDBConnection,
	mirrorDir: string,
	file: string,
	level: 'wijk' | 'gemeente',
	periodColumn: string,
	halfYear: boolean
): Promise<WmoRecord[]> {
	const table = await readMirrorCsv(con, mirrorDir, file, ['codering_regio', periodColumn, 'wmoclienten', ...REQUIRED_KWB], [
		...Object.keys(KWB_KEYS),
		'gemeentenaam',
		'status'
	]);
	const records = table.rows.map((row) => {
		const code = checkCode(table, row, 'codering_regio', level === 'wijk' ? WIJK_CODE : GEMEENTE_CODE, level === 'wijk' ? 'wijkcode' : 'gemeentecode');
		const year = parseYear(table, row, periodColumn);
		let half = 0;
		if (halfYear) {
			const raw = (row[periodColumn] ?? '').trim();
			half = Number(raw.slice(4));
			if (!/^\d{6}$/.test(raw) || (half !== 1 && half !== 2)) {
				throw new DataInputError(file, row.__line, `ongeldig halfjaar "${raw}" in kolom "${periodColumn}".`, 'Gebruik de vorm JJJJ01 of JJJJ02 (bijv. 201801).');
			}
		}
		return {
			file,
			line: row.__line,
			code,
			year,
			half,
			...zeroIsSuppressed(parseNumber(table, row, 'wmoclienten', { count: true })),
			gemeenteName: row.gemeentenaam ?? null,
			kwb: kwbOf(table, row),
			...(row.status ? { status: row.status } : {})
		};
	});
	checkUnique(records);
	return records;
}

export interface GemeenteTypeRecord {
	file: string;
	line: number;
	code: string;
	name: string | null;
	year: number;
	clients: Record<Category, number | null>;
	kwb: KwbRecord;
	status?: string | null; // as WmoRecord.status
}

export const TYPE_COLUMNS: Record<Category, string> = {
	totaal: 'wmo_clienten_totaal',
	hulp_bij_het_huishouden: 'hulp_bij_het_huishouden',
	ondersteuning_thuis: 'ondersteuning_thuis',
	hulpmiddelen_en_diensten: 'hulpmiddelen_en_diensten',
	verblijf_en_opvang: 'verblijf_en_opvang'
};

/** English column names of gemeente_type_jaar.csv and the CBS KWB key each one carries. */
export const TYPE_KWB: Record<string, string> = {
	n_inhabitants: 'aantalinwoners',
	age_0_15: 'k0tot15jaar',
	age_15_25: 'k15tot25jaar',
	age_25_45: 'k25tot45jaar',
	age_45_65: 'k45tot65jaar',
	age_65_plus: 'k65jaarofouder',
	n_unmarried: 'ongehuwd',
	n_married: 'gehuwd',
	n_divorced: 'gescheiden',
	n_widowed: 'verweduwd',
	n_benefit_welfare: 'personenpersoortuitkeringbijstand',
	n_benefit_unfitforwork: 'personenpersoortuitkeringao'
};

async function readGemeenteTypeJaar(con: DuckDBConnection, mirrorDir: string): Promise<GemeenteTypeRecord[]> {
	const file = WMO_FILES.gemeenteTypeJaar;
	const table = await readMirrorCsv(con, mirrorDir, file, ['year', 'mun_code', 'mun_name', ...Object.values(TYPE_COLUMNS), ...Object.keys(TYPE_KWB)], ['status']);
	const records = table.rows.map((row) => {
		const clients = {} as Record<Category, number | null>;
		for (const c of CATEGORIES) clients[c] = zeroIsSuppressed(parseNumber(table, row, TYPE_COLUMNS[c], { count: true })).clients;
		const kwb: KwbRecord = {};
		for (const [col, key] of Object.entries(TYPE_KWB)) kwb[key] = parseNumber(table, row, col, { count: true });
		return {
			file,
			line: row.__line,
			code: checkCode(table, row, 'mun_code', GEMEENTE_CODE, 'gemeentecode'),
			name: row.mun_name ?? null,
			year: parseYear(table, row, 'year'),
			clients,
			kwb,
			...(row.status ? { status: row.status } : {})
		};
	});
	checkUnique(records.map((r) => ({ ...r, half: 0, clients: null, publishedZero: false, gemeenteName: null })));
	return records;
}

export interface WmoMirror {
	wijkTotaalJaar: WmoRecord[];
	wijkHhHalfjaar: WmoRecord[];
	gemeenteHhHalfjaar: WmoRecord[];
	gemeenteHhJaar: WmoRecord[];
	gemeenteTypeJaar: GemeenteTypeRecord[];
	/** Wijk counts per type and year, only in a refreshed folder (wmo/wijk_type_jaar.csv). */
	wijkTypeJaar: WijkTypeRecord[];
}

export async function readWmoMirror(con: DuckDBConnection, mirrorDir: string): Promise<WmoMirror> {
	return {
		wijkTotaalJaar: await readWmoFile(con, mirrorDir, WMO_FILES.wijkTotaalJaar, 'wijk', 'perioden', false),
		wijkHhHalfjaar: await readWmoFile(con, mirrorDir, WMO_FILES.wijkHhHalfjaar, 'wijk', 'periodennum', true),
		gemeenteHhHalfjaar: await readWmoFile(con, mirrorDir, WMO_FILES.gemeenteHhHalfjaar, 'gemeente', 'periodennum', true),
		gemeenteHhJaar: await readWmoFile(con, mirrorDir, WMO_FILES.gemeenteHhJaar, 'gemeente', 'perioden', false),
		gemeenteTypeJaar: await readGemeenteTypeJaar(con, mirrorDir),
		wijkTypeJaar: await readWijkTypeJaar(con, mirrorDir)
	};
}
