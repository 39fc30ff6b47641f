// Where the mirror lives and whether it changed since the last snapshot. The mirror path is resolved
// against the repository root, not the caller's cwd, so `npm run data` works from any folder.

import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function resolveMirrorDir(env: NodeJS.ProcessEnv = process.env): string {
	const fromEnv = env.WMO_DATA_DIR;
	return fromEnv ? resolve(REPO_ROOT, fromEnv) : resolve(REPO_ROOT, '../shared/data');
}

export function defaultOutDir(): string {
	return join(REPO_ROOT, 'public/data');
}

function listFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...listFiles(p));
		else if (entry.isFile()) out.push(p);
	}
	return out.sort();
}

/** Names, sizes and mtimes rather than contents: cheap enough to run on every `npm start`. */
export function mirrorFingerprint(mirrorDir: string): string {
	const hash = createHash('sha256');
	for (const file of listFiles(mirrorDir)) {
		const st = statSync(file);
		hash.update(`${relative(mirrorDir, file)}\t${st.size}\t${Math.floor(st.mtimeMs)}\n`);
	}
	return hash.digest('hex').slice(0, 32);
}
