// Which input folder the data step reads. `npm run refresh` leaves a complete mirror-layout folder
// in data-cache/mirror (marked by refresh.json, written last); from then on `npm run data` and the
// staleness check of `npm start` read that folder, so they do not rebuild from the plain mirror over
// the refreshed snapshot. WMO_DATA_DIR still wins; `--plain-mirror` goes back to the mirror.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, resolveMirrorDir } from './paths';

export const REFRESH_MARKER = 'refresh.json';

export function defaultCacheDir(): string {
	return join(REPO_ROOT, 'data-cache');
}

/** The refreshed folder inside a cache dir. */
export function refreshedDir(cacheDir: string): string {
	return join(cacheDir, 'mirror');
}

export interface DataSource {
	kind: 'mirror' | 'refresh';
	dir: string;
	fetched_at?: string;
}

export function refreshedSource(cacheDir: string): DataSource | null {
	const dir = refreshedDir(cacheDir);
	const marker = join(dir, REFRESH_MARKER);
	if (!existsSync(marker)) return null;
	try {
		const m = JSON.parse(readFileSync(marker, 'utf8')) as { fetched_at?: string };
		return { kind: 'refresh', dir, fetched_at: m.fetched_at };
	} catch {
		return null; // an unreadable marker is no complete refresh
	}
}

export function resolveDataSource(opts: { env?: NodeJS.ProcessEnv; plainMirror?: boolean; cacheDir?: string } = {}): DataSource {
	const env = opts.env ?? process.env;
	if (env.WMO_DATA_DIR) return { kind: 'mirror', dir: resolve(REPO_ROOT, env.WMO_DATA_DIR) };
	if (!opts.plainMirror) {
		const refreshed = refreshedSource(opts.cacheDir ?? defaultCacheDir());
		if (refreshed) return refreshed;
	}
	return { kind: 'mirror', dir: resolveMirrorDir(env) };
}
