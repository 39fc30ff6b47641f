// The refresh CLI's logic (the entry point is src/prep/cli/refresh-cbs.ts):
//   npx tsx src/prep/cli/refresh-cbs.ts --year 2019 --out DIR [--year 2020 ...]
//       [--wmo-table ID --kwb-table ID] [--mirror MIRROR_DIR] [--base-url URL] [--timeout SECONDS] [--retries N]
// Writes, in the mirror's layout:
//   DIR/wmo/wijk_totaal_jaar.csv      Wmo total per wijk + KWB columns (as in the mirror)
//   DIR/wmo/gemeente_totaal_jaar.csv  the same for gemeenten (not in the mirror)
//   DIR/wmo/wijk_gemeente_type.csv    Wmo clients per type (year and half-years), when the table has types
//   DIR/cbs-refresh.json              provenance: tables, base URL, time of fetching, licence
// With --mirror, DIR first becomes a copy of the mirror and the fetched wijk rows are merged into
// its wmo/wijk_totaal_jaar.csv (replacing refreshed years), so `WMO_DATA_DIR=DIR npm run data` works.
// Failures print one Dutch line and exit with code 1, never a stack trace.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FetchLike } from './client';
import { createCbsODataClient } from './client';
import { toCsv, unionColumns } from './csv';
import { CbsODataError, configError } from './errors';
import { checkMirror, copyMirror, mergedWijkTotaal, WIJK_TOTAAL_FILE } from './merge';
import type { MirrorRecord } from './mapping';
import { fetchWmoYear, resolveTables, type WmoYearResult } from './refresh';

export interface CliArgs {
	years: number[];
	out: string;
	wmoTable?: string;
	kwbTable?: string;
	mirror?: string;
	baseUrl?: string;
	timeoutMs: number;
	retries: number;
}

const USAGE =
	'gebruik: npx tsx src/prep/cli/refresh-cbs.ts --year 2019 --out MAP [--mirror SPIEGELMAP] [--wmo-table ID --kwb-table ID] [--timeout SECONDEN] [--retries N]';

export function parseArgs(argv: string[]): CliArgs {
	const args: CliArgs = { years: [], out: '', timeoutMs: 60_000, retries: 0 };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = argv[i + 1];
		const need = () => {
			if (value === undefined || value.startsWith('--')) throw configError(`optie ${flag} mist een waarde; ${USAGE}`);
			i++;
			return value;
		};
		if (flag === '--year') {
			for (const part of need().split(',')) {
				const year = Number(part.trim());
				if (!Number.isInteger(year) || year < 2015 || year > 2100) {
					throw configError(`ongeldig jaar "${part}" bij --year; geef een jaartal zoals 2019. ${USAGE}`);
				}
				args.years.push(year);
			}
		} else if (flag === '--out') args.out = need();
		else if (flag === '--wmo-table') args.wmoTable = need();
		else if (flag === '--kwb-table') args.kwbTable = need();
		else if (flag === '--mirror') args.mirror = need();
		else if (flag === '--base-url') args.baseUrl = need();
		else if (flag === '--timeout') {
			const s = Number(need());
			if (!(s > 0)) throw configError(`--timeout moet een positief aantal seconden zijn. ${USAGE}`);
			args.timeoutMs = s * 1000;
		} else if (flag === '--retries') {
			const n = Number(need());
			if (!Number.isInteger(n) || n < 0) throw configError(`--retries moet een geheel getal van 0 of meer zijn. ${USAGE}`);
			args.retries = n;
		} else throw configError(`onbekende optie "${flag}". ${USAGE}`);
	}
	if (args.years.length === 0) throw configError(`geef minstens één jaar met --year. ${USAGE}`);
	if (!args.out) throw configError(`geef de uitvoermap met --out. ${USAGE}`);
	if ((args.wmoTable || args.kwbTable) && args.years.length > 1) {
		throw configError('--wmo-table en --kwb-table gelden voor één jaar; geef dan precies één --year.');
	}
	return args;
}

const TYPE_COLUMNS = ['typemaatwerkvoorziening', 'typemaatwerkarrangement'];

