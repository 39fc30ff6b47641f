// What "Download Excel" and "Download CSV" write: the tables on screen, built from the view store.
// Loaded with a dynamic import when the user asks for an export, never on the first view.
import { scenarioYears } from '$lib/view/scenario';
import { seriesTable, summaryTable, provenanceOf } from '$lib/export/fromViews';
import { costsTable, gemeenteSeriesTable, leverPhrase, peersTable, scenarioSettings, scenarioTable, subcategoriesTable } from '$lib/export/planTables';
import type { ExportTable, Provenance } from '$lib/export/types';
import type { PeerView } from '$lib/view/benchmark/peerView';
import type { SnapshotManifest } from '$lib/snapshot/schema';
import type { ViewStore } from '$lib/state/view.svelte';
import { version } from '$app/environment';

/** The main table: every region of the area with its whole series, and the area's total row. */
export function areaTable(store: ViewStore): ExportTable {
	const where = store.wijkView ? store.gm!.name : 'Nederland';
	const regions = store.wijkView ? store.areaSeries : store.countryEstimated;
	const total = store.areaSummary ?? undefined;
	const scenario = store.scenarioActive ? ` (scenario: ${leverPhrase(store.scenario, store.forecastYears[0])})` : '';
	return seriesTable(
		store.wijkView ? 'Wijken' : 'Gemeenten',
		`${store.categoryLabel}: cliënten per ${store.wijkView ? 'wijk' : 'gemeente'}, ${where}, ${store.historyYears[0]}–${store.forecastYears.at(-1)}${scenario}`,
		regions,
		total,
		store.wijkView ? 'Wijk' : 'Gemeente'
	);
}

/** Every sheet of the Excel file: the table, its totals, the gemeente series, scenario, costs, peers. */
export function workbookTables(store: ViewStore, peers: PeerView | null): ExportTable[] {
	const where = store.wijkView ? store.gm!.name : 'Nederland';
	const tables = [areaTable(store), summaryTable('Totalen', `Totalen onder de tabel, ${where}`, store.footRows, store.year)];
	if (store.wijkView) tables.push(gemeenteSeriesTable(store.gm!));
	if (store.wijkView && store.gm!.subcategories?.length) tables.push(subcategoriesTable(store.gm!.name, store.gm!.subcategories));
	if (store.scenarioActive && store.baselineSummary && store.areaSummary) {
		const years = scenarioYears(store.baselineSummary, store.areaSummary, store.costs, store.category);
		tables.push(scenarioTable(where, store.categoryLabel, years, leverPhrase(store.scenario, store.forecastYears[0])));
	}
	const costs = costsTable(where, store.scenario.costs, (c) => store.summaryUnder(store.scenario, c));
	if (costs) tables.push(costs);
	if (peers?.ok) tables.push(peersTable(peers));
	return tables;
}

/** The provenance of every export: the build (code of the model and app) next to the snapshot. */
export function exportProvenance(store: ViewStore, manifest: SnapshotManifest | null): Provenance {
	return provenanceOf(manifest, store.init?.localData ?? null, [
		{ label: 'Categorie', value: store.categoryLabel },
		{ label: 'Laatste jaar met gegevens', value: store.origin },
		{ label: 'Methode', value: store.info.summary?.method ?? '' },
		...scenarioSettings(store.scenario, store.scenario.costs, store.forecastYears[0])
	], version);
}
