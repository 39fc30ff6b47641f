// The per-table download cache that makes a refresh resumable: every finished table is one JSON
// file, written to a temp name and renamed, so an interrupted run leaves either a complete file or
// none. A rerun skips the tables that are there, but only those fetched from the same origin: the
// synthetic answers of --from-recorded must never stand in for live CBS tables.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchedWithProtocol } from '../sources/cbs-odata/api';

export interface CachedTable {
	table: FetchedWithProtocol;
	year: number | null;
	pages: number;
	seconds: number;
	fetched_at: string;
	/** 'live', or 'recorded:<dir>' for a replay. */
	origin: string;
}

const fileOf = (cacheDir: string, id: string, year: number | null) => join(cacheDir, 'tables', `${id}${year === null ? '' : `-${year}`}.json`);

export function readCached(cacheDir: string, id: string, year: number | null, origin: string): CachedTable | null {
	const path = fileOf(cacheDir, id, year);
	if (!existsSync(path)) return null;
	try {
		const entry = JSON.parse(readFileSync(path, 'utf8')) as CachedTable;
		return entry.origin === origin ? entry : null;
	} catch {
		return null; // a damaged file is fetched again
	}
}

export function writeCached(cacheDir: string, id: string, entry: CachedTable): void {
	const path = fileOf(cacheDir, id, entry.year);
	mkdirSync(join(cacheDir, 'tables'), { recursive: true });
	const tmp = `${path}.tmp-${process.pid}`;
	writeFileSync(tmp, JSON.stringify(entry));
	renameSync(tmp, path);
}
