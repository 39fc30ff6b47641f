// Reads the boundary files of the mirror: the target indeling's wijken and gemeenten (with
// geometry, WGS84) and the 2016 wijk codes used to check the 2015 rule.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataInputError } from './errors';

export const GEO_FILES = {
	wijken: (year: number) => `geo/wijken_${year}.geojson`,
	gemeenten: (year: number) => `geo/gemeenten_${year}.geojson`,
	wijken2016: 'geo/wijken_2016_rd.geojson'
};

export interface Feature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export function readGeoJson(mirrorDir: string, file: string, requiredProps: string[]): Feature[] {
	const path = join(mirrorDir, file);
	if (!existsSync(path)) {
		throw new DataInputError(file, null, 'het bestand ontbreekt in de spiegelmap.', `Zet ${file} terug in ${mirrorDir}.`);
	}
	let parsed: { features?: Feature[] };
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8'));
	} catch (err) {
		throw new DataInputError(file, null, `het bestand is geen geldige GeoJSON (${(err as Error).message}).`, 'Vervang het door een geldige GeoJSON FeatureCollection.');
	}
	if (!Array.isArray(parsed.features)) {
		throw new DataInputError(file, null, 'het bestand heeft geen "features".', 'Vervang het door een GeoJSON FeatureCollection.');
	}
	parsed.features.forEach((f, i) => {
		for (const p of requiredProps) {
			if (f.properties?.[p] === undefined) {
				throw new DataInputError(file, null, `feature ${i + 1} mist de eigenschap "${p}".`, `Zorg dat elke feature de eigenschap "${p}" heeft (is die hernoemd?).`);
			}
		}
	});
	return parsed.features;
}
