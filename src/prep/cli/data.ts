// `npm run data [-- --out DIR] [--if-stale] [--plain-mirror]`: builds the snapshot from the mirror,
// or from data-cache/mirror after `npm run refresh` (see mirror/dataSource.ts). Bad input ends with
// a Dutch message and exit code 1, and the previous snapshot (if any) stays untouched.

import { resolve } from 'node:path';
import { parseFlags } from './flags';
import { DataInputError } from '../mirror/errors';
import { resolveDataSource } from '../mirror/dataSource';
import { defaultOutDir } from '../mirror/paths';
import { runData } from '../runData';

function parseDataArgs(argv: string[]): { outDir: string; ifStale: boolean; plainMirror: boolean } {
	try {
		const f = parseFlags(argv, { out: { type: 'string' }, 'if-stale': { type: 'boolean' }, 'plain-mirror': { type: 'boolean' } }, 'Gebruik: npm run data -- [--out MAP] [--if-stale] [--plain-mirror]');
		return { outDir: f.out ? resolve(f.out) : defaultOutDir(), ifStale: !!f['if-stale'], plainMirror: !!f['plain-mirror'] };
	} catch (e) {
		console.error((e as Error).message);
		process.exit(2);
	}
}

async function main(): Promise<void> {
	const { outDir, ifStale, plainMirror } = parseDataArgs(process.argv.slice(2));
	const source = resolveDataSource({ plainMirror });
	if (source.kind === 'refresh') console.log(`Invoer: de verversing in ${source.dir} (${source.fetched_at ?? 'onbekend moment'}); --plain-mirror gebruikt de spiegel.`);
	try {
		const r = await runData({ mirrorDir: source.dir, outDir, ifStale, log: (l) => console.log(l), inputSource: source });
		if (!r.skipped) console.log(`Snapshot geschreven naar ${outDir}: ${r.files} bestanden, ${(r.bytes / 1e6).toFixed(1)} MB, in ${r.seconds.toFixed(1)} s.`);
	} catch (err) {
		if (err instanceof DataInputError) {
			console.error(err.message);
			console.error('De snapshot is niet bijgewerkt.');
			process.exit(1);
		}
		throw err;
	}
}

await main();
