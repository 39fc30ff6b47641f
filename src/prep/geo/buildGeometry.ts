// Geometry of the target indeling for the app: all gemeenten, all wijken, and one wijk file per
// gemeente (the app only loads the chosen gemeente's wijken).

import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Feature } from '../mirror/geo';
import { simplifyMultiPolygon, type Polygon, type SimplifyOptions } from './simplify';

export const WIJK_SIMPLIFY: SimplifyOptions = { tolerance: 0.00015, decimals: 4, minRingArea: 1e-8 };
export const GEMEENTE_SIMPLIFY: SimplifyOptions = { tolerance: 0.00025, decimals: 4, minRingArea: 1e-7 };

export interface OutFeature {
	type: 'Feature';
	properties: { code: string; name: string; gemeente_code: string };
	geometry: { type: 'MultiPolygon'; coordinates: Polygon[] };
}

export function compactFeature(f: Feature, props: OutFeature['properties'], opts: SimplifyOptions): OutFeature {
	const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Polygon[];
	return { type: 'Feature', properties: props, geometry: { type: 'MultiPolygon', coordinates: simplifyMultiPolygon(polys, opts) } };
}

export interface WrittenGeo {
	file: string;
	features: number;
	bytes: number;
	gzipBytes: number;
}

export function writeFeatureCollection(outDir: string, file: string, features: OutFeature[]): WrittenGeo {
	const path = join(outDir, file);
	mkdirSync(join(path, '..'), { recursive: true });
	const text = JSON.stringify({ type: 'FeatureCollection', features });
	writeFileSync(path, text);
	return { file, features: features.length, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
}
