// Writes a built snapshot into a fresh folder next to the destination and swaps it in with a
// rename, so a crash never leaves a half-written snapshot that looks complete.

import { mkdirSync, renameSync, rmSync, statSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SNAPSHOT_FILES, type SnapshotManifest } from '../../lib/snapshot/schema';
import type { SnapshotData } from '../assemble/snapshot';
import { writeFeatureCollection, type OutFeature } from '../geo/buildGeometry';
import { buildManifest } from './manifest';
import { CLIENT_COLUMNS, REGION_COLUMNS, writeIndicatorsWide, writeParquet, writePopulationWide, type ColumnTypes } from './parquet';

export function tempDirFor(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}`);
}

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Removes temp folders left by runs that were killed before they could clean up. */
export function removeStaleTempDirs(outDir: string): void {
	const parent = dirname(outDir);
	if (!existsSync(parent)) return;
	const prefix = `.${basename(outDir)}.tmp-`;
	for (const name of readdirSync(parent)) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number(name.slice(prefix.length).replace(/\.old$/, ''));
		if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
	}
}

export async function writeSnapshot(
	con: DuckDBConnection,
	data: SnapshotData,
	outDir: string,
	meta: { mirrorDir: string; fingerprint: string; builtAt: Date; notes: string[]; inputSource?: SnapshotManifest['input_source']; refreshedTables?: string[] }
): Promise<{ bytes: number; files: number }> {
	const tmp = tempDirFor(outDir);
	removeStaleTempDirs(outDir);
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(join(tmp, 'geo/wijken'), { recursive: true });
	try {
		const scratch = join(tmp, '.rows.ndjson');
		await writeParquet(con, data.regions, REGION_COLUMNS, scratch, join(tmp, SNAPSHOT_FILES.regions), 'level, code');
		// The provisional column exists only when a refresh brought provisional figures (additive, schema.ts).
		const clientColumns: ColumnTypes = data.clients.some((r) => r.provisional) ? { ...CLIENT_COLUMNS, provisional: 'BOOLEAN' } : CLIENT_COLUMNS;
		await writeParquet(con, data.clients, clientColumns, scratch, join(tmp, SNAPSHOT_FILES.clients), 'level, code, category, year, half');
		const populationRows = await writePopulationWide(con, data.population, scratch, join(tmp, SNAPSHOT_FILES.population));
		const indicatorRows = await writeIndicatorsWide(con, data.indicators, scratch, join(tmp, SNAPSHOT_FILES.indicators));
		rmSync(scratch);

		const gemeenten = writeFeatureCollection(tmp, SNAPSHOT_FILES.gemeenteGeometry, data.gemeenteFeatures);
		const wijken = writeFeatureCollection(tmp, SNAPSHOT_FILES.wijkGeometry, data.wijkFeatures);
		const perGemeente = { files: 0, bytes: 0, gzipBytes: 0 };
		const byGemeente = new Map<string, OutFeature[]>();
		for (const f of data.wijkFeatures) {
			const list = byGemeente.get(f.properties.gemeente_code) ?? [];
			list.push(f);
			byGemeente.set(f.properties.gemeente_code, list);
		}
		for (const [g, features] of byGemeente) {
			const w = writeFeatureCollection(tmp, `geo/wijken/${g}.geojson`, features);
			perGemeente.files++;
			perGemeente.bytes += w.bytes;
			perGemeente.gzipBytes += w.gzipBytes;
		}

		const manifest = buildManifest({
			data,
			...meta,
			tableRows: { regions: data.regions.length, clients: data.clients.length, population: populationRows, indicators: indicatorRows },
			geo: { gemeenten, wijken, perGemeente }
		});
		// The manifest is written last: its presence marks the folder as complete.
		writeFileSync(join(tmp, SNAPSHOT_FILES.manifest), JSON.stringify(manifest, null, 2));

		const old = `${tmp}.old`;
		if (existsSync(outDir)) renameSync(outDir, old);
		renameSync(tmp, outDir);
		rmSync(old, { recursive: true, force: true });
	} catch (err) {
		rmSync(tmp, { recursive: true, force: true });
		throw err;
	}
	return folderSize(outDir);
}

export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0, files = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			const s = folderSize(p);
			bytes += s.bytes;
			files += s.files;
		} else {
			bytes += statSync(p).size;
			files++;
		}
	}
	return { bytes, files };
}

