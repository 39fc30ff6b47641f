// The layer order of docs/ARCHITECTURE.md, enforced: every import in src/ and workers/ is resolved
// to its layer, and a layer may only import the layers listed for it. Data flows one way:
// snapshot → model → pipeline → view → (data, state, ui, workers) → routes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** Which layers each layer may import (its own layer is always allowed). */
export const ALLOWED: Record<string, string[]> = {
	'lib/snapshot': [],
	'lib/model': ['lib/snapshot'],
	'lib/pipeline': ['lib/snapshot', 'lib/model'],
	'lib/view': ['lib/snapshot', 'lib/model', 'lib/pipeline'],
	'lib/state': ['lib/snapshot', 'lib/view'],
	'lib/data': ['lib/snapshot', 'lib/pipeline', 'lib/view'],
	'lib/local': ['lib/snapshot', 'lib/pipeline', 'lib/view', 'lib/data'],
	'lib/export': ['lib/snapshot', 'lib/view'],
	'lib/ui': ['lib/snapshot', 'lib/view', 'lib/state', 'lib/local', 'lib/export', 'lib/data'],
	workers: ['lib/snapshot', 'lib/model', 'lib/pipeline', 'lib/view'],
	routes: ['lib/snapshot', 'lib/pipeline', 'lib/view', 'lib/state', 'lib/data', 'lib/ui', 'lib/local', 'lib/export'],
	prep: ['lib/snapshot'],
	cli: ['lib/snapshot', 'lib/model', 'lib/pipeline', 'prep']
};

/** The layer of a path relative to the repository root, or null outside src/ and workers/. */
export function layerOf(path: string): string | null {
	const p = path.replace(/\\/g, '/');
	if (p.startsWith('workers/')) return 'workers';
	const m = p.match(/^src\/(lib\/[^/]+|routes|prep|cli)(\/|$)/);
	return m ? m[1] : null;
}

/** Import specifiers of a .ts or .svelte source (static and dynamic). */
export function importsOf(source: string): string[] {
	const out: string[] = [];
	for (const m of source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] ?? m[2]);
	return out;
}

/** The violations of one file: imports into a layer it may not use. */
export function violations(file: string, source: string): string[] {
	const from = layerOf(file);
	if (!from) return [];
	const bad: string[] = [];
	for (const spec of importsOf(source)) {
		let target: string | null = null;
		if (spec.startsWith('$lib/')) target = `src/lib/${spec.slice(5)}`;
		else if (spec.startsWith('.')) target = relative(ROOT, resolve(ROOT, dirname(file), spec));
		else continue; // a package
		const to = layerOf(target);
		if (!to || to === from) continue;
		if (!(ALLOWED[from] ?? []).includes(to)) bad.push(`${file}: ${from} → ${to} (${spec})`);
	}
	return bad;
}

function sources(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(join(ROOT, dir))) {
		const rel = `${dir}/${name}`;
		if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
		else if (/\.(ts|svelte)$/.test(name)) out.push(rel);
	}
	return out;
}

describe('layer order', () => {
	it('catches an import against the order (the check itself)', () => {
		expect(violations('src/lib/model/panel.ts', "import { x } from '../ui/format';")).toHaveLength(1);
		expect(violations('src/lib/snapshot/read.ts', "import type { T } from '../model/types';")).toHaveLength(1);
		expect(violations('src/lib/ui/Map.svelte', "import { api } from '../../../workers/forecast.worker';")).toHaveLength(1);
		expect(violations('src/routes/+page.svelte', "const m = await import('$lib/model/fit');")).toHaveLength(1);
		expect(violations('src/lib/view/views.ts', "import { fitModel } from '../model/fit';")).toEqual([]);
	});

	it('holds for every source file in src/ and workers/', () => {
		const files = [...sources('src'), ...sources('workers')];
		expect(files.length).toBeGreaterThan(50);
		const bad = files.flatMap((f) => violations(f, readFileSync(join(ROOT, f), 'utf8')));
		expect(bad).toEqual([]);
	});
});
