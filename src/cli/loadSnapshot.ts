// Node side of snapshot loading for the model CLIs: read the Parquet files, decode with the same
// pure reader the browser worker uses.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFlags } from '../prep/cli/flags';
import { loadSnapshotTables } from '../lib/snapshot/read';
import { SNAPSHOT_FILES } from '../lib/snapshot/schema';
import type { SnapshotTables } from '../lib/model/types';

async function buf(path: string): Promise<ArrayBuffer> {
	const b = await readFile(path);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

export async function readSnapshotBuffers(dir: string) {
	const [regions, clients, population, indicators] = await Promise.all(
		(['regions', 'clients', 'population', 'indicators'] as const).map((t) => buf(join(dir, SNAPSHOT_FILES[t])))
	);
	return { regions, clients, population, indicators };
}

export async function loadSnapshotFromDir(dir: string): Promise<SnapshotTables> {
	try {
		return await loadSnapshotTables(await readSnapshotBuffers(dir));
	} catch (e) {
		throw new Error(`Kan de snapshot in ${dir} niet lezen (${(e as Error).message}). Draai eerst: npm run data`);
	}
}

/** A --flag's value, through the data step's one parser (unknown flags stop with a Dutch message). */
export function argValue(args: string[], name: string): string | undefined {
	const names = new Set(args.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')[0]));
	names.add(name);
	const spec = Object.fromEntries([...names].map((n) => [n, { type: 'string' as const }]));
	return parseFlags(args, spec, 'Zie README.md voor de opties.')[name];
}
