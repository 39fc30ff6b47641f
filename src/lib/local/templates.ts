// Downloadable CSV templates in the expected layout (semicolon, UTF-8 with BOM so Excel reads ë).
import { MAIN_CATEGORIES } from './codes';
import { RECORD_FIELDS } from './records/normalize';

const BOM = '\ufeff';

export interface Template {
	fileName: string;
	mime: string;
	text: string;
}

export function populationTemplate(gemeente = 'GM0344', wijken: string[] = [], years: number[] = [2026, 2027, 2028, 2029, 2030]): Template {
	const rows = ['regio;jaar;inwoners;0-14;15-24;25-44;45-64;65+'];
	for (const y of years) {
		rows.push(`${gemeente};${y};;;;;;`);
		for (const w of wijken) rows.push(`${w};${y};;;;;;`);
	}
	return { fileName: `sjabloon_bevolkingsprognose_${gemeente}.csv`, mime: 'text/csv;charset=utf-8', text: BOM + rows.join('\r\n') + '\r\n' };
}

export function countsTemplate(gemeente = 'GM0344', years: number[] = [2023, 2024]): Template {
	const rows = ['regio;categorie;periode;clienten'];
	for (const y of years) for (const c of MAIN_CATEGORIES) for (const p of [`${y}H1`, `${y}H2`, `${y}`]) rows.push(`${gemeente};${c.id};${p};`);
	return { fileName: `sjabloon_clientaantallen_${gemeente}.csv`, mime: 'text/csv;charset=utf-8', text: BOM + rows.join('\r\n') + '\r\n' };
}

/** The WMOBUS columns plus the optional ones, with one example (synthetic) record. */
export function recordsTemplate(gemeente = 'GM0344'): Template {
	const header = RECORD_FIELDS.filter((f) => f.id !== 'wijk').map((f) => f.synonyms[0]);
	const example = ['R', 'VOORBEELD1', '01', gemeente.slice(2), '1', '20240101', '20241231', '20230315', '', '4', '', '3', 'T0001', '1', `BU${gemeente.slice(2)}0101`];
	return { fileName: `sjabloon_wmo_records_${gemeente}.csv`, mime: 'text/csv;charset=utf-8', text: BOM + header.join(';') + '\r\n' + example.join(';') + '\r\n' };
}
