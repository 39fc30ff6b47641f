// manifest.json: provenance, licences, coverage and build facts of the snapshot.

import { SNAPSHOT_FILES, SNAPSHOT_SCHEMA_VERSION, TARGET_INDELING, type SnapshotManifest } from '../../lib/snapshot/schema';
import { GEMEENTE_EXTRA, KWB, WMO_TYPE_HALFJAAR, WMO_WIJK_TOTAAL } from '../sources/cbs-tables';
import type { SnapshotData } from '../assemble/snapshot';
import { newestYear, seriesBreaks } from './seriesBreaks';
import { GEMEENTE_SIMPLIFY, WIJK_SIMPLIFY, type WrittenGeo } from '../geo/buildGeometry';

/** The "Provenance" table of the mirror's MANIFEST.md. */
export const MIRROR_PROVENANCE = [
	'YoYo1971/WMO_JADS (e7fb120b, efd6f6ad)',
	'm-schakel/open_files (050746f5)',
	'AnneVersion/geoinzicht-app (167d2924, 25103b81)',
	'elan-dcc/wijkprofielen (aeba9c9f, bebe9e89)',
	'minvws/nl-covid19-data-dashboard',
	'ties/cbs_gebiedsindelingen_topojson (fda23ace)',
	'reidhin/grenswijzigen (62ddad82)'
];

const ids = (tables: Array<{ id: string }>) => tables.map((t) => t.id);

export const RULE_2015 =
	'Er is geen grenzenmatrix vanaf 2015. Wijkcodes van 2015 worden gelezen als codes van 2016 (CBS hield de wijkcodes tussen 2015 en 2016 gelijk, behalve in de gemeenten die op 1 januari 2016 zijn heringedeeld) en met de matrix 2016→2024 omgezet. Codes van 2015 die in 2016 niet bestaan worden weggelaten en geteld.';

