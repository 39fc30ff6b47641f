// Panel stage: turns the canonical tables into dense unit × year arrays per level, once. Every fit,
// forecast and backtest origin reads these arrays; missing values are NaN, never zero.

import { AGE_BANDS, CATEGORIES, INDICATORS, type Category, type Level } from '../snapshot/schema';
import { gemeenteOf } from '../snapshot/codes';
import type { SnapshotTables, WideTable } from '../snapshot/schema';
import { fillGaps } from './gapFill';
import { seriesBreaks } from '../snapshot/seriesBreaks';

export const INDICATOR_IDS = Object.keys(INDICATORS);
export const COHORT_BANDS = AGE_BANDS.filter((b) => b !== 'totaal');

export interface LevelPanel {
	level: Level;
	codes: string[];
	index: Map<string, number>;
	/** Gemeente code per unit (own code at gemeente level). */
	gemeente: string[];
	years: number[];
	firstYear: number;
	nYears: number;
	/** Inhabitants (age band 'totaal'), [unit * nYears + yearIdx]. */
	pop: Float64Array;
	/** Persons per cohort band, same layout, in COHORT_BANDS order. */
	bands: Float64Array[];
	/** Indicator values in INDICATOR_IDS order, same layout. */
	ind: Float64Array[];
	/** Annual clients per category, same layout. */
	clients: Record<Category, Float64Array>;
	/** 1 where the annual count was estimated through a boundary conversion. */
	converted: Record<Category, Uint8Array>;
	/** Categories with at least one observed annual count at this level. */
	categories: Category[];
	/**
	 * Gemeente level: 1 where the count is the sum of its wijken (`derived` in the snapshot, or
	 * equal to that sum: the data step fills years without an official gemeente figure that way). Such a sum misses suppressed wijken and
	 * clients without an address, so it is a different definition: no change is learned across it.
	 * A definition code rather than a flag: 2 and 3 mark estimated gaps (gapFill.ts).
	 */
	wijkSum: Record<Category, Uint8Array>;
	/** Gemeente level: 1 where a missing count was estimated (gapFill.ts); never scored. */
	estimated: Record<Category, Uint8Array>;
	/**
	 * Per year index: 1 where the change from the year before is a series break (a new tariff, a new
	 * CBS merge method, a provisional year: snapshot/seriesBreaks.ts). No change is learned across it.
	 */
	seriesBreak: Uint8Array;
}

export interface Panel {
	wijk: LevelPanel;
	gemeente: LevelPanel;
	firstYear: number;
	lastYear: number;
}

const cache = new WeakMap<SnapshotTables, Panel>();

function nanArray(n: number): Float64Array {
	return new Float64Array(n).fill(NaN);
}

