// Fetches the snapshot files (same origin, relative to the page so any static sub-path works).
// Every failure becomes a Dutch message that names the file and how to fix it.
import { SNAPSHOT_FILES, type SnapshotManifest } from '$lib/snapshot/schema';
import { GEMEENTE_GEOMETRY_FILE, wijkGeometryFile, type RegionFeatureCollection } from '$lib/snapshot/geometry';
import type { SnapshotBuffers } from '$lib/snapshot/read';

export class SnapshotError extends Error {
	constructor(
		message: string,
		readonly file: string,
		/** network: no connection (and not stored offline); missing: the server has no such file. */
		readonly kind: 'network' | 'missing' | 'damaged' = 'missing'
	) {
		super(message);
	}
}

/** Absolute URL of a snapshot file, relative to the document (works from any folder of a host). */
export function snapshotUrl(file: string): string {
	return new URL(`data/${file}`, document.baseURI).href;
}

async function get(file: string): Promise<Response> {
	let res: Response;
	try {
		res = await fetch(snapshotUrl(file));
	} catch {
		throw new SnapshotError(
			`Het gegevensbestand ${file} kon niet worden opgehaald (geen verbinding). Controleer de verbinding en laad de pagina opnieuw.`,
			file,
			'network'
		);
	}
	if (!res.ok) {
		throw new SnapshotError(
			`Het gegevensbestand ${file} ontbreekt op de server (HTTP ${res.status}). Maak de gegevens opnieuw met „npm run data” en bouw de site opnieuw.`,
			file
		);
	}
	return res;
}

export async function fetchBuffer(file: string): Promise<ArrayBuffer> {
	return (await get(file)).arrayBuffer();
}

export async function fetchJson<T>(file: string): Promise<T> {
	const res = await get(file);
	try {
		return (await res.json()) as T;
	} catch {
		throw new SnapshotError(`Het gegevensbestand ${file} is beschadigd (geen geldige JSON). Maak de gegevens opnieuw met „npm run data”.`, file, 'damaged');
	}
}

export function fetchManifest(): Promise<SnapshotManifest> {
	return fetchJson<SnapshotManifest>(SNAPSHOT_FILES.manifest);
}

/**
 * The four Parquet tables, fetched in parallel. `onTable` sees each one as soon as it is in, so the
 * worker can decode the small tables while the large one is still on its way.
 */
export async function fetchTables(onTable?: (name: keyof SnapshotBuffers, buffer: ArrayBuffer) => void): Promise<SnapshotBuffers> {
	const names = ['regions', 'clients', 'population', 'indicators'] as const;
	const buffers = await Promise.all(
		names.map((n) =>
			fetchBuffer(SNAPSHOT_FILES[n]).then((b) => {
				onTable?.(n, b);
				return b;
			})
		)
	);
	const [regions, clients, population, indicators] = buffers;
	return { regions, clients, population, indicators };
}

export function fetchGemeenteGeometry(): Promise<RegionFeatureCollection> {
	return fetchJson<RegionFeatureCollection>(GEMEENTE_GEOMETRY_FILE);
}

export function fetchWijkGeometry(gemeente: string): Promise<RegionFeatureCollection> {
	return fetchJson<RegionFeatureCollection>(wijkGeometryFile(gemeente));
}
