// The DOM-free half of the PNG export: which computed styles to inline into an SVG, output sizes
// at print resolution, the layout of the map's legend and attribution band, and file names.
// Everything here is pure, so it is unit-tested in Node; png.ts only draws what this computes.

/** SVG presentation properties copied from the computed style (CSS variables then resolve). */
export const SVG_STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'visibility',
	'display',
	'color',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'shape-rendering'
] as const;

/** A style attribute from computed values; empty values are skipped. */
export function styleDeclaration(get: (property: string) => string, properties: readonly string[] = SVG_STYLE_PROPERTIES): string {
	const out: string[] = [];
	for (const p of properties) {
		const v = get(p).trim();
		if (v) out.push(`${p}:${v.replace(/;/g, ',')}`);
	}
	return out.join(';');
}

/** A data: URL for SVG markup (the app's CSP allows img-src data:). */
export function svgDataUrl(markup: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
}

/** Browsers refuse canvases much over 16k px a side or ~268 Mpx; stay well inside. */
export const MAX_SIDE = 8192;
export const MAX_AREA = 8192 * 8192;

/** Pixel size of an export of a `width`×`height` (CSS px) picture at `scale`, reduced to fit the limits. */
export function outputSize(width: number, height: number, scale: number): { width: number; height: number; scale: number } {
	const w = Math.max(1, width);
	const h = Math.max(1, height);
	let s = Number.isFinite(scale) && scale > 0 ? scale : 1;
	s = Math.min(s, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
	return { width: Math.max(1, Math.round(w * s)), height: Math.max(1, Math.round(h * s)), scale: s };
}

export interface LegendInput {
	title: string;
	items: Array<{ color: string; label: string }>;
}

export interface BandLayout {
	height: number;
	title: { text: string; x: number; y: number; font: string };
	swatches: Array<{ color: string; x: number; y: number; size: number; label: string; labelX: number; labelY: number }>;
	labelFont: string;
	attribution: { lines: string[]; x: number; y: number[]; font: string };
}

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const font = (weight: number, px: number) => `${weight} ${px}px ${FONT_FAMILY}`;

/** Split text into lines no wider than `max` (by the given measure); a long word stands alone. */
export function wrapText(text: string, max: number, measure: (t: string) => number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let cur = '';
	for (const w of words) {
		const next = cur ? `${cur} ${w}` : w;
		if (cur && measure(next) > max) {
			lines.push(cur);
			cur = w;
		} else cur = next;
	}
	if (cur) lines.push(cur);
	return lines;
}

/**
 * Layout of the band under the map: the legend title, the swatches in rows that wrap, and the
 * attribution in small type, all scaled by `scale` for print. `measure(text, font)` is the text
 * width in output pixels (canvas measureText in the browser).
 */
export function legendBandLayout(
	width: number,
	legend: LegendInput,
	attribution: string,
	scale: number,
	measure: (text: string, font: string) => number
): BandLayout {
	const pad = 12 * scale;
	const titleFont = font(600, 14 * scale);
	const labelFont = font(400, 12 * scale);
	const attrFont = font(400, 10 * scale);
	const size = 14 * scale;
	const rowH = 22 * scale;
	const gap = 6 * scale;
	const itemGap = 18 * scale;
	let y = pad + 14 * scale; // baseline of the title
	const title = { text: legend.title, x: pad, y, font: titleFont };
	y += 10 * scale;
	const swatches: BandLayout['swatches'] = [];
	let x = pad;
	let rowTop = y;
	for (const item of legend.items) {
		const w = size + gap + measure(item.label, labelFont);
		if (x > pad && x + w > width - pad) {
			x = pad;
			rowTop += rowH;
		}
		swatches.push({ color: item.color, x, y: rowTop + (rowH - size) / 2, size, label: item.label, labelX: x + size + gap, labelY: rowTop + rowH / 2 });
		x += w + itemGap;
	}
	y = legend.items.length ? rowTop + rowH : y;
	const lines = attribution ? wrapText(attribution, width - 2 * pad, (t) => measure(t, attrFont)) : [];
	const lineH = 14 * scale;
	y += lines.length ? 8 * scale : 0;
	const ys = lines.map((_, i) => y + lineH * (i + 1) - 3 * scale);
	y += lines.length * lineH;
	return { height: Math.ceil(y + pad), title, swatches, labelFont, attribution: { lines, x: pad, y: ys, font: attrFont } };
}

/** A file name from parts: lower case, no diacritics, words joined by '-': "wmo-vooruitblik-sudwest-fryslan-2029.png". */
export function exportFilename(parts: ReadonlyArray<string | number | null | undefined>, ext: string): string {
	const slug = parts
		.filter((p) => p !== null && p !== undefined && String(p).trim() !== '')
		.map((p) =>
			String(p)
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter(Boolean)
		.join('-');
	return `${slug || 'export'}.${ext.replace(/^\./, '')}`;
}
