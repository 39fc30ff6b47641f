// `npm run refresh` as a function: catalogue → plan → fetch every table (resumable, with progress)
// → write a mirror-layout folder → rebuild the snapshot from it. Nothing visible changes until the
// end: the new folder is built under a temp name and renamed over data-cache/mirror, and the
// snapshot is written by the data step, which swaps its folder in only when complete. Offline, the
// first request fails and the run stops with a Dutch message, leaving everything as it was.

import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REFRESH_MARKER, refreshedDir } from '../mirror/dataSource';
import { mirrorFingerprint } from '../mirror/paths';
import { runData, type RunDataResult } from '../runData';
import { UnknownTableError, createCbsApi, type CbsApiOptions } from '../sources/cbs-odata/api';
import { checkTitles, fetchCatalogue, mismatchLines } from '../sources/cbs-odata/catalogue';
import { configError } from '../sources/cbs-odata/errors';
import type { FetchLike } from '../sources/cbs-odata/client';
import { checkMirror, copyMirror } from '../sources/cbs-odata/merge';
import { readCached, writeCached } from './cache';
import { writeRefreshedFiles, type FetchedEntry } from './layout';
import { allApiTables, refreshPlan } from './plan';

export interface RefreshOptions {
	mirrorDir: string;
	cacheDir: string;
	outDir: string;
	fetch?: FetchLike;
	/** Only tables in this set are asked for (a recording holds a few). */
	onlyTables?: Set<string>;
	/** 'live' (default) or 'recorded:<dir>': cached tables are reused only from the same origin. */
	origin?: string;
	api?: Omit<CbsApiOptions, 'fetch' | 'onPage'>;
	log?: (line: string) => void;
	now?: () => Date;
}

export interface RefreshResult {
	fetched: Array<{ id: string; year: number | null; protocol: string; rows: number; pages: number; seconds: number; resumed: boolean }>;
	skipped: string[];
	snapshot: RunDataResult;
}

/** Temp folders of refreshes that were killed (their process is gone). */
function removeStaleDirs(cacheDir: string): void {
	if (!existsSync(cacheDir)) return;
	for (const name of readdirSync(cacheDir)) {
		const m = /^mirror\.(?:tmp|old)-(\d+)$/.exec(name);
		if (!m || Number(m[1]) === process.pid) continue;
		try {
			process.kill(Number(m[1]), 0);
		} catch {
			rmSync(join(cacheDir, name), { recursive: true, force: true });
		}
	}
}

