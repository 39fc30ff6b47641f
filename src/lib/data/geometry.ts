// Region geometry from the snapshot. The map joins values on `properties.code`; CBS sources name it
// differently (statcode, wijkcode, gemeentecode), so normalise once on load.
const CODE_KEYS = ['code', 'statcode', 'wijkcode', 'gemeentecode', 'WKC', 'GMC'];
const NAME_KEYS = ['name', 'statnaam', 'wijknaam', 'gemeentenaam', 'WKN', 'GMN'];

export function normaliseGeometry(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
	for (const f of fc.features) {
		const p = (f.properties ??= {});
		if (typeof p.code !== 'string') p.code = CODE_KEYS.map((k) => p[k]).find((v) => typeof v === 'string') ?? String(f.id ?? '');
		if (typeof p.name !== 'string') p.name = NAME_KEYS.map((k) => p[k]).find((v) => typeof v === 'string') ?? p.code;
	}
	return fc;
}
