// Ambient types for the app. GeoJSON types come from @types/geojson (a dependency of maplibre-gl).
/// <reference types="geojson" />

declare global {
	namespace App {}
}

export {};