export async function runRefresh(opts: RefreshOptions): Promise<RefreshResult> {
	const log = opts.log ?? (() => {});
	const now = opts.now ?? (() => new Date());
	const origin = opts.origin ?? 'live';
	const pages = new Map<string, number>();
	const rowsSoFar = new Map<string, number>();
	// Data pages only (TypedDataSet in v3, Observations in v4); metadata requests are single pages.
	// A big table (KWB: hundreds of pages in v4) shows that it is still going every 25 pages.
	const onPage = (id: string, rows: number, set: string) => {
		if (set !== 'TypedDataSet' && set !== 'Observations') return;
		const n = (pages.get(id) ?? 0) + 1;
		pages.set(id, n);
		rowsSoFar.set(id, (rowsSoFar.get(id) ?? 0) + rows);
		if (n % 25 === 0) log(`${id}: bezig, ${n} pagina's, ${rowsSoFar.get(id)} rijen…`);
	};
	const clientOptions = { ...opts.api, fetch: opts.fetch, onPage };

	checkMirror(opts.mirrorDir, refreshedDir(opts.cacheDir));
	// The catalogue first: it is one small request, so offline fails here, before anything is written.
	const catalogue = await fetchCatalogue({ fetch: opts.fetch, timeoutMs: opts.api?.timeoutMs, retries: opts.api?.retries });
	if (catalogue) {
		log(`CBS-catalogus gelezen (${catalogue.entries.length} tabellen, ${catalogue.source}).`);
		const known = opts.onlyTables ? allApiTables().filter((t) => [t.id, t.reissue].some((id) => id && opts.onlyTables?.has(id))) : allApiTables();
		for (const line of mismatchLines(checkTitles(known, catalogue.entries))) log(line);
	} else log('Let op: de CBS-catalogus gaf geen antwoord; de tabelnummers uit src/prep/sources/cbs-tables.ts worden gebruikt zonder controle.');

	const plan = refreshPlan(catalogue?.entries ?? null);
	for (const line of plan.messages) log(line);
	const api = createCbsApi({ ...clientOptions, onFallback: (id, e) => log(`${id}: OData v4 lukte niet (${e.message}); OData v3 wordt gebruikt.`) });
	const result: RefreshResult = { fetched: [], skipped: [], snapshot: { skipped: true, seconds: 0, bytes: 0, files: 0 } };
	const entries: FetchedEntry[] = [];
	for (const planned of plan.tables) {
		const label = `${planned.id}${planned.year === null ? '' : ` (${planned.year})`}`;
		if (opts.onlyTables && !opts.onlyTables.has(planned.id)) {
			result.skipped.push(planned.id);
			continue;
		}
		const cached = readCached(opts.cacheDir, planned.id, planned.year, origin);
		if (cached) {
			log(`${label}: al opgehaald op ${cached.fetched_at} (${cached.table.records.length} regels, ${cached.table.protocol}); niet opnieuw.`);
			entries.push({ planned, table: cached.table });
			result.fetched.push({ id: planned.id, year: planned.year, protocol: cached.table.protocol, rows: cached.table.records.length, pages: cached.pages, seconds: 0, resumed: true });
			continue;
		}
		const started = performance.now();
		pages.set(planned.id, 0);
		rowsSoFar.set(planned.id, 0);
		let table;
		try {
			table = await api.fetchTable(planned.id, planned.year, planned.required);
		} catch (err) {
			if (!(err instanceof UnknownTableError)) throw err;
			log(`${label}: ${err.message} Deze tabel wordt overgeslagen.`);
			result.skipped.push(planned.id);
			continue;
		}
		const seconds = (performance.now() - started) / 1000;
		const n = pages.get(planned.id) ?? 0;
		writeCached(opts.cacheDir, planned.id, { table, year: planned.year, pages: n, seconds, fetched_at: now().toISOString(), origin });
		log(`${label}: ${table.records.length} regels, ${n} pagina${n === 1 ? '' : "'s"} data, ${seconds.toFixed(1)} s (OData ${table.protocol}).`);
		entries.push({ planned, table });
		result.fetched.push({ id: planned.id, year: planned.year, protocol: table.protocol, rows: table.records.length, pages: n, seconds, resumed: false });
	}
	if (!entries.some((e) => e.planned.kind === 'wijk_type')) {
		throw configError(
			`geen enkele tabel met Wmo-cliënten per wijk kon worden opgehaald (gezocht: ${plan.tables.filter((t) => t.kind === 'wijk_type').map((t) => t.id).join(', ') || 'geen'}); ` +
				'er is niets om in de snapshot te zetten. Controleer de tabelnummers in src/prep/sources/cbs-tables.ts.'
		);
	}

	// The mirror-layout folder, under a temp name until the snapshot built from it is complete: a
	// folder the data step rejects never replaces the previous refresh.
	const target = refreshedDir(opts.cacheDir);
	const staging = `${target}.tmp-${process.pid}`;
	removeStaleDirs(opts.cacheDir);
	rmSync(staging, { recursive: true, force: true });
	try {
		await copyMirror(opts.mirrorDir, staging);
		const written = await writeRefreshedFiles(staging, entries);
		for (const [file, rows] of Object.entries(written)) log(`Geschreven: ${file} (${rows} nieuwe regels).`);
		const fetchedAt = now().toISOString();
		const provenance = {
			fetched_at: fetchedAt,
			mirror: opts.mirrorDir,
			mirror_fingerprint: mirrorFingerprint(opts.mirrorDir),
			source: origin === 'live' ? 'CBS open data (OData v4, terugval op v3)' : `opgenomen antwoorden (${origin}), synthetische waarden`,
			licence: 'CC BY 4.0',
			attribution: 'Bron: CBS',
			tables: result.fetched,
			skipped: result.skipped,
			messages: plan.messages
		};
		// Written last: its presence marks the folder as a complete refresh (see mirror/dataSource.ts).
		await writeFile(join(staging, REFRESH_MARKER), `${JSON.stringify(provenance, null, 2)}\n`, 'utf8');
		// Renaming keeps names, sizes and mtimes, so the fingerprint in the manifest stays valid for `target`.
		result.snapshot = await runData({ mirrorDir: staging, recordAs: target, outDir: opts.outDir, log, inputSource: { kind: 'refresh', dir: target, fetched_at: fetchedAt } });
		const old = `${target}.old-${process.pid}`;
		if (existsSync(target)) renameSync(target, old);
		renameSync(staging, target);
		rmSync(old, { recursive: true, force: true });
	} catch (err) {
		rmSync(staging, { recursive: true, force: true });
		throw err;
	}
	return result;
}