/** Builds (or returns the cached) dense panel of a snapshot. */
export function buildPanel(tables: SnapshotTables): Panel {
	const hit = cache.get(tables);
	if (hit) return hit;

	let firstYear = Infinity;
	let lastYear = -Infinity;
	for (const r of tables.clients) {
		if (r.year < firstYear) firstYear = r.year;
		if (r.year > lastYear) lastYear = r.year;
	}
	if (!Number.isFinite(firstYear)) throw new Error('Snapshot has no client rows');
	const years: number[] = [];
	for (let y = firstYear; y <= lastYear; y++) years.push(y);
	const nYears = years.length;
	const seriesBreak = new Uint8Array(nYears);
	for (const b of seriesBreaks(tables.clients)) if (b.year > firstYear && b.year <= lastYear) seriesBreak[b.year - firstYear] = 1;

	const codesByLevel: Record<Level, Map<string, number>> = { wijk: new Map(), gemeente: new Map() };
	const gemByCode = new Map<string, string>();
	const add = (level: Level, code: string) => {
		const m = codesByLevel[level];
		if (!m.has(code)) m.set(code, m.size);
	};
	for (const r of tables.regions) {
		add(r.level, r.code);
		if (r.gemeente_code) gemByCode.set(r.code, r.gemeente_code);
	}
	for (const r of tables.clients) add(r.level, r.code);

	const make = (level: Level): LevelPanel => {
		const index = codesByLevel[level];
		const codes = [...index.keys()];
		const n = codes.length * nYears;
		const clients = {} as Record<Category, Float64Array>;
		const converted = {} as Record<Category, Uint8Array>;
		for (const c of CATEGORIES) {
			clients[c] = nanArray(n);
			converted[c] = new Uint8Array(n);
		}
		return {
			level,
			codes,
			index,
			gemeente: codes.map((c) => gemByCode.get(c) ?? gemeenteOf(c)),
			years,
			firstYear,
			nYears,
			pop: nanArray(n),
			bands: COHORT_BANDS.map(() => nanArray(n)),
			ind: INDICATOR_IDS.map(() => nanArray(n)),
			clients,
			converted,
			categories: [],
			wijkSum: Object.fromEntries(CATEGORIES.map((c) => [c, new Uint8Array(n)])) as Record<Category, Uint8Array>,
			estimated: Object.fromEntries(CATEGORIES.map((c) => [c, new Uint8Array(n)])) as Record<Category, Uint8Array>,
			seriesBreak
		};
	};
	const panel: Panel = { wijk: make('wijk'), gemeente: make('gemeente'), firstYear, lastYear };

	// Rows arrive grouped by region, so the last lookup usually answers the next one.
	let lastCode = '';
	let lastLp: LevelPanel | null = null;
	let lastIdx: number | undefined;
	const cell = (lp: LevelPanel, code: string, year: number): number => {
		if (code !== lastCode || lp !== lastLp) {
			lastCode = code;
			lastLp = lp;
			lastIdx = lp.index.get(code);
		}
		const i = lastIdx;
		const y = year - firstYear;
		if (i === undefined || y < 0 || y >= nYears) return -1;
		return i * nYears + y;
	};

	// The wide tables are columns (WideTable): one entry per region × year, NaN where missing.
	const eachEntry = (t: WideTable, fill: (lp: LevelPanel, k: number, i: number) => void) => {
		for (let i = 0; i < t.rows; i++) {
			const lp = t.level[i] < 0 ? undefined : panel[t.levels[t.level[i]] as Level];
			if (!lp || t.code[i] < 0) continue;
			const k = cell(lp, t.codes[t.code[i]], t.year[i]);
			if (k >= 0) fill(lp, k, i);
		}
	};
	const bandCols = COHORT_BANDS.map((b) => tables.population.values[b]);
	const totalCol = tables.population.values.totaal;
	eachEntry(tables.population, (lp, k, i) => {
		if (totalCol && !Number.isNaN(totalCol[i])) lp.pop[k] = totalCol[i];
		for (let b = 0; b < bandCols.length; b++) {
			const v = bandCols[b]?.[i];
			if (v !== undefined && !Number.isNaN(v)) lp.bands[b][k] = v;
		}
	});
	const indCols = INDICATOR_IDS.map((id) => tables.indicators.values[id]);
	eachEntry(tables.indicators, (lp, k, i) => {
		for (let j = 0; j < indCols.length; j++) {
			const v = indCols[j]?.[i];
			if (v !== undefined && !Number.isNaN(v)) lp.ind[j][k] = v;
		}
	});

	// Half-years are kept aside: some series (wijk HH) exist only per half-year.
	const halves = new Map<string, { sum: number; n: number; conv: boolean }>();
	for (const r of tables.clients) {
		const lp = panel[r.level];
		if (!lp || r.clients === null || r.status !== 'observed') continue;
		if (r.half === 0) {
			const k = cell(lp, r.code, r.year);
			if (k < 0) continue;
			lp.clients[r.category][k] = r.clients;
			if (r.converted) lp.converted[r.category][k] = 1;
			if (r.derived && r.level === 'gemeente') lp.wijkSum[r.category][k] = 1;
		} else {
			const key = `${r.level}|${r.code}|${r.category}|${r.year}`;
			const h = halves.get(key) ?? { sum: 0, n: 0, conv: false };
			h.sum += r.clients;
			h.n += 1;
			h.conv ||= r.converted;
			halves.set(key, h);
		}
	}
	fillAnnualFromHalves(panel, halves, cell);

	markWijkSums(panel);
	fillGaps(panel);
	for (const level of ['wijk', 'gemeente'] as const) {
		const lp = panel[level];
		lp.categories = CATEGORIES.filter((c) => lp.clients[c].some((v) => !Number.isNaN(v)));
	}
	cache.set(tables, panel);
	return panel;
}

