// A static single-page app: the shell is prerendered to index.html and everything else runs in the
// browser (DuckDB-WASM, workers and MapLibre cannot run during prerender).
import { browser, version } from '$app/environment';
import { startEarly } from '$lib/data/earlyStart';

export const prerender = true;
export const ssr = false;

// A repeat visit's cached numbers are read while the page's JavaScript still loads (earlyStart.ts).
if (browser) startEarly(version);
