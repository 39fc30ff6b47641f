// Makes polygons compact enough for a phone: Douglas–Peucker per ring, coordinates rounded, and
// duplicate consecutive points dropped. Rings keep at least 4 points (a closed triangle) so that no
// wijk disappears; tiny rings of a multipolygon (islets) below `minRingArea` are dropped unless
// they are the only ring of the feature.

export type Position = [number, number];
export type Ring = Position[];
export type Polygon = Ring[];

function perpDistSq(p: Position, a: Position, b: Position): number {
	// Longitude is scaled by cos(52°) so the tolerance means roughly the same distance both ways.
	const k = 0.616;
	const ax = a[0] * k, ay = a[1], bx = b[0] * k, by = b[1], px = p[0] * k, py = p[1];
	const dx = bx - ax, dy = by - ay;
	const len = dx * dx + dy * dy;
	let t = len === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len;
	t = Math.max(0, Math.min(1, t));
	const x = ax + t * dx - px, y = ay + t * dy - py;
	return x * x + y * y;
}

export function douglasPeucker(points: Position[], tolerance: number): Position[] {
	if (points.length <= 2) return points.slice();
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const tolSq = tolerance * tolerance;
	const stack: Array<[number, number]> = [[0, points.length - 1]];
	while (stack.length) {
		const [s, e] = stack.pop() as [number, number];
		let maxD = -1, idx = -1;
		for (let i = s + 1; i < e; i++) {
			const d = perpDistSq(points[i], points[s], points[e]);
			if (d > maxD) [maxD, idx] = [d, i];
		}
		if (idx > 0 && maxD > tolSq) {
			keep[idx] = 1;
			stack.push([s, idx], [idx, e]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

export function roundPosition(p: Position, decimals: number): Position {
	const f = 10 ** decimals;
	return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

export function dedupe(ring: Ring): Ring {
	return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

export function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
	return Math.abs(a / 2);
}

export function simplifyRing(ring: Ring, tolerance: number, decimals: number): Ring {
	const rounded = dedupe(ring.map((p) => roundPosition(p, decimals)));
	let out = dedupe(douglasPeucker(rounded, tolerance));
	if (out.length < 4) {
		// Too few points left: keep the rounded ring's extremes instead of collapsing it.
		out = rounded.length >= 4 ? douglasPeucker(rounded, 0) : rounded;
	}
	const first = out[0], last = out[out.length - 1];
	if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
	return out;
}

export interface SimplifyOptions {
	tolerance: number; // degrees of latitude (~111 km per degree)
	decimals: number;
	minRingArea: number; // square degrees; smaller islets and holes are dropped
}

export function simplifyMultiPolygon(polys: Polygon[], opts: SimplifyOptions): Polygon[] {
	const out: Polygon[] = [];
	let largest: Polygon | null = null;
	let largestArea = -1;
	for (const poly of polys) {
		const outer = simplifyRing(poly[0], opts.tolerance, opts.decimals);
		const area = ringArea(outer);
		const holes = poly.slice(1).filter((h) => ringArea(h) >= opts.minRingArea).map((h) => simplifyRing(h, opts.tolerance, opts.decimals));
		const simplified: Polygon = [outer, ...holes];
		if (area > largestArea) [largest, largestArea] = [simplified, area];
		if (area >= opts.minRingArea) out.push(simplified);
	}
	if (out.length === 0 && largest) out.push(largest);
	return out;
}