export function buildManifest(args: {
	data: SnapshotData;
	mirrorDir: string;
	fingerprint: string;
	builtAt: Date;
	tableRows: Record<string, number>;
	geo: { gemeenten: WrittenGeo; wijken: WrittenGeo; perGemeente: { files: number; bytes: number; gzipBytes: number } };
	notes: string[];
	inputSource?: SnapshotManifest['input_source'];
	/** CBS tables a refresh fetched (refresh.json of the input folder); cited as a source. */
	refreshedTables?: string[];
}): SnapshotManifest & Record<string, unknown> {
	const { data } = args;
	const years = (rows: Array<{ year: number }>) => [...new Set(rows.map((r) => r.year))].sort();
	const periods = [...new Set(data.clients.map((r) => r.period))].sort();
	const valuesConverted =
		data.clients.filter((r) => r.converted && r.status === 'observed').length +
		data.population.filter((r) => r.converted && r.persons !== null).length +
		data.indicators.filter((r) => r.converted && r.value !== null).length;
	return {
		schema_version: SNAPSHOT_SCHEMA_VERSION,
		built_at: args.builtAt.toISOString(),
		target_indeling: TARGET_INDELING,
		mirror: args.mirrorDir,
		input_fingerprint: args.fingerprint,
		tables: {
			regions: { file: SNAPSHOT_FILES.regions, rows: args.tableRows.regions, years: [TARGET_INDELING] },
			clients: { file: SNAPSHOT_FILES.clients, rows: args.tableRows.clients, years: years(data.clients), periods },
			population: { file: SNAPSHOT_FILES.population, rows: args.tableRows.population, years: years(data.population) },
			indicators: { file: SNAPSHOT_FILES.indicators, rows: args.tableRows.indicators, years: years(data.indicators) }
		},
		sources: [
			{
				name: 'Wmo-cliënten per wijk en gemeente (CBS StatLine), met Kerncijfers wijken en buurten',
				cbs_tables: [...ids(WMO_WIJK_TOTAAL), ...ids(WMO_TYPE_HALFJAAR), ...ids(KWB), ...ids(GEMEENTE_EXTRA)],
				licence: 'CC-BY-4.0',
				attribution: 'Bron: CBS'
			},
			...(args.refreshedTables?.length
				? [
						{
							name: `Nieuwere jaren uit CBS open data (npm run refresh${args.inputSource?.fetched_at ? `, opgehaald ${args.inputSource.fetched_at.slice(0, 10)}` : ''})`,
							cbs_tables: args.refreshedTables,
							licence: 'CC-BY-4.0',
							attribution: 'Bron: CBS'
						}
					]
				: []),
			{ name: 'Wijk- en gemeentegrenzen 2024 (CBS/PDOK)', licence: 'CC-BY-4.0', attribution: 'Bron: CBS, PDOK' },
			{
				name: 'Grenswijzigingen: adresgewogen omzetting tussen indelingen (VNG-methode, R-pakket "grenswijzigen")',
				repository: 'reidhin/grenswijzigen (62ddad82)',
				licence: 'CC-BY-NC-SA-4.0',
				attribution: 'Grenswijzigingen: reidhin/grenswijzigen, CC BY-NC-SA 4.0 (niet-commercieel, gelijk delen); geldt ook voor alle omgezette cijfers (converted = true) in deze snapshot'
			},
			{
				// The mirror does not say which file came from which repository, so they are listed together.
				name: 'Open-data-spiegel: publieke repositories waaruit de CBS-, PDOK- en RIVM-bestanden zijn gekopieerd',
				repository: MIRROR_PROVENANCE.join('; '),
				licence: 'CC-BY-4.0',
				attribution: 'Bron: CBS'
			}
		],
		licences: [
			{ id: 'CC-BY-4.0', name: 'Creative Commons Naamsvermelding 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl', applies_to: 'CBS-cijfers en grenzen (Bron: CBS)' },
			{
				id: 'CC-BY-NC-SA-4.0',
				name: 'Creative Commons Naamsvermelding-NietCommercieel-GelijkDelen 4.0',
				url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.nl',
				applies_to: 'De grenzenmatrices en alle cijfers die ermee zijn omgezet (converted = true): alleen niet-commercieel gebruik, afgeleid werk onder dezelfde licentie'
			}
		],
		geometry: {
			gemeenten: { file: SNAPSHOT_FILES.gemeenteGeometry, features: args.geo.gemeenten.features, bytes: args.geo.gemeenten.bytes, simplification: `Douglas–Peucker ${GEMEENTE_SIMPLIFY.tolerance}° (~${Math.round(GEMEENTE_SIMPLIFY.tolerance * 111000)} m), ${GEMEENTE_SIMPLIFY.decimals} decimalen; gzip ${args.geo.gemeenten.gzipBytes} bytes` },
			wijken: { file: SNAPSHOT_FILES.wijkGeometry, features: args.geo.wijken.features, bytes: args.geo.wijken.bytes, simplification: `Douglas–Peucker ${WIJK_SIMPLIFY.tolerance}° (~${Math.round(WIJK_SIMPLIFY.tolerance * 111000)} m), ${WIJK_SIMPLIFY.decimals} decimalen; gzip ${args.geo.wijken.gzipBytes} bytes` },
			wijken_per_gemeente: { file: 'geo/wijken/{GMxxxx}.geojson', features: args.geo.perGemeente.files, bytes: args.geo.perGemeente.bytes, simplification: 'zoals wijken.geojson, één bestand per gemeente' }
		},
		conversion: {
			method: `Adresgewogen omzetting naar de indeling ${TARGET_INDELING} (grenswijzigingen, variant adressen): een aantal wordt verdeeld naar het aandeel adressen van de oude regio dat in de nieuwe regio ligt. Een doelregio is ontbrekend als meer dan 1% van haar adressen uit ontbrekende bronregio's komt.`,
			values_converted: valuesConverted,
			rule_2015: RULE_2015
		},
		coverage: data.stats.periods.map(({ conservation: _c, ...p }) => p),
		conservation: data.stats.periods.filter((p) => p.conservation).map((p) => ({ level: p.level, category: p.category, period: p.period, ...p.conservation })),
		wijk_sum_vs_gemeente: data.stats.wijkSumVsGemeente,
		dropped_codes: { rule_2015: data.stats.dropped2015, empty_regions: data.stats.droppedEmpty },
		published_zeros_read_as_suppressed: data.stats.publishedZeros,
		impossible_shares_set_to_null: data.stats.impossibleShares,
		...newestYear(data.clients),
		series_breaks: seriesBreaks(data.clients),
		...(data.stats.unplaced.length ? { unplaced_regions: data.stats.unplaced } : {}),
		...(args.inputSource ? { input_source: args.inputSource } : {}),
		notes: args.notes
	};
}
