// The data step as a function: mirror in, snapshot folder out. The CLI (cli/data.ts) and the
// integration test call this.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { SNAPSHOT_FILES, SNAPSHOT_SCHEMA_VERSION, TARGET_INDELING, type SnapshotManifest } from '../lib/snapshot/schema';
import { buildSnapshot } from './assemble/snapshot';
import { REFRESH_MARKER } from './mirror/dataSource';
import { DataInputError } from './mirror/errors';
import { mirrorFingerprint } from './mirror/paths';
import { writeSnapshot } from './write/writeSnapshot';

export interface RunDataOptions {
	mirrorDir: string;
	outDir: string;
	ifStale?: boolean;
	log?: (line: string) => void;
	/** The folder name the manifest records, when the build reads a folder that is renamed after. */
	recordAs?: string;
	/** Recorded in the manifest: the plain mirror, or a folder written by `npm run refresh`. */
	inputSource?: SnapshotManifest['input_source'];
}

export interface RunDataResult {
	skipped: boolean;
	seconds: number;
	bytes: number;
	files: number;
}

export function isFresh(outDir: string, fingerprint: string): boolean {
	const path = join(outDir, SNAPSHOT_FILES.manifest);
	if (!existsSync(path)) return false;
	try {
		const m = JSON.parse(readFileSync(path, 'utf8'));
		return m.schema_version === SNAPSHOT_SCHEMA_VERSION && m.input_fingerprint === fingerprint;
	} catch {
		return false;
	}
}

/** Ids of the CBS tables a refresh brought into `dir` (its refresh.json), for the manifest's sources. */
function refreshedTables(dir: string): string[] | undefined {
	const path = join(dir, REFRESH_MARKER);
	if (!existsSync(path)) return undefined;
	try {
		const m = JSON.parse(readFileSync(path, 'utf8')) as { tables?: Array<{ id?: string }> };
		return [...new Set((m.tables ?? []).map((t) => t.id).filter((id): id is string => typeof id === 'string'))];
	} catch {
		return undefined;
	}
}

export async function runData(opts: RunDataOptions): Promise<RunDataResult> {
	const log = opts.log ?? (() => {});
	const started = performance.now();
	if (!existsSync(opts.mirrorDir) || !statSync(opts.mirrorDir).isDirectory()) {
		throw new DataInputError(
			opts.mirrorDir,
			null,
			'de spiegelmap met open data bestaat niet.',
			'Zet de open-data-spiegel in ../shared/data naast de repository, of wijs er met de omgevingsvariabele WMO_DATA_DIR naar.'
		);
	}
	const fingerprint = mirrorFingerprint(opts.mirrorDir);
	if (opts.ifStale && isFresh(opts.outDir, fingerprint)) {
		log(`Snapshot in ${opts.outDir} is actueel; niets te doen.`);
		return { skipped: true, seconds: (performance.now() - started) / 1000, bytes: 0, files: 0 };
	}
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const con = await instance.connect();
	try {
		const data = await buildSnapshot(con, opts.mirrorDir);
		log(`Gelezen en omgezet: ${data.clients.length} cliëntregels, ${data.population.length} bevolkingsregels, ${data.indicators.length} indicatorregels.`);
		if (data.stats.unplaced.length) {
			log(
				`Let op: ${data.stats.unplaced.length} regio's uit een indeling na ${TARGET_INDELING} zijn niet te plaatsen in de indeling ${TARGET_INDELING} en blijven buiten de snapshot: ` +
					`${data.stats.unplaced.slice(0, 20).join(', ')}${data.stats.unplaced.length > 20 ? ', …' : ''}. ` +
					'Omzetten naar een nieuwere indeling kan nog niet; de volledige lijst staat in manifest.json (unplaced_regions).'
			);
		}
		const notes = [
			'Ontbrekend is niet nul: status suppressed (geheim) of not_delivered (gemeente leverde niet) heeft clients = null.',
			'Omgezette aantallen zijn niet afgerond: een adresgewogen deel van een aantal is een schatting (converted = true).',
			'Het jaartotaal hulp bij het huishouden per wijk bestaat niet in de spiegel en is niet uit halfjaren afgeleid: het jaarcijfer telt unieke personen.',
			'Gemeentetotalen 2015 en 2016 zijn de som van de wijken van de gemeente (derived = true), alleen als alle wijken een waarde hebben.',
			'Reeksbreuken (series_breaks) zijn gemarkeerd, niet gladgestreken: het abonnementstarief vanaf 2019, de nieuwe koppelmethode van CBS vanaf WMO2020BUSV2 en voorlopige cijfers (provisional = true), die CBS nog kan herzien.'
		];
		const size = await writeSnapshot(con, data, opts.outDir, {
			mirrorDir: opts.recordAs ?? opts.mirrorDir,
			fingerprint,
			builtAt: new Date(),
			notes,
			inputSource: opts.inputSource,
			refreshedTables: refreshedTables(opts.mirrorDir)
		});
		return { skipped: false, seconds: (performance.now() - started) / 1000, ...size };
	} finally {
		con.closeSync();
		instance.closeSync();
	}
}
