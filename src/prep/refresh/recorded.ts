// Replays recorded API responses instead of the network (`npm run refresh -- --from-recorded DIR`,
// and the tests). DIR/index.json maps a route key to a response file; a request without a
// recording answers HTTP 404, as the API does for a table it does not have.
// Route key: "<table>/<EntitySet>", "@skip=<n>" when the URL pages with $skip, prefixed "v4:" for
// the v4 host (datasets.cbs.nl), so one table can be recorded in both protocols.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchLike } from '../sources/cbs-odata/client';
import { configError } from '../sources/cbs-odata/errors';

export function routeKey(url: string): string {
	const u = new URL(url);
	const [table, entitySet] = u.pathname.split('/').filter(Boolean).slice(-2);
	const skip = u.searchParams.get('$skip');
	return `${u.hostname.startsWith('datasets.') ? 'v4:' : ''}${table}/${entitySet}${skip ? `@skip=${skip}` : ''}`;
}

export function readRoutes(dir: string): Record<string, string> {
	const index = join(dir, 'index.json');
	if (!existsSync(index)) {
		throw configError(`--from-recorded: in ${dir} staat geen index.json met de opgenomen antwoorden; wijs naar een map zoals tests/fixtures/cbs-odata.`);
	}
	return (JSON.parse(readFileSync(index, 'utf8')) as { routes: Record<string, string> }).routes;
}

/** The tables a recording holds (v3 or v4), so the refresh asks only for those. */
export function recordedTables(routes: Record<string, string>): Set<string> {
	return new Set(Object.keys(routes).map((k) => k.replace(/^v4:/, '').split('/')[0]));
}

export function recordedDirFetch(dir: string, routes = readRoutes(dir)): FetchLike & { urls: string[] } {
	const urls: string[] = [];
	const fn = (async (url: string) => {
		urls.push(url);
		const file = routes[routeKey(url)];
		if (!file) return { ok: false, status: 404, text: async () => 'Not Found' };
		const body = readFileSync(join(dir, file), 'utf8');
		return { ok: true, status: 200, text: async () => body };
	}) as FetchLike & { urls: string[] };
	fn.urls = urls;
	return fn;
}
