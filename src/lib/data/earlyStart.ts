// The two reads a repeat visit's first numbers wait on, the snapshot manifest (it keys the cached
// views) and the cached views themselves, started as soon as the forecast page's module runs
// (`src/routes/+page.ts`) instead of after the page has mounted: they then overlap the loading
// and first render of the page's JavaScript. The session takes them over once; a later session starts its own.
import type { SnapshotManifest } from '$lib/snapshot/schema';
import type { PipelineSettings } from '$lib/pipeline/input';
import { fetchManifest } from './snapshot-fetch';
import { openViewCache, viewCacheKey, type ViewCache } from './viewCache';

export interface EarlyReads {
	manifest: Promise<SnapshotManifest>;
	cache: ViewCache;
}

let pending: { codeVersion: string; reads: EarlyReads } | null = null;

function start(codeVersion: string, settings?: PipelineSettings): EarlyReads {
	const manifest = fetchManifest();
	manifest.catch(() => {}); // reported by the session that takes it over
	return { manifest, cache: openViewCache(manifest.then((m) => viewCacheKey(codeVersion, m, settings))) };
}

/** Starts the reads for the default settings (called once, from `src/routes/+page.ts`). */
export function startEarly(codeVersion: string): void {
	pending ??= { codeVersion, reads: start(codeVersion) };
}

/** The early reads when they match, else fresh ones; each early start is handed out once. */
export function takeEarly(codeVersion: string, settings?: PipelineSettings): EarlyReads {
	const early = pending;
	pending = null;
	return early && early.codeVersion === codeVersion && !settings ? early.reads : start(codeVersion, settings);
}
