// Text alternatives for ForecastChart: the per-year data table and a one-paragraph summary.
// Pure functions (nl-NL), so screen-reader text is unit-tested like the numbers on screen.

import { formatCount, formatEuro, formatInterval, formatShare, formatShareInterval, isNum } from '$lib/view/format';
import { forecastValues, historyValue } from './chartGeometry';
import type { ChartMode, ChartSeries } from '$lib/view/types';

export const CONVERTED_LABEL = 'geschat via grenswijziging';
/** A gap filled from a neighbouring year and the wijken (a merged part did not deliver). */
export const ESTIMATED_LABEL = 'geschat: een deel van de gemeente leverde niet';
const STATUS_TEXT = { suppressed: 'onderdrukt', not_delivered: 'niet geleverd' } as const;

export function formatValue(v: number | null, mode: ChartMode): string {
	return mode === 'share' ? formatShare(v, 2) : mode === 'euro' ? formatEuro(v) : formatCount(v);
}

function formatRange(lo: number | null, hi: number | null, mode: ChartMode): string {
	return mode === 'share' ? formatShareInterval(lo, hi, 2) : mode === 'euro' ? `${formatEuro(lo)} – ${formatEuro(hi)}` : formatInterval(lo, hi);
}

/** Decimals for share ticks: enough to tell neighbouring ticks apart, at most 2. */
export function shareTickDigits(step: number): number {
	if (!(step > 0)) return 1;
	return Math.min(2, Math.max(0, Math.ceil(-Math.log10(step * 100) - 1e-9)));
}

/** The text of one cell: a value with its status or interval, "–" with the reason when missing. */
export function cellText(s: ChartSeries, year: number, mode: ChartMode, originYear: number): string {
	if (year <= originYear) {
		const h = s.history.find((p) => p.year === year);
		if (!h) return '– (geen gegevens)';
		if (h.status !== 'observed') return `– (${STATUS_TEXT[h.status]})`;
		const v = historyValue(h, mode);
		if (v === null) return '– (geen gegevens)';
		if (h.estimated) return `${formatValue(v, mode)} (${ESTIMATED_LABEL})`;
		return h.converted ? `${formatValue(v, mode)} (${CONVERTED_LABEL})` : formatValue(v, mode);
	}
	const f = s.forecast.find((p) => p.year === year);
	if (!f) return '– (geen prognose)';
	const v = forecastValues(f, mode);
	if (v.value === null) return f.reliability === 'none' ? '– (geen prognose: < 10 cliënten)' : '– (geen prognose)';
	const range = isNum(v.lower) && isNum(v.upper) ? ` (80%-interval ${formatRange(v.lower, v.upper, mode)})` : '';
	const flag = f.reliability === 'unreliable' ? ', onbetrouwbaar' : '';
	return `${formatValue(v.value, mode)}${range}${flag}`;
}

/** Rows of the data table: one per year, one cell per series. */
export function tableRows(
	series: ChartSeries[],
	mode: ChartMode,
	originYear: number,
	yearsBack = 5,
	yearsAhead = 5
): Array<{ year: number; kind: 'waargenomen' | 'prognose'; cells: string[] }> {
	const rows = [];
	for (let y = originYear - yearsBack; y <= originYear + yearsAhead; y++) {
		rows.push({
			year: y,
			kind: y <= originYear ? ('waargenomen' as const) : ('prognose' as const),
			cells: series.map((s) => cellText(s, y, mode, originYear))
		});
	}
	return rows;
}

/** A short Dutch summary: last observed value and the value at the end of the horizon per series. */
export function chartSummary(
	series: ChartSeries[],
	mode: ChartMode,
	originYear: number,
	yearsBack = 5,
	yearsAhead = 5
): string {
	const unit = mode === 'share' ? 'aandeel inwoners' : mode === 'euro' ? 'uitgaven in euro' : 'cliënten';
	const parts = series.map((s) => {
		const last = [...s.history]
			.filter((h) => h.year <= originYear && historyValue(h, mode) !== null)
			.sort((a, b) => b.year - a.year)[0];
		const fc = [...s.forecast]
			.filter((f) => f.year > originYear && f.year <= originYear + yearsAhead && forecastValues(f, mode).value !== null)
			.sort((a, b) => b.year - a.year)[0];
		let t = `${s.label}: `;
		t += last ? `${formatValue(historyValue(last, mode), mode)} in ${last.year}${last.estimated ? ' (geschat)' : ''}` : 'geen waarneming';
		if (fc) {
			const v = forecastValues(fc, mode);
			t += `, prognose ${fc.year} ${formatValue(v.value, mode)}`;
			if (isNum(v.lower) && isNum(v.upper)) t += ` (80%-interval ${formatRange(v.lower, v.upper, mode)})`;
		} else {
			t += ', geen prognose';
		}
		return t + '.';
	});
	return `Lijngrafiek van ${unit}, ${originYear - yearsBack} tot en met ${originYear + yearsAhead}. ${parts.join(' ')}`;
}
