// The MapLibre style of the choropleth: a plain background and one GeoJSON source, nothing remote.
// Colours and reliability come from feature state, set by Map.svelte.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';

export const SOURCE = 'regions';

export type { RegionStyle } from '$lib/view/types';
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function mapStyle(idProperty: string): StyleSpecification {
	const rel: ExpressionSpecification = ['feature-state', 'rel'];
	const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
	return {
		version: 8,
		// A small tile buffer and a low maxzoom keep re-tiling after a gemeente change cheap on slow
		// devices: a gemeente then needs one to four tiles (overzoomed; at zoom 9 a tile unit is still
		// below a pixel up to zoom 12, where wijk maps are shown).
		sources: {
			[SOURCE]: { type: 'geojson', data: EMPTY, promoteId: idProperty, tolerance: 0.3, buffer: 32, maxzoom: 9 }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f4f6f8' } },
			{
				id: 'regions-fill',
				type: 'fill',
				source: SOURCE,
				paint: {
					'fill-color': ['coalesce', ['feature-state', 'color'], '#d9d9d9'],
					// Unreliable wijken (10–100 clients) are drawn lighter; see the legend.
					'fill-opacity': ['case', ['==', rel, 'unreliable'], 0.45, 0.92]
				}
			},
			{
				// Wijken without a forecast get a grey hatch on top of the no-data grey.
				id: 'regions-hatch',
				type: 'fill',
				source: SOURCE,
				paint: { 'fill-pattern': 'hatch', 'fill-opacity': ['case', ['==', rel, 'none'], 1, 0] }
			},
			{
				id: 'regions-line',
				type: 'line',
				source: SOURCE,
				// One line layer for the white borders and the selected region (fewer buckets to build).
				paint: {
					'line-color': ['case', selected, '#111111', '#ffffff'],
					'line-width': ['case', selected, 3, 0.6]
				}
			},
			{
				id: 'regions-unreliable-line',
				type: 'line',
				source: SOURCE,
				paint: {
					'line-color': '#555555',
					'line-width': 1,
					'line-dasharray': [2, 2],
					'line-opacity': ['case', ['==', rel, 'unreliable'], 1, 0]
				}
			}
		]
	};
}

/** An 8×8 diagonal hatch as raw pixels, so no sprite file is needed. */
export function hatchPattern(): { width: number; height: number; data: Uint8Array } {
	const size = 8;
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const on = (x + y) % size < 2;
			const i = (y * size + x) * 4;
			const v = on ? 120 : 235;
			data[i] = data[i + 1] = data[i + 2] = v;
			data[i + 3] = 255;
		}
	}
	return { width: size, height: size, data };
}
