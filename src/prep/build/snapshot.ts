// Builds the whole snapshot in memory from the mirror: regions, clients, population, indicators,
// compact geometry, and the statistics the manifest and docs/DATA.md report.

import type { DuckDBConnection } from '@duckdb/node-api';
import { CATEGORIES, TARGET_INDELING, type Category, type ClientRow, type IndicatorRow, type PopulationRow, type RegionRow } from '../../lib/snapshot/schema';
import { kwbComponents, wmoCell, type Components, type KwbRecord } from '../canonical/kwbRecord';
import { conservation, type Conservation } from '../convert/conservation';
import type { SourceCell, TargetCell } from '../convert/convertToIndeling';
import { GEMEENTE_SIMPLIFY, WIJK_SIMPLIFY, compactFeature, type OutFeature } from '../geo/buildGeometry';
import { DataInputError } from '../mirror/errors';
import { GEO_FILES, readGeoJson } from '../mirror/geo';
import { readGrenswijzigingen } from '../mirror/grenswijzigingen';
import { readWmoMirror, type WmoRecord } from '../mirror/wmoFiles';
import { convertPeriod, gemeenteOfCode, periodLabel, sumWijkenToGemeenten, toClientRows, type PeriodKey } from './clients';
import { componentRows, convertComponents, sumComponentsToGemeenten, type ConvertedComponents } from './components';
import { makeIndeling, matrixFor, type Indeling } from './indeling';
import { screenCodes } from './screenCodes';

export interface PeriodStats {
	level: string;
	category: Category;
	period: string;
	observed: number;
	missing: number;
	converted: number;
	conservation?: Conservation;
	derived?: boolean;
}

export interface SnapshotData {
	indeling: Indeling;
	regions: RegionRow[];
	clients: ClientRow[];
	population: PopulationRow[];
	indicators: IndicatorRow[];
	wijkFeatures: OutFeature[];
	gemeenteFeatures: OutFeature[];
	stats: {
		periods: PeriodStats[];
		dropped2015: string[];
		publishedZeros: Record<string, number>; // per file and period: 0s read as suppressed
		droppedEmpty: string[];
		impossibleShares: number;
		wijkSumVsGemeente: Array<{ year: number; gemeenten: number; exact: number; medianAbsRelDiff: number; maxAbsRelDiff: number }>;
	};
}

const BUITENLAND = new Set(['WK099899', 'GM0998']);

function readIndeling(mirrorDir: string): { indeling: Indeling; wijkFeatures: OutFeature[]; gemeenteFeatures: OutFeature[] } {
	const wijkFile = GEO_FILES.wijken(TARGET_INDELING);
	const gemFile = GEO_FILES.gemeenten(TARGET_INDELING);
	const wijken = readGeoJson(mirrorDir, wijkFile, ['wijkcode', 'wijknaam', 'gemeentecode']).filter((f) => !BUITENLAND.has(String(f.properties.wijkcode)));
	const gemeenten = readGeoJson(mirrorDir, gemFile, ['gemeentecode', 'gemeentenaam']).filter((f) => !BUITENLAND.has(String(f.properties.gemeentecode)));
	const gemNames = new Map(gemeenten.map((f) => [String(f.properties.gemeentecode), String(f.properties.gemeentenaam)]));
	for (const f of wijken) {
		if (!gemNames.has(String(f.properties.gemeentecode))) {
			throw new DataInputError(wijkFile, null, `wijk ${f.properties.wijkcode} hoort bij gemeente ${f.properties.gemeentecode}, die niet in ${gemFile} staat.`, 'Gebruik wijk- en gemeentegrenzen van hetzelfde jaar.');
		}
	}
	const indeling = makeIndeling(
		TARGET_INDELING,
		wijken.map((f) => ({ code: String(f.properties.wijkcode), name: String(f.properties.wijknaam), gemeente: String(f.properties.gemeentecode) })),
		[...gemNames].map(([code, name]) => ({ code, name }))
	);
	const wijkFeatures = wijken.map((f) =>
		compactFeature(f, { code: String(f.properties.wijkcode), name: String(f.properties.wijknaam), gemeente_code: String(f.properties.gemeentecode) }, WIJK_SIMPLIFY)
	);
	const gemeenteFeatures = gemeenten.map((f) =>
		compactFeature(f, { code: String(f.properties.gemeentecode), name: String(f.properties.gemeentenaam), gemeente_code: String(f.properties.gemeentecode) }, GEMEENTE_SIMPLIFY)
	);
	return { indeling, wijkFeatures, gemeenteFeatures };
}

