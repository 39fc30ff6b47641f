// Cell values: Dutch and international numbers, JJJJMMDD dates, region codes.

/**
 * A number as Dutch or English spreadsheets write it: "1234", "1.234" (Dutch thousands),
 * "1.234,5", "12,5" (decimal comma), "1,234.5", "1234.5". Returns null when it is no number.
 * `decimalComma` is set when a comma was read as the decimal sign.
 */
export function parseNumber(raw: string): { value: number; decimalComma: boolean } | null {
	let s = raw.trim().replace(/[\s\u00a0']/g, '');
	if (s === '') return null;
	let decimalComma = false;
	if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
		decimalComma = s.includes(',');
		s = s.replace(/\./g, '').replace(',', '.');
	} else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && s.includes('.')) {
		s = s.replace(/,/g, '');
	} else if (/^-?\d*,\d+$/.test(s)) {
		decimalComma = true;
		s = s.replace(',', '.');
	}
	if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(s)) return null;
	const value = Number(s);
	return Number.isFinite(value) ? { value, decimalComma } : null;
}

/** JJJJMMDD → 'JJJJ-MM-DD', or null when it is not a valid date in that form. */
export function parseYmd(raw: string): string | null {
	const s = raw.trim();
	if (!/^\d{8}$/.test(s)) return null;
	const y = +s.slice(0, 4);
	const m = +s.slice(4, 6);
	const d = +s.slice(6, 8);
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	if (d > days) return null;
	return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** A hint about what a bad date looks like, for the message. */
export function dateHint(raw: string): string {
	const s = raw.trim();
	if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(s)) return 'dit lijkt DD-MM-JJJJ';
	if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(s)) return 'dit lijkt JJJJ-MM-DD met scheidingstekens';
	if (/^\d{8}$/.test(s)) return 'dit is geen bestaande datum';
	return 'dit is geen datum in de vorm JJJJMMDD';
}

/** 'GM0344', '0344', '344', 'gm344' → 'GM0344'; null otherwise. */
export function normGemeente(raw: string): string | null {
	const s = raw.trim().toUpperCase();
	const m = /^(GM)?(\d{1,4})$/.exec(s);
	return m ? 'GM' + m[2].padStart(4, '0') : null;
}

/** 'WK034401', '034401' → 'WK034401'; a buurt 'BU03440102' → its wijk 'WK034401'. */
export function normWijk(raw: string): string | null {
	const s = raw.trim().toUpperCase();
	let m = /^(WK)?(\d{6})$/.exec(s);
	if (m) return 'WK' + m[2];
	m = /^BU(\d{8})$/.exec(s);
	if (m) return 'WK' + m[1].slice(0, 6);
	return null;
}

/** Name comparison key: case, accents, punctuation and "gemeente"/"wijk" prefixes ignored. */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/^(gemeente|wijk)\s+/, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
