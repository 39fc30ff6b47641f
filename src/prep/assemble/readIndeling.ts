// Step 1 of the snapshot: the target indeling (regions and their names) and its compact geometry,
// both from the wijk and gemeente boundaries of TARGET_INDELING.

import { TARGET_INDELING, type RegionRow } from '../../lib/snapshot/schema';
import { GEMEENTE_SIMPLIFY, WIJK_SIMPLIFY, compactFeature, type OutFeature } from '../geo/buildGeometry';
import { DataInputError } from '../mirror/errors';
import { GEO_FILES, readGeoJson } from '../mirror/geo';
import { makeIndeling, type Indeling } from './indeling';

const BUITENLAND = new Set(['WK099899', 'GM0998']);

export interface IndelingWithGeometry {
	indeling: Indeling;
	wijkFeatures: OutFeature[];
	gemeenteFeatures: OutFeature[];
}

export function readIndeling(mirrorDir: string): IndelingWithGeometry {
	const wijkFile = GEO_FILES.wijken(TARGET_INDELING);
	const gemFile = GEO_FILES.gemeenten(TARGET_INDELING);
	const wijken = readGeoJson(mirrorDir, wijkFile, ['wijkcode', 'wijknaam', 'gemeentecode']).filter((f) => !BUITENLAND.has(String(f.properties.wijkcode)));
	const gemeenten = readGeoJson(mirrorDir, gemFile, ['gemeentecode', 'gemeentenaam']).filter((f) => !BUITENLAND.has(String(f.properties.gemeentecode)));
	const gemNames = new Map(gemeenten.map((f) => [String(f.properties.gemeentecode), String(f.properties.gemeentenaam)]));
	for (const f of wijken) {
		if (!gemNames.has(String(f.properties.gemeentecode))) {
			throw new DataInputError(wijkFile, null, `wijk ${f.properties.wijkcode} hoort bij gemeente ${f.properties.gemeentecode}, die niet in ${gemFile} staat.`, 'Gebruik wijk- en gemeentegrenzen van hetzelfde jaar.');
		}
	}
	const indeling = makeIndeling(
		TARGET_INDELING,
		wijken.map((f) => ({ code: String(f.properties.wijkcode), name: String(f.properties.wijknaam), gemeente: String(f.properties.gemeentecode) })),
		[...gemNames].map(([code, name]) => ({ code, name }))
	);
	const wijkFeatures = wijken.map((f) =>
		compactFeature(f, { code: String(f.properties.wijkcode), name: String(f.properties.wijknaam), gemeente_code: String(f.properties.gemeentecode) }, WIJK_SIMPLIFY)
	);
	const gemeenteFeatures = gemeenten.map((f) =>
		compactFeature(f, { code: String(f.properties.gemeentecode), name: String(f.properties.gemeentenaam), gemeente_code: String(f.properties.gemeentecode) }, GEMEENTE_SIMPLIFY)
	);
	return { indeling, wijkFeatures, gemeenteFeatures };
}

/** regions.parquet: gemeenten first, then wijken, each with its gemeente's name. */
export function regionRows(indeling: Indeling): RegionRow[] {
	return [
		...indeling.gemeenten.map((g) => ({ code: g, level: 'gemeente' as const, name: indeling.names.get(g) ?? g, gemeente_code: g, gemeente_name: indeling.names.get(g) ?? g })),
		...indeling.wijken.map((w) => {
			const g = indeling.gemeenteOfWijk.get(w) as string;
			return { code: w, level: 'wijk' as const, name: indeling.names.get(w) ?? w, gemeente_code: g, gemeente_name: indeling.names.get(g) ?? g };
		})
	];
}