/** Writes the fetched years into `out` in the mirror's layout. Returns the files written. */
export async function writeMirrorLayout(
	out: string,
	results: WmoYearResult[],
	baseUrl: string,
	now = new Date(),
	mirrorDir?: string
): Promise<string[]> {
	if (mirrorDir) await copyMirror(mirrorDir, out);
	const dir = join(out, 'wmo');
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	const write = async (name: string, text: string) => {
		const path = join(out, name);
		await writeFile(path, text, 'utf8');
		written.push(path);
	};
	const columns = unionColumns(results.map((r) => r.joinedColumns));
	const all = results.flatMap((r) => r.joined);
	const byLevel = (prefix: string) => all.filter((r) => String(r.codering_regio).startsWith(prefix));
	await write(
		WIJK_TOTAAL_FILE,
		mirrorDir
			? await mergedWijkTotaal(mirrorDir, byLevel('WK'), results.map((r) => r.year))
			: toCsv(byLevel('WK'), columns)
	);
	await write('wmo/gemeente_totaal_jaar.csv', toCsv(byLevel('GM'), columns));

	const typed: MirrorRecord[] = results.flatMap((r) => r.wmo.records.filter((rec) => TYPE_COLUMNS.some((c) => typeof rec[c] === 'string')));
	if (typed.length) {
		const present = (c: string) => typed.some((r) => c in r);
		const typeCols = ['codering_regio', 'perioden', 'interval', 'periodennum', ...TYPE_COLUMNS, 'wmoclienten', 'wmoclientenper1000inwoners', 'gemeentenaam'].filter(
			(c) => c === 'codering_regio' || c === 'perioden' || present(c)
		);
		await write('wmo/wijk_gemeente_type.csv', toCsv(typed, typeCols));
	}
	const provenance = {
		fetched_at: now.toISOString(),
		base_url: baseUrl,
		merged_into_mirror_copy: mirrorDir ?? null,
		source: 'CBS open-data API (OData v3)',
		licence: 'CC BY 4.0',
		attribution: 'Bron: CBS',
		indeling: 'per jaar de indeling van dat jaar (omzetten naar de doelindeling gebeurt in de datastap)',
		years: results.map((r) => ({ year: r.year, wmo_table: r.tables.wmo, kwb_table: r.tables.kwb, wmo_rows: r.wmo.records.length, kwb_rows: r.kwb.records.length }))
	};
	await write('cbs-refresh.json', `${JSON.stringify(provenance, null, 2)}\n`);
	return written;
}

export interface CliIo {
	fetch?: FetchLike;
	log?: (line: string) => void;
	error?: (line: string) => void;
	now?: Date;
}

/** Runs the CLI; returns the exit code. */
export async function runRefreshCli(argv: string[], io: CliIo = {}): Promise<number> {
	const log = io.log ?? ((l: string) => console.log(l));
	const error = io.error ?? ((l: string) => console.error(l));
	try {
		const args = parseArgs(argv);
		if (args.mirror) checkMirror(args.mirror, args.out);
		const client = createCbsODataClient({ fetch: io.fetch, baseUrl: args.baseUrl, timeoutMs: args.timeoutMs, retries: args.retries });
		const results: WmoYearResult[] = [];
		for (const year of args.years) {
			const tables = resolveTables(year, { wmo: args.wmoTable, kwb: args.kwbTable });
			log(`CBS ${year}: Wmo-tabel ${tables.wmo}, KWB-tabel ${tables.kwb} ophalen…`);
			const result = await fetchWmoYear(tables, { client });
			log(`CBS ${year}: ${result.wmo.records.length} Wmo-regels, ${result.kwb.records.length} KWB-regels.`);
			if (result.joined.length === 0) {
				error(`Let op: tabel ${tables.wmo} heeft geen jaarcijfers (perioden ${year}JJ00) voor wijken of gemeenten; wmo/wijk_totaal_jaar.csv blijft voor ${year} leeg.`);
			}
			results.push(result);
		}
		const files = await writeMirrorLayout(args.out, results, client.baseUrl, io.now, args.mirror);
		log(`Geschreven: ${files.join(', ')}.`);
		log(
			args.mirror
				? `Volledige spiegel met de nieuwe jaren in ${args.out}; bouw de snapshot met WMO_DATA_DIR=${args.out} npm run data.`
				: `Alleen de nieuwe jaren; geef --mirror ../shared/data mee voor een complete map die de datastap via WMO_DATA_DIR kan lezen.`
		);
		return 0;
	} catch (err) {
		const code = (err as { code?: unknown })?.code;
		if (err instanceof CbsODataError) error(err.message);
		else if (typeof code === 'string' && ['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'ENOSPC'].includes(code)) {
			error(`CBS-verversing: kan de uitvoer niet schrijven (${(err as Error).message}); kies met --out een map waar je schrijfrechten hebt en waar ruimte is.`);
		} else error(`CBS-verversing mislukt door een onverwachte fout: ${err instanceof Error ? err.message : String(err)}`);
		return 1;
	}
}
