// Adapter from the views on screen to export tables: the whole series of every region (observed
// years, then forecast with its 80% interval, a year in every column name), the summary rows as a
// total, and the provenance that lets a quoted figure be reproduced. Numbers stay unrounded.
import { provenanceLine } from './provenance';
import type { SnapshotManifest } from '../snapshot/schema';
import type { RegionSeries, WijkRow } from '../view/types';
import type { ExportCell, ExportColumn, ExportTable, Provenance } from './types';

const RELIABILITY: Record<string, string> = { ok: 'betrouwbaar', unreliable: 'onbetrouwbaar', none: 'geen prognose' };

export function seriesTable(sheet: string, title: string, regions: RegionSeries[], total?: RegionSeries, nameLabel = 'Naam'): ExportTable {
	const first = total ?? regions[0];
	const hist = first?.history.map((h) => h.year) ?? [];
	const fc = first?.forecast.map((f) => f.year) ?? [];
	const columns: ExportColumn[] = [
		{ header: 'Code', kind: 'text' },
		{ header: nameLabel, kind: 'text' },
		...hist.map((y): ExportColumn => ({ header: `Cliënten ${y} (waargenomen)`, kind: 'count' })),
		...fc.flatMap((y): ExportColumn[] => [
			{ header: `Prognose ${y}`, kind: 'count' },
			{ header: `Ondergrens 80%-interval ${y}`, kind: 'count' },
			{ header: `Bovengrens 80%-interval ${y}`, kind: 'count' }
		]),
		{ header: 'Betrouwbaarheid', kind: 'text' }
	];
	const row = (s: RegionSeries): ExportCell[] => [
		s.code,
		s.name,
		...hist.map((y) => {
			const h = s.history.find((p) => p.year === y);
			return h && !h.estimated ? h.clients : null;
		}),
		...fc.flatMap((y) => {
			const f = s.forecast.find((p) => p.year === y);
			return f && !f.estimated ? [f.forecast, f.lower, f.upper] : [null, null, null];
		}),
		RELIABILITY[s.reliability] ?? s.reliability
	];
	return { sheet, title, columns, rows: regions.map(row), ...(total ? { totalRow: row(total) } : {}) };
}

/** The "niet toe te wijzen" row as an extra table line (only the chosen year is known for it). */
export function summaryTable(sheet: string, title: string, rows: WijkRow[], year: number): ExportTable {
	return {
		sheet,
		title,
		columns: [
			{ header: 'Rij', kind: 'text' },
			{ header: `Cliënten laatste telling`, kind: 'count' },
			{ header: `Cliënten of prognose ${year}`, kind: 'count' }
		],
		rows: rows.map((r) => [r.name, r.clients, r.forecast])
	};
}

/** `build` names the app build (its model code); the snapshot's schema version is always added. */
export function provenanceOf(manifest: SnapshotManifest | null, localData: string | null, settings: Array<{ label: string; value: string | number }>, build?: string): Provenance {
	return {
		snapshotDate: manifest?.built_at ?? '',
		snapshotHash: manifest?.input_fingerprint ?? '',
		modelVersion: `${build ? `build ${build}, ` : ''}snapshotschema ${manifest?.schema_version ?? '?'}`,
		localData: !!localData,
		sources: [
			...(manifest?.sources ?? []).map((s) => `${s.name}${s.cbs_tables?.length ? ` (CBS StatLine ${s.cbs_tables.join(', ')})` : ''}; ${s.attribution}`),
			...(localData ? [`Eigen gegevens (alleen in deze browser): ${localData}`] : [])
		],
		// "CC-BY-NC-SA-4.0" → "CC BY-NC-SA 4.0": the short name a reader searches for.
		licences: (manifest?.licences ?? []).map((l) => `${l.id ? `${l.id.replace(/^CC-/, 'CC ').replace(/-(\d)/, ' $1')} – ` : ''}${l.name}: ${l.applies_to}`),
		settings,
		exportedAt: new Date().toISOString()
	};
}

/** The provenance as one line under a picture (sources first, as CC BY asks). */
export function pictureCaption(manifest: SnapshotManifest | null, localData: string | null, build?: string): string {
	const p = provenanceOf(manifest, localData, [], build);
	return `Bron: CBS, Kadaster/PDOK (CC BY 4.0). ${provenanceLine(p)}`;
}
