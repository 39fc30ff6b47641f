// A file past ~300 lines usually holds two concerns (docs/ARCHITECTURE.md): keep every source file
// of the app, the model and the data step under that.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const MAX_LINES = 300;

function sources(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const rel = `${dir}/${name}`;
		if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
		return /\.(ts|svelte)$/.test(name) ? [rel] : [];
	});
}

describe('file size', () => {
	it(`keeps every .ts and .svelte file under src/ and workers/ within ${MAX_LINES} lines`, () => {
		const long = [...sources('src'), ...sources('workers')]
			.map((f) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length] as const)
			.filter(([, n]) => n > MAX_LINES);
		expect(long).toEqual([]);
	});
});
