// Region codes of the CBS indeling: GMxxxx is a gemeente, WKxxxxxx a wijk whose first four digits
// are its gemeente. Every layer reads codes through these, so the rule lives in one place.
import type { Level } from './schema';

export const GEMEENTE_CODE = /^GM\d{4}$/;
// Wijk codes are WK + gemeente number + two characters: Amsterdam uses letters since 2022 (WK0363AF).
export const WIJK_CODE = /^WK\d{4}[0-9A-Z]{2}$/;
export const REGION_CODE = /^(GM\d{4}|WK\d{4}[0-9A-Z]{2})$/;

/** The level a code names. */
export function levelOf(code: string): Level {
	return code.startsWith('WK') ? 'wijk' : 'gemeente';
}

/** The gemeente a code belongs to (its own code for a gemeente). */
export function gemeenteOf(code: string): string {
	return code.startsWith('WK') ? `GM${code.slice(2, 6)}` : code;
}
