// PNG exports in the browser: the chart (an SVG) and the map (MapLibre's WebGL canvas, drawn with
// preserveDrawingBuffer, plus a band with legend and attribution), at print resolution; and the
// download itself. The layout is computed in png-layout.ts (pure, tested); this file only touches
// the DOM. Images are data:/blob: URLs, which the app's CSP allows (img-src data: blob:).

import { legendBandLayout, outputSize, styleDeclaration, svgDataUrl, wrapText, type LegendInput } from './png-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const PNG_MIME = 'image/png';

/** Copy each element's computed presentation style inline, so CSS classes and variables survive. */
function inlineStyles(source: Element, target: Element): void {
	const view = source.ownerDocument.defaultView ?? window;
	const cs = view.getComputedStyle(source);
	target.setAttribute('style', styleDeclaration((p) => cs.getPropertyValue(p)));
	const from = source.children;
	const to = target.children;
	for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i], to[i]);
}

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('De afbeelding kon niet worden opgebouwd.'));
		img.src = src;
	});
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('De PNG kon niet worden gemaakt (te groot?).'))), PNG_MIME)
	);
}

function canvas2d(width: number, height: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('Deze browser kan geen afbeelding tekenen (geen 2D-canvas).');
	return { canvas, ctx };
}

/** An SVG as an image of its on-screen size, with its computed styles inlined. */
async function svgImage(svg: SVGSVGElement): Promise<{ img: HTMLImageElement; width: number; height: number }> {
	const rect = svg.getBoundingClientRect();
	const vb = svg.viewBox?.baseVal;
	const width = rect.width || vb?.width || 600;
	const height = rect.height || vb?.height || 400;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	return { img: await loadImage(svgDataUrl(new XMLSerializer().serializeToString(clone))), width, height };
}

/**
 * A chart (one SVG, or the stacked panels of one) as a PNG at `scale` × its on-screen size: the
 * title above, the panels one under the other, and the caption (sources, provenance) wrapped below.
 */
export async function chartToPng(svgs: SVGSVGElement[], title: string, caption: string, scale = 3): Promise<Blob> {
	const images = await Promise.all(svgs.map(svgImage));
	const width = Math.max(...images.map((i) => i.width));
	const pad = 12;
	const probe = canvas2d(1, 1).ctx;
	const captionFont = `${11 * scale}px system-ui, sans-serif`;
	probe.font = captionFont;
	const lines = wrapText(caption, (width - 2 * pad) * scale, (t) => probe.measureText(t).width);
	const head = 28;
	const body = images.reduce((a, i) => a + i.height, 0);
	const size = outputSize(width, head + body + pad + lines.length * 15 + pad, scale);
	const s = size.scale;
	const { canvas, ctx } = canvas2d(size.width, size.height);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, size.width, size.height);
	ctx.fillStyle = '#1a1a1a';
	ctx.font = `600 ${15 * s}px system-ui, sans-serif`;
	ctx.fillText(title, pad * s, 19 * s);
	let y = head;
	for (const i of images) {
		ctx.drawImage(i.img, 0, y * s, i.width * s, i.height * s);
		y += i.height;
	}
	ctx.font = `${11 * s}px system-ui, sans-serif`;
	ctx.fillStyle = '#555555';
	lines.forEach((l, k) => ctx.fillText(l, pad * s, (y + pad + 11 + k * 15) * s));
	return canvasToPng(canvas);
}

/** The SVG (a chart) as a PNG at `scale` × its on-screen size, on a white background. */
export async function svgToPng(svg: SVGSVGElement, scale = 3, background = '#ffffff'): Promise<Blob> {
	const { img, width, height } = await svgImage(svg);
	const size = outputSize(width, height, scale);
	const { canvas, ctx } = canvas2d(size.width, size.height);
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, size.width, size.height);
	ctx.drawImage(img, 0, 0, size.width, size.height);
	return canvasToPng(canvas);
}

/**
 * The map as a PNG: MapLibre's canvas (needs preserveDrawingBuffer, or a call right after a
 * render) with a band underneath holding the legend and the attribution. The map is drawn at
 * `scale` × its CSS size; for a sharper map than the screen's, pass a copy drawn at MapLibre pixel
 * ratio `scale` (Map.svelte `drawnAt`) with its CSS size.
 */
export async function mapToPng(
	mapCanvas: HTMLCanvasElement,
	legend: LegendInput,
	attribution: string,
	scale = 3,
	/** The map's size on screen, when `mapCanvas` is a copy drawn at a higher pixel ratio. */
	css?: { width: number; height: number }
): Promise<Blob> {
	const cssW = css?.width ?? (mapCanvas.clientWidth || mapCanvas.width);
	const cssH = css?.height ?? (mapCanvas.clientHeight || mapCanvas.height);
	const size = outputSize(cssW, cssH * 1.3, scale); // room for the band within the limits
	const s = size.scale;
	const mapW = Math.round(cssW * s);
	const mapH = Math.round(cssH * s);
	const probe = canvas2d(1, 1).ctx;
	const band = legendBandLayout(mapW, legend, attribution, s, (text, font) => {
		probe.font = font;
		return probe.measureText(text).width;
	});
	const { canvas, ctx } = canvas2d(mapW, mapH + band.height);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(mapCanvas, 0, 0, mapW, mapH);
	ctx.translate(0, mapH);
	ctx.fillStyle = '#1a1a1a';
	ctx.textBaseline = 'alphabetic';
	ctx.font = band.title.font;
	ctx.fillText(band.title.text, band.title.x, band.title.y);
	ctx.font = band.labelFont;
	ctx.textBaseline = 'middle';
	for (const sw of band.swatches) {
		ctx.fillStyle = sw.color;
		ctx.fillRect(sw.x, sw.y, sw.size, sw.size);
		ctx.strokeStyle = 'rgba(0,0,0,0.35)';
		ctx.lineWidth = Math.max(1, s / 2);
		ctx.strokeRect(sw.x, sw.y, sw.size, sw.size);
		ctx.fillStyle = '#1a1a1a';
		ctx.fillText(sw.label, sw.labelX, sw.labelY);
	}
	ctx.textBaseline = 'alphabetic';
	ctx.font = band.attribution.font;
	ctx.fillStyle = '#555555';
	band.attribution.lines.forEach((l, i) => ctx.fillText(l, band.attribution.x, band.attribution.y[i]));
	return canvasToPng(canvas);
}

/** Offer a Blob as a file download (browser only; a no-op elsewhere). */
export function downloadBlob(blob: Blob, filename: string): void {
	if (typeof document === 'undefined') return;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
