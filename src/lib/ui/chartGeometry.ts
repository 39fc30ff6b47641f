// Pure geometry for ForecastChart: scales, nice ticks, line/band paths with gaps, and the values a
// series shows in a mode. No DOM; every function is unit-tested.

import { isNum } from '$lib/view/format';
import type { ChartMode, ChartSeries, ForecastPoint, HistoryPoint } from '$lib/view/types';

export interface Dims {
	width: number;
	height: number;
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const DEFAULT_DIMS: Dims = { width: 640, height: 240, top: 18, right: 16, bottom: 30, left: 64 };

/** Calm, high-contrast series colours (≥ 4.5:1 on white), themable as --wmo-series-1 … -4. */
export const SERIES_FALLBACK = ['#1d4f91', '#a34700', '#2b6b3f', '#6a3d8f'];
export function seriesColor(i: number): string {
	const k = (((i % 4) + 4) % 4) + 1;
	return `var(--wmo-series-${k}, ${SERIES_FALLBACK[k - 1]})`;
}

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale(domain: [number, number], range: [number, number]): (v: number) => number {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	if (d1 === d0) return () => (r0 + r1) / 2;
	const k = (r1 - r0) / (d1 - d0);
	return (v) => r0 + (v - d0) * k;
}

/** A step of 1, 2 or 5 × 10^k, nearest (geometrically) to span / target. */
export function niceStep(span: number, target = 5): number {
	if (!(span > 0) || !Number.isFinite(span)) return 1;
	const raw = span / Math.max(1, target);
	const pow = Math.pow(10, Math.floor(Math.log10(raw)));
	const f = raw / pow;
	const m = f >= Math.sqrt(50) ? 10 : f >= Math.sqrt(10) ? 5 : f >= Math.SQRT2 ? 2 : 1;
	return m * pow;
}

/** Round, evenly spaced ticks covering [min, max]; the domain is widened to the outer ticks. */
export function niceTicks(min: number, max: number, target = 5): { ticks: number[]; domain: [number, number] } {
	if (!isNum(min) || !isNum(max)) return { ticks: [0, 1], domain: [0, 1] };
	if (max < min) [min, max] = [max, min];
	if (max === min) {
		const pad = max === 0 ? 1 : Math.abs(max) * 0.1;
		min -= min === 0 ? 0 : pad;
		max += pad;
	}
	const step = niceStep(max - min, target);
	const lo = Math.floor(min / step + 1e-9) * step;
	const hi = Math.ceil(max / step - 1e-9) * step;
	const ticks: number[] = [];
	// Round each tick to the step's precision so 0.1 + 0.2 never shows up as 0.30000000000000004.
	const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
	for (let v = lo, i = 0; v <= hi + step / 2 && i < 100; v += step, i++) {
		ticks.push(Number((lo + i * step).toFixed(decimals)));
	}
	return { ticks, domain: [ticks[0], ticks[ticks.length - 1]] };
}

export interface XY {
	x: number;
	y: number | null;
}

/** An SVG path through the points in x order; a null y breaks the line (a gap, never a zero). */
export function linePath(points: XY[]): string {
	let d = '';
	let pen = false;
	for (const p of [...points].sort((a, b) => a.x - b.x)) {
		if (!isNum(p.y)) {
			pen = false;
			continue;
		}
		d += `${pen ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
		pen = true;
	}
	return d;
}

export interface BandPoint {
	x: number;
	lo: number | null;
	hi: number | null;
}

/** Closed polygons for the interval band; every contiguous run of complete points is one shape. */
export function bandPath(points: BandPoint[]): string {
	const runs: BandPoint[][] = [];
	let run: BandPoint[] = [];
	for (const p of [...points].sort((a, b) => a.x - b.x)) {
		if (isNum(p.lo) && isNum(p.hi)) run.push(p);
		else if (run.length) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length) runs.push(run);
	return runs
		.filter((r) => r.length > 1)
		.map((r) => {
			const top = r.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)},${round(p.hi as number)}`).join('');
			const bottom = [...r].reverse().map((p) => `L${round(p.x)},${round(p.lo as number)}`).join('');
			return top + bottom + 'Z';
		})
		.join('');
}

function round(v: number): number {
	return Math.round(v * 100) / 100;
}

/** The value of a history point in a mode. */
export function historyValue(p: HistoryPoint, mode: ChartMode): number | null {
	if (p.status !== 'observed') return null;
	const v = mode === 'share' ? p.share : p.clients;
	return isNum(v) ? v : null;
}

/** Forecast, lower and upper of a forecast point in a mode (shares derived from clients if needed). */
export function forecastValues(
	p: ForecastPoint,
	mode: ChartMode
): { value: number | null; lower: number | null; upper: number | null } {
	const f = isNum(p.forecast) ? p.forecast : null;
	const lo = isNum(p.lower) ? p.lower : null;
	const hi = isNum(p.upper) ? p.upper : null;
	if (mode === 'clients' || mode === 'euro') return { value: f, lower: lo, upper: hi };
	const pop = isNum(p.population) && p.population > 0 ? p.population : null;
	let share = isNum(p.share) ? p.share : null;
	if (share === null && pop !== null && f !== null) share = f / pop;
	const toShare = (v: number | null): number | null => {
		if (v === null) return null;
		if (pop !== null) return v / pop;
		if (share !== null && f !== null && f > 0) return (share * v) / f;
		return null;
	};
	return { value: share, lower: toShare(lo), upper: toShare(hi) };
}

