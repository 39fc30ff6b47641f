// The snapshot's geometry: where the files are and what each feature carries. The data step writes
// exactly these properties; the map joins values on `code`.
import { SNAPSHOT_FILES } from './schema';

export interface RegionFeatureProperties {
	code: string;
	name: string;
	gemeente_code: string;
}

export type RegionFeatureCollection = GeoJSON.FeatureCollection<GeoJSON.Geometry, RegionFeatureProperties>;

export const GEMEENTE_GEOMETRY_FILE = SNAPSHOT_FILES.gemeenteGeometry;

/** Per-gemeente wijk geometry, written by the data step next to the national file. */
export function wijkGeometryFile(gemeente: string): string {
	return `geo/wijken/${gemeente}.geojson`;
}
