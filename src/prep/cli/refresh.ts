// `npm run refresh [-- --from-recorded DIR] [--cache DIR] [--out DIR] [--timeout S] [--retries N] [--protocol v3|v4]`:
// brings the newest CBS tables (2019 on) into data-cache/ and rebuilds the snapshot from them.
// See src/prep/refresh/runRefresh.ts. Failures print Dutch lines and exit 1; nothing is changed.

import { resolve } from 'node:path';
import { defaultCacheDir } from '../mirror/dataSource';
import { DataInputError } from '../mirror/errors';
import { defaultOutDir, resolveMirrorDir } from '../mirror/paths';
import { recordedDirFetch, readRoutes, recordedTables } from '../refresh/recorded';
import { runRefresh } from '../refresh/runRefresh';
import { CbsODataError, configError } from '../sources/cbs-odata/errors';
import type { Protocol } from '../sources/cbs-odata/api';
import { parseFlags } from './flags';

const USAGE = 'Gebruik: npm run refresh -- [--from-recorded MAP] [--cache MAP] [--out MAP] [--timeout SECONDEN] [--retries N] [--protocol v3|v4]';

const REFRESH_FLAGS = {
	'from-recorded': { type: 'string' },
	cache: { type: 'string' },
	out: { type: 'string' },
	timeout: { type: 'string' },
	retries: { type: 'string' },
	protocol: { type: 'string' }
} as const;

interface Args {
	recorded?: string;
	cacheDir: string;
	outDir: string;
	timeoutMs: number;
	retries: number;
	only?: Protocol;
}

export function parseRefreshArgs(argv: string[]): Args {
	let f: ReturnType<typeof parseFlags<typeof REFRESH_FLAGS>>;
	try {
		f = parseFlags(argv, REFRESH_FLAGS, USAGE);
	} catch (e) {
		throw configError((e as Error).message);
	}
	const args: Args = {
		cacheDir: f.cache ? resolve(f.cache) : defaultCacheDir(),
		outDir: f.out ? resolve(f.out) : defaultOutDir(),
		timeoutMs: f.timeout !== undefined ? Number(f.timeout) * 1000 : 60_000,
		retries: f.retries !== undefined ? Number(f.retries) : 0
	};
	if (f['from-recorded']) args.recorded = resolve(f['from-recorded']);
	if (f.protocol !== undefined) {
		if (f.protocol !== 'v3' && f.protocol !== 'v4') throw configError(`--protocol moet v3 of v4 zijn. ${USAGE}`);
		args.only = f.protocol;
	}
	if (!(args.timeoutMs > 0) || !Number.isInteger(args.retries) || args.retries < 0) throw configError(`--timeout moet positief zijn en --retries een geheel getal van 0 of meer. ${USAGE}`);
	return args;
}

export async function refreshCli(argv: string[], io: { log?: (l: string) => void; error?: (l: string) => void } = {}): Promise<number> {
	const log = io.log ?? ((l: string) => console.log(l));
	const error = io.error ?? ((l: string) => console.error(l));
	try {
		const args = parseRefreshArgs(argv);
		const routes = args.recorded ? readRoutes(args.recorded) : undefined;
		if (args.recorded) log(`Opgenomen antwoorden uit ${args.recorded} (geen internet nodig; synthetische waarden).`);
		const r = await runRefresh({
			mirrorDir: resolveMirrorDir(),
			cacheDir: args.cacheDir,
			outDir: args.outDir,
			fetch: args.recorded && routes ? recordedDirFetch(args.recorded, routes) : undefined,
			onlyTables: routes ? recordedTables(routes) : undefined,
			origin: args.recorded ? `recorded:${args.recorded}` : 'live',
			api: { timeoutMs: args.timeoutMs, retries: args.retries, only: args.only },
			log
		});
		log(`Verversing klaar: ${r.fetched.length} tabellen (${r.fetched.filter((f) => f.resumed).length} hervat), snapshot in ${args.outDir} (${r.snapshot.files} bestanden).`);
		if (args.recorded) {
			log(`Let op: deze snapshot bevat de synthetische voorbeeldcijfers uit ${args.recorded}, geen echte CBS-cijfers. Terug naar de spiegel: npm run data -- --plain-mirror (en verwijder ${args.cacheDir} om de verversing te vergeten).`);
		}
		return 0;
	} catch (err) {
		if (err instanceof CbsODataError || err instanceof DataInputError) error(err.message);
		else error(`Verversing mislukt door een onverwachte fout: ${err instanceof Error ? err.message : String(err)}`);
		error('Er is niets veranderd: de vorige snapshot en data-cache/mirror staan er nog. Al opgehaalde tabellen blijven bewaard en worden bij de volgende poging niet opnieuw opgehaald.');
		return 1;
	}
}

if (process.argv[1] && /cli[\\/]refresh\.ts$/.test(process.argv[1])) process.exitCode = await refreshCli(process.argv.slice(2));
