// nl-NL formatting for everything a user sees. Pure functions, no DOM; missing values (null,
// undefined, NaN, ±Infinity) always render as an en dash "–", never as 0.

export const MISSING = '–';

const countFmt = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const shareFmt = new Map<number, Intl.NumberFormat>();
const changeFmt = new Map<number, Intl.NumberFormat>();
const numberFmt = new Map<string, Intl.NumberFormat>();
const dateFmt = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Amsterdam'
});
const dateTimeFmt = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Amsterdam'
});

/** True for a finite number; the guard every formatter uses. */
export function isNum(v: unknown): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

function percentFormatter(cache: Map<number, Intl.NumberFormat>, digits: number, signed: boolean) {
	let f = cache.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('nl-NL', {
			style: 'percent',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			signDisplay: signed ? 'exceptZero' : 'auto'
		});
		cache.set(digits, f);
	}
	return f;
}

/** Whole number with a thousands separator: 1234.4 → "1.234". */
export function formatCount(n: number | null | undefined): string {
	if (!isNum(n)) return MISSING;
	// Avoid "-0" for tiny negatives that round to zero.
	const r = Math.round(n);
	return countFmt.format(r === 0 ? 0 : r);
}

/** A number with a fixed count of decimals: formatNumber(1234.56, 1) → "1.234,6". */
export function formatNumber(n: number | null | undefined, digits = 0): string {
	if (!isNum(n)) return MISSING;
	const key = `f${digits}`;
	let f = numberFmt.get(key);
	if (!f) {
		f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
		numberFmt.set(key, f);
	}
	return f.format(n);
}

/** A number with a few significant digits (for model weights): 0.01234 → "0,012". */
export function formatSignificant(n: number | null | undefined, digits = 2): string {
	if (!isNum(n)) return MISSING;
	const key = `s${digits}`;
	let f = numberFmt.get(key);
	if (!f) {
		f = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: digits });
		numberFmt.set(key, f);
	}
	return f.format(n);
}

/** A fraction as a percentage: 0.045 → "4,5%". */
export function formatShare(fraction: number | null | undefined, digits = 1): string {
	if (!isNum(fraction)) return MISSING;
	return percentFormatter(shareFmt, digits, false).format(fraction);
}

/** A relative change (fraction) with an explicit sign: 0.032 → "+3,2%", -0.032 → "-3,2%", 0 → "0,0%". */
export function formatPercentChange(fraction: number | null | undefined, digits = 1): string {
	if (!isNum(fraction)) return MISSING;
	const out = percentFormatter(changeFmt, digits, true).format(fraction);
	// Values that round to zero lose their sign ("0,0%"), which is what a reader expects.
	return out.replace(/^[+-](0(,0+)?%)$/, '$1');
}

/** A date (ISO string, Date or epoch ms) in long nl-NL form: "23 november 2026". */
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
/** Euro, nl-NL, whole euros ("€ 1.234.567"); a dash when unknown. */
export function formatEuro(n: number | null | undefined): string {
	return isNum(n) ? EURO.format(n) : '–';
}

export function formatDate(d: string | number | Date | null | undefined, withTime = false): string {
	if (d === null || d === undefined || d === '') return MISSING;
	const date = d instanceof Date ? d : new Date(d);
	if (Number.isNaN(date.getTime())) return MISSING;
	return (withTime ? dateTimeFmt : dateFmt).format(date);
}

/** An interval of counts: (1230, 1410) → "1.230 – 1.410"; "–" when either bound is missing. */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined): string {
	if (!isNum(lower) || !isNum(upper)) return MISSING;
	return `${formatCount(lower)} – ${formatCount(upper)}`;
}

/** An interval of shares: (0.041, 0.049) → "4,1% – 4,9%". */
export function formatShareInterval(
	lower: number | null | undefined,
	upper: number | null | undefined,
	digits = 1
): string {
	if (!isNum(lower) || !isNum(upper)) return MISSING;
	return `${formatShare(lower, digits)} – ${formatShare(upper, digits)}`;
}

/**
 * A forecast rounded to the precision the model has: nearest 5 below 100, nearest 10 below 10.000,
 * nearest 100 above. Shown this way on screen and in exports; the model output stays unrounded.
 */
export function roundForecast(n: number): number {
	const step = Math.abs(n) < 100 ? 5 : Math.abs(n) < 10_000 ? 10 : 100;
	return Math.round(n / step) * step;
}

/** A forecast count, rounded (roundForecast) and formatted: 80290.4 → "80.300". */
export function formatForecast(n: number | null | undefined): string {
	return isNum(n) ? formatCount(roundForecast(n)) : MISSING;
}

/** An interval of forecasts, each bound rounded: (72173, 107433) → "72.200 – 107.400". */
export function formatForecastInterval(lower: number | null | undefined, upper: number | null | undefined): string {
	if (!isNum(lower) || !isNum(upper)) return MISSING;
	return `${formatForecast(lower)} – ${formatForecast(upper)}`;
}
