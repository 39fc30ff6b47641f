// Node side of snapshot loading for the model CLIs: read the Parquet files, decode with the same
// pure reader the browser worker uses.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Tiny --flag value parser shared by the CLIs. */
export function argValue(args: string[], name: string): string | undefined {
	const i = args.indexOf(`--${name}`);
	if (i >= 0) return args[i + 1];
	const eq = args.find((a) => a.startsWith(`--${name}=`));
	return eq ? eq.slice(name.length + 3) : undefined;
}