function groupByPeriod<R extends { year: number; half: number }>(records: R[]): Map<string, { p: PeriodKey; records: R[] }> {
	const out = new Map<string, { p: PeriodKey; records: R[] }>();
	for (const r of records) {
		const key = periodLabel(r);
		let g = out.get(key);
		if (!g) out.set(key, (g = { p: { year: r.year, half: r.half }, records: [] }));
		g.records.push(r);
	}
	return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

function periodStats(level: string, category: Category, p: PeriodKey, cells: Map<string, TargetCell>, extra: Partial<PeriodStats> = {}): PeriodStats {
	let observed = 0, converted = 0;
	for (const c of cells.values()) {
		if (c.status === 'observed') {
			observed++;
			if (c.converted) converted++;
		}
	}
	return { level, category, period: periodLabel(p), observed, missing: cells.size - observed, converted, ...extra };
}

export async function buildSnapshot(con: DuckDBConnection, mirrorDir: string): Promise<SnapshotData> {
	const { indeling, wijkFeatures, gemeenteFeatures } = readIndeling(mirrorDir);
	const pairs = await readGrenswijzigingen(con, mirrorDir);
	const wmo = await readWmoMirror(con, mirrorDir);
	const clients: ClientRow[] = [];
	const periods: PeriodStats[] = [];
	const dropped2015: string[] = [];
	const droppedEmpty: string[] = [];
	const wijkTotaalCells = new Map<number, Map<string, TargetCell>>();
	const publishedZeros: Record<string, number> = {};
	for (const r of [...wmo.wijkTotaalJaar, ...wmo.wijkHhHalfjaar, ...wmo.gemeenteHhHalfjaar, ...wmo.gemeenteHhJaar]) {
		if (r.publishedZero) publishedZeros[`${r.file} ${periodLabel(r)}`] = (publishedZeros[`${r.file} ${periodLabel(r)}`] ?? 0) + 1;
	}

	// Wijk counts: totaal per year, HH per half-year.
	const wijkSources: Array<[Category, WmoRecord[]]> = [
		['totaal', wmo.wijkTotaalJaar],
		['hulp_bij_het_huishouden', wmo.wijkHhHalfjaar]
	];
	for (const [category, records] of wijkSources) {
		for (const { p, records: recs } of groupByPeriod(records).values()) {
			const matrix = matrixFor(pairs, 'wijk', p.year, TARGET_INDELING);
			const delivered = new Set(recs.map((r) => gemeenteOfCode(r.code)));
			const screened = screenCodes(recs, p.year, matrix, indeling.wijkSet);
			if (category === 'totaal') {
				dropped2015.push(...screened.dropped2015.map((r) => `${r.code} (${p.year})`));
				droppedEmpty.push(...screened.droppedEmpty.map((r) => `${r.code} (${periodLabel(p)})`));
			}
			const cells = new Map<string, SourceCell>(screened.kept.map((r) => [r.code, wmoCell(r.clients)]));
			const result = convertPeriod(indeling.wijken, matrix, cells, delivered);
			clients.push(...toClientRows('wijk', category, p, result));
			periods.push(periodStats('wijk', category, p, result, { conservation: conservation(indeling.wijken, matrix, cells, result) }));
			if (category === 'totaal' && p.half === 0) wijkTotaalCells.set(p.year, result);
		}
	}

	// Gemeente counts per type and year.
	const typeYears = [...new Set(wmo.gemeenteTypeJaar.map((r) => r.year))].sort();
	const deliveredByYear = new Map<number, Set<string>>();
	for (const year of typeYears) {
		const recs = wmo.gemeenteTypeJaar.filter((r) => r.year === year);
		const matrix = matrixFor(pairs, 'gemeente', year, TARGET_INDELING);
		const delivered = new Set(recs.filter((r) => CATEGORIES.some((c) => r.clients[c] !== null)).map((r) => r.code));
		deliveredByYear.set(year, delivered);
		const screened = screenCodes(recs.map((r) => ({ ...r, clients: r.clients.totaal, byCategory: r.clients })), year, matrix, indeling.gemeenteSet);
		for (const category of CATEGORIES) {
			const cells = new Map<string, SourceCell>(
				screened.kept.filter((r) => delivered.has(r.code)).map((r) => [r.code, wmoCell(r.byCategory[category])])
			);
			const p = { year, half: 0 };
			const result = convertPeriod(indeling.gemeenten, matrix, cells, delivered);
			clients.push(...toClientRows('gemeente', category, p, result));
			periods.push(periodStats('gemeente', category, p, result, { conservation: conservation(indeling.gemeenten, matrix, cells, result) }));
		}
	}

	// Gemeente HH per half-year; an empty cell of a gemeente that delivered nothing that year is
	// not delivered rather than suppressed.
	for (const { p, records: recs } of groupByPeriod(wmo.gemeenteHhHalfjaar).values()) {
		const matrix = matrixFor(pairs, 'gemeente', p.year, TARGET_INDELING);
		const deliveredYear = deliveredByYear.get(p.year);
		const screened = screenCodes(recs, p.year, matrix, indeling.gemeenteSet);
		const cells = new Map<string, SourceCell>();
		for (const r of screened.kept) {
			if (r.clients === null && deliveredYear && !deliveredYear.has(r.code)) continue;
			cells.set(r.code, wmoCell(r.clients));
		}
		// A gemeente that delivered its types that year but has no HH row here had its HH hidden.
		const delivered = new Set([...cells.keys(), ...(deliveredYear ?? [])]);
		const result = convertPeriod(indeling.gemeenten, matrix, cells, delivered);
		clients.push(...toClientRows('gemeente', 'hulp_bij_het_huishouden', p, result));
		periods.push(periodStats('gemeente', 'hulp_bij_het_huishouden', p, result, { conservation: conservation(indeling.gemeenten, matrix, cells, result) }));
	}

	// Gemeente totaal for years without a gemeente source: the sum of complete wijken.
	const wijkSumVsGemeente: SnapshotData['stats']['wijkSumVsGemeente'] = [];
	for (const [year, cells] of wijkTotaalCells) {
		const summed = sumWijkenToGemeenten(indeling, cells);
		const p = { year, half: 0 };
		if (!typeYears.includes(year)) {
			clients.push(...toClientRows('gemeente', 'totaal', p, summed, true));
			periods.push(periodStats('gemeente', 'totaal', p, summed, { derived: true }));
			continue;
		}
		const direct = new Map(clients.filter((r) => r.level === 'gemeente' && r.category === 'totaal' && r.period === String(year)).map((r) => [r.code, r.clients]));
		const diffs: number[] = [];
		let exact = 0;
		for (const [g, c] of summed) {
			const d = direct.get(g);
			if (c.status !== 'observed' || c.value === null || d === null || d === undefined || d === 0) continue;
			if (Math.abs(c.value - d) < 0.5) exact++;
			diffs.push(Math.abs(c.value - d) / d);
		}
		diffs.sort((a, b) => a - b);
		wijkSumVsGemeente.push({ year, gemeenten: diffs.length, exact, medianAbsRelDiff: diffs[Math.floor(diffs.length / 2)] ?? 0, maxAbsRelDiff: diffs[diffs.length - 1] ?? 0 });
	}

	// Population and indicators from KWB records.
	const population: PopulationRow[] = [];
	const indicators: IndicatorRow[] = [];
	let impossibleShares = 0;
	const kwbYears = [...new Set([...wmo.wijkTotaalJaar, ...wmo.wijkHhHalfjaar].map((r) => r.year))].sort();
	for (const year of kwbYears) {
		const matrix = matrixFor(pairs, 'wijk', year, TARGET_INDELING);
		const byCode = new Map<string, WmoRecord>();
		for (const r of [...wmo.wijkTotaalJaar, ...wmo.wijkHhHalfjaar]) if (r.year === year && !byCode.has(r.code)) byCode.set(r.code, r);
		const kept = screenCodes([...byCode.values()], year, matrix, indeling.wijkSet).kept;
		const sources = new Map<string, Components>(kept.map((r) => [r.code, kwbComponents(r.kwb)]));
		const wijk = convertComponents(indeling.wijken, matrix, sources);
		let gemeente: ConvertedComponents;
		const typeRecs = wmo.gemeenteTypeJaar.filter((r) => r.year === year);
		if (typeRecs.length) {
			const gMatrix = matrixFor(pairs, 'gemeente', year, TARGET_INDELING);
			const hh = new Map(wmo.gemeenteHhJaar.filter((r) => r.year === year).map((r) => [r.code, r.kwb]));
			const gSources = new Map<string, Components>();
			for (const r of screenCodes(typeRecs.map((t) => ({ ...t, clients: null })), year, gMatrix, indeling.gemeenteSet).kept) {
				const merged: KwbRecord = { ...r.kwb };
				for (const [k, v] of Object.entries(hh.get(r.code) ?? {})) if (v !== null && v !== undefined) merged[k] = v;
				gSources.set(r.code, kwbComponents(merged));
			}
			gemeente = convertComponents(indeling.gemeenten, gMatrix, gSources);
		} else {
			gemeente = sumComponentsToGemeenten(indeling, wijk);
		}
		for (const [level, comps] of [['wijk', wijk], ['gemeente', gemeente]] as const) {
			const rows = componentRows(level, year, comps);
			population.push(...rows.population);
			indicators.push(...rows.indicators);
			impossibleShares += rows.impossible;
		}
	}

	const regions: RegionRow[] = [
		...indeling.gemeenten.map((g) => ({ code: g, level: 'gemeente' as const, name: indeling.names.get(g) ?? g, gemeente_code: g, gemeente_name: indeling.names.get(g) ?? g })),
		...indeling.wijken.map((w) => {
			const g = indeling.gemeenteOfWijk.get(w) as string;
			return { code: w, level: 'wijk' as const, name: indeling.names.get(w) ?? w, gemeente_code: g, gemeente_name: indeling.names.get(g) ?? g };
		})
	];

	return {
		indeling,
		regions,
		clients,
		population,
		indicators,
		wijkFeatures,
		gemeenteFeatures,
		stats: { periods, dropped2015, publishedZeros, droppedEmpty, impossibleShares, wijkSumVsGemeente }
	};
}