export interface SeriesGeometry {
	label: string;
	index: number;
	emphasis: boolean;
	historyPath: string;
	forecastPath: string;
	bandPath: string;
	markers: Array<{ x: number; y: number; year: number; value: number; converted: boolean; estimated: boolean }>;
	forecastMarkers: Array<{ x: number; y: number; year: number; value: number }>;
}

export interface PanelGeometry {
	dims: Dims;
	years: number[];
	xOf: (year: number) => number;
	yTicks: Array<{ value: number; y: number }>;
	originX: number;
	series: SeriesGeometry[];
	/** True when no series has a single value to draw. */
	empty: boolean;
	/** Series breaks in the years shown, at the midpoint between year − 1 and year. */
	breaks: Array<{ x: number; year: number }>;
}

/** Everything one SVG panel draws, for the years origin − back … origin + ahead. */
export function buildPanel(
	series: ChartSeries[],
	mode: ChartMode,
	originYear: number,
	yearsBack = 5,
	yearsAhead = 5,
	dims: Dims = DEFAULT_DIMS,
	breakYears: readonly number[] = []
): PanelGeometry {
	const first = originYear - yearsBack;
	const last = originYear + yearsAhead;
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const inRange = (y: number) => y >= first && y <= last;
	const xOf = linearScale([first, last], [dims.left, dims.width - dims.right]);

	let max = -Infinity;
	let min = Infinity;
	const seen = (v: number | null) => {
		if (isNum(v)) {
			max = Math.max(max, v);
			min = Math.min(min, v);
		}
	};
	for (const s of series) {
		for (const h of s.history) if (inRange(h.year) && h.year <= originYear) seen(historyValue(h, mode));
		for (const f of s.forecast) {
			if (!inRange(f.year) || f.year <= originYear) continue;
			const v = forecastValues(f, mode);
			seen(v.value);
			seen(v.lower);
			seen(v.upper);
		}
	}
	const empty = !Number.isFinite(max);
	// Counts and shares start at zero so bars of growth are not exaggerated.
	const { ticks, domain } = niceTicks(empty ? 0 : Math.min(0, min), empty ? 1 : max, 5);
	const yOf = linearScale(domain, [dims.height - dims.bottom, dims.top]);

	const shownBreaks = breakYears.filter((y) => y > first && y <= originYear);
	const geo = series.map((s, index): SeriesGeometry => {
		const hist = s.history
			.filter((h) => inRange(h.year) && h.year <= originYear)
			.map((h) => ({ year: h.year, value: historyValue(h, mode), converted: h.converted, estimated: !!h.estimated }));
		// Years without a history row are gaps too, and a series break is never bridged: the line
		// stops before it and starts again on the new footing.
		const histXY: XY[] = years
			.filter((y) => y <= originYear)
			.flatMap((y) => {
				const h = hist.find((p) => p.year === y);
				const point = { x: xOf(y), y: h && h.value !== null ? yOf(h.value) : null };
				return shownBreaks.includes(y) ? [{ x: (xOf(y - 1) + xOf(y)) / 2, y: null }, point] : [point];
			});
		const fc = s.forecast
			.filter((f) => inRange(f.year) && f.year > originYear)
			.map((f) => ({ year: f.year, ...forecastValues(f, mode) }));
		const anchor = hist.find((h) => h.year === originYear && h.value !== null);
		const fcXY: XY[] = years
			.filter((y) => y > originYear)
			.map((y) => {
				const f = fc.find((p) => p.year === y);
				return { x: xOf(y), y: f && f.value !== null ? yOf(f.value) : null };
			});
		const band: BandPoint[] = years
			.filter((y) => y > originYear)
			.map((y) => {
				const f = fc.find((p) => p.year === y);
				return { x: xOf(y), lo: f && f.lower !== null ? yOf(f.lower) : null, hi: f && f.upper !== null ? yOf(f.upper) : null };
			});
		// Start the dashed line and the band at the last observed value, so they join the history.
		if (anchor && anchor.value !== null && fcXY.length && fcXY[0].y !== null) {
			const a = yOf(anchor.value);
			fcXY.unshift({ x: xOf(originYear), y: a });
			if (band.length && band[0].lo !== null) band.unshift({ x: xOf(originYear), lo: a, hi: a });
		}
		return {
			label: s.label,
			index,
			emphasis: !!s.emphasis,
			historyPath: linePath(histXY),
			forecastPath: linePath(fcXY),
			bandPath: bandPath(band),
			markers: hist
				.filter((h) => h.value !== null)
				.map((h) => ({ x: xOf(h.year), y: yOf(h.value as number), year: h.year, value: h.value as number, converted: h.converted, estimated: h.estimated })),
			forecastMarkers: fc
				.filter((f) => f.value !== null)
				.map((f) => ({ x: xOf(f.year), y: yOf(f.value as number), year: f.year, value: f.value as number }))
		};
	});

	return {
		dims,
		years,
		xOf,
		yTicks: ticks.map((value) => ({ value, y: yOf(value) })),
		originX: xOf(originYear),
		series: geo,
		empty,
		breaks: shownBreaks.map((year) => ({ year, x: (xOf(year - 1) + xOf(year)) / 2 }))
	};
}

/** The year whose x is nearest to a pointer x (in viewBox units). */
export function nearestYear(x: number, years: number[], xOf: (year: number) => number): number | null {
	let best: number | null = null;
	let bestD = Infinity;
	for (const y of years) {
		const d = Math.abs(xOf(y) - x);
		if (d < bestD) {
			bestD = d;
			best = y;
		}
	}
	return best;
}
