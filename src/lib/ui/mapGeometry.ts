// Helpers for Map.svelte's change of geometry: the bounding box to fit, and holding MapLibre's
// frames until the new tiles are in.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mark } from '$lib/data/timing';

export function bbox(fc: GeoJSON.FeatureCollection): [number, number, number, number] | null {
	let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [x, y] = c as number[];
			if (x < minX) minX = x;
			if (x > maxX) maxX = x;
			if (y < minY) minY = y;
			if (y > maxY) maxY = y;
		} else if (Array.isArray(c)) for (const d of c) visit(d);
	};
	for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
	return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : null;
}

/**
 * Draw no frame until the source's tiles in view are loaded (or `capMs` passed), then one.
 * Between new geometry and its tiles MapLibre would draw a frame per event (the camera move, each
 * tile as it arrives), each a full repaint of the canvas that the compositor must take over: on a
 * slow device each of those frames costs about as much as the one that finally shows the new map.
 * Held, the previous picture stays on screen and the new one replaces it whole. Returns a release
 * function (idempotent), also to be called when the geometry is superseded.
 */
export function holdFrames(m: MapLibreMap, source: string, capMs = 1500): { release: () => void; watch: () => void } {
	const internal = m as unknown as { _frameRequest?: AbortController | null };
	let wanted = false;
	// A frame already requested would draw the cleared source: it is dropped and drawn on release.
	if (internal._frameRequest) {
		internal._frameRequest.abort();
		internal._frameRequest = null;
		wanted = true;
	}
	m.triggerRepaint = () => void (wanted = true); // an own property over the prototype's method
	let released = false;
	const onData = (e: { sourceId?: string; tile?: unknown }) => {
		if (e.sourceId === source && e.tile && m.isSourceLoaded(source)) release();
	};
	const timer = setTimeout(() => release(), capMs);
	function release() {
		if (released) return;
		released = true;
		clearTimeout(timer);
		m.off('sourcedata', onData);
		delete (m as unknown as { triggerRepaint?: unknown }).triggerRepaint;
		mark('map-tiles-in');
		if (wanted) m.triggerRepaint();
	}
	return {
		release,
		// Called once the tiles of the new camera are requested: from then on, their loading ends the hold.
		watch: () => (m.isSourceLoaded(source) ? release() : void m.on('sourcedata', onData))
	};
}
