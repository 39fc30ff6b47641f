// A static single-page app: the shell is prerendered to index.html and everything else runs in the
// browser (DuckDB-WASM, workers and MapLibre cannot run during prerender).
export const prerender = true;
export const ssr = false;