function markWijkSums(panel: Panel): void {
	const { wijk, gemeente } = panel;
	const nY = wijk.nYears;
	for (const cat of CATEGORIES) {
		const sums = new Float64Array(gemeente.codes.length * nY);
		for (let i = 0; i < wijk.codes.length; i++) {
			const g = gemeente.index.get(wijk.gemeente[i]);
			if (g === undefined) continue;
			for (let y = 0; y < nY; y++) {
				const v = wijk.clients[cat][i * nY + y];
				if (v >= 0) sums[g * nY + y] += v;
			}
		}
		for (let k = 0; k < sums.length; k++) {
			const v = gemeente.clients[cat][k];
			if (v > 0 && Math.abs(v - sums[k]) < 0.5) gemeente.wijkSum[cat][k] = 1;
		}
	}
}

/**
 * Where a series exists only per half-year (wijk HH), its annual level is the mean of H1 and H2
 * scaled by the gemeente's ratio of yearly unique clients to that mean in the same year: a person
 * helped in both halves counts once a year, so the yearly count exceeds either half. Scaling keeps
 * wijk and gemeente on the same (yearly) definition, which reconciliation needs.
 */
function fillAnnualFromHalves(
	panel: Panel,
	halves: Map<string, { sum: number; n: number; conv: boolean }>,
	cell: (lp: LevelPanel, code: string, year: number) => number
): void {
	const meanHalf = (level: Level, code: string, cat: Category, year: number): number => {
		const h = halves.get(`${level}|${code}|${cat}|${year}`);
		return h && h.n === 2 ? h.sum / 2 : NaN;
	};
	for (const [key, h] of halves) {
		if (h.n !== 2) continue;
		const [level, code, cat, yearS] = key.split('|') as [Level, string, Category, string];
		const year = Number(yearS);
		const lp = panel[level];
		const k = cell(lp, code, year);
		if (k < 0 || !Number.isNaN(lp.clients[cat][k])) continue;
		let ratio = 1;
		if (level === 'wijk') {
			const g = lp.gemeente[lp.index.get(code)!];
			const gk = cell(panel.gemeente, g, year);
			const gm = meanHalf('gemeente', g, cat, year);
			const gy = gk >= 0 ? panel.gemeente.clients[cat][gk] : NaN;
			if (gm > 0 && gy > 0) ratio = gy / gm;
		}
		lp.clients[cat][k] = (h.sum / 2) * ratio;
		if (h.conv) lp.converted[cat][k] = 1;
	}
}

/** Actual annual count of a unit in a year, NaN if missing. */
export function actualOf(lp: LevelPanel, cat: Category, i: number, year: number): number {
	const y = year - lp.firstYear;
	if (y < 0 || y >= lp.nYears) return NaN;
	return lp.clients[cat][i * lp.nYears + y];
}

/**
 * The national forecast origin: the latest year in which at least half as many gemeenten have a
 * Wmo total as in the best-covered year. A few gemeenten with newer figures (a partial refresh,
 * a gemeente's own data) do not move it; they are forecast from their own latest year
 * (latestGemeenteYears).
 */
export function broadOrigin(panel: Panel): number {
	const lp = panel.gemeente;
	const counts = lp.years.map((_, y) => {
		let n = 0;
		for (let i = 0; i < lp.codes.length; i++) if (lp.clients.totaal[i * lp.nYears + y] >= 0) n++;
		return n;
	});
	const max = Math.max(...counts);
	for (let y = counts.length - 1; y >= 0; y--) if (counts[y] >= max / 2) return lp.years[y];
	return panel.lastYear;
}

/** Gemeenten with a Wmo total after `origin`, and their own latest year with one. */
export function latestGemeenteYears(panel: Panel, origin: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const level of ['gemeente', 'wijk'] as const) {
		const lp = panel[level];
		for (let i = 0; i < lp.codes.length; i++) {
			for (let y = lp.nYears - 1; y > origin - lp.firstYear; y--) {
				if (!(lp.clients.totaal[i * lp.nYears + y] >= 0)) continue;
				const g = lp.gemeente[i];
				out.set(g, Math.max(out.get(g) ?? 0, lp.firstYear + y));
				break;
			}
		}
	}
	return out;
}
