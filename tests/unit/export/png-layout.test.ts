import { describe, expect, it } from 'vitest';
import {
	MAX_SIDE,
	exportFilename,
	legendBandLayout,
	outputSize,
	styleDeclaration,
	svgDataUrl,
	wrapText
} from '../../../src/lib/export/png-layout';

/** A fake text measure: 7 px per character at 12 px, proportional to the font size in the font string. */
const measure = (text: string, font: string) => {
	const px = Number(/(\d+(?:\.\d+)?)px/.exec(font)![1]);
	return text.length * px * 0.6;
};

describe('SVG inlining helpers', () => {
	it('turns computed values into a style attribute, skipping empty ones', () => {
		const computed: Record<string, string> = { fill: 'rgb(31, 119, 180)', stroke: '', 'font-family': '"Inter", sans-serif', 'font-size': '12px' };
		expect(styleDeclaration((p) => computed[p] ?? '', ['fill', 'stroke', 'font-family', 'font-size'])).toBe(
			'fill:rgb(31, 119, 180);font-family:"Inter", sans-serif;font-size:12px'
		);
	});
	it('encodes the markup into a data: URL', () => {
		const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><text>é & #</text></svg>');
		expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
		expect(decodeURIComponent(url.split(',').slice(1).join(','))).toContain('<text>é & #</text>');
		expect(url).not.toContain('#');
	});
});

describe('outputSize', () => {
	it('multiplies by the scale for print', () => {
		expect(outputSize(640, 360, 3)).toEqual({ width: 1920, height: 1080, scale: 3 });
	});
	it('reduces the scale to stay inside browser canvas limits', () => {
		const s = outputSize(4000, 1000, 3);
		expect(s.width).toBeLessThanOrEqual(MAX_SIDE);
		expect(s.width / s.height).toBeCloseTo(4, 2);
		expect(outputSize(100, 100, NaN).scale).toBe(1);
	});
});

describe('legend band', () => {
	const legend = {
		title: 'Aandeel inwoners met Wmo (2023)',
		items: [
			{ color: '#eff3ff', label: '< 4%' },
			{ color: '#bdd7e7', label: '4–6%' },
			{ color: '#6baed6', label: '6–8%' },
			{ color: '#2171b5', label: '≥ 8%' },
			{ color: '#cccccc', label: 'geen gegevens' }
		]
	};
	it('puts title, swatches and attribution inside the width, in order', () => {
		const b = legendBandLayout(1920, legend, '© CBS, Kadaster · MapLibre', 3, measure);
		expect(b.title.text).toBe(legend.title);
		expect(b.swatches.map((s) => s.label)).toEqual(legend.items.map((i) => i.label));
		for (const s of b.swatches) {
			expect(s.x).toBeGreaterThanOrEqual(36);
			expect(s.labelX + measure(s.label, b.labelFont)).toBeLessThanOrEqual(1920 - 36);
			expect(s.y).toBeGreaterThan(b.title.y);
			expect(s.size).toBe(42);
		}
		expect(b.attribution.lines).toEqual(['© CBS, Kadaster · MapLibre']);
		expect(b.attribution.y[0]).toBeGreaterThan(b.swatches[0].y + b.swatches[0].size);
		expect(b.height).toBeGreaterThan(b.attribution.y[0]);
	});
	it('wraps swatches and attribution on a narrow picture', () => {
		const b = legendBandLayout(300, legend, 'Kaartgegevens © CBS en Kadaster, bewerkt door Wmo Vooruitblik; kaart met MapLibre', 1, measure);
		const rows = new Set(b.swatches.map((s) => s.y));
		expect(rows.size).toBeGreaterThan(1);
		expect(b.attribution.lines.length).toBeGreaterThan(1);
		for (const l of b.attribution.lines) expect(measure(l, b.attribution.font)).toBeLessThanOrEqual(300 - 24);
		const wide = legendBandLayout(3000, legend, 'x', 1, measure);
		expect(b.height).toBeGreaterThan(wide.height);
	});
	it('has no attribution lines for an empty attribution', () => {
		expect(legendBandLayout(800, { title: 't', items: [] }, '', 1, measure).attribution.lines).toEqual([]);
	});
	it('wraps text at word boundaries, a long word on its own line', () => {
		const m = (t: string) => t.length;
		expect(wrapText('aa bb cc', 5, m)).toEqual(['aa bb', 'cc']);
		expect(wrapText('aaaaaaaa bb', 5, m)).toEqual(['aaaaaaaa', 'bb']);
		expect(wrapText('  ', 5, m)).toEqual([]);
	});
});

describe('exportFilename', () => {
	it('makes a safe, readable file name', () => {
		expect(exportFilename(['Wmo Vooruitblik', 'Súdwest-Fryslân', 'Hulp bij het huishouden', 2029], 'png')).toBe(
			'wmo-vooruitblik-sudwest-fryslan-hulp-bij-het-huishouden-2029.png'
		);
		expect(exportFilename(['’s-Hertogenbosch', null, '', undefined], '.xlsx')).toBe('s-hertogenbosch.xlsx');
		expect(exportFilename([], 'csv')).toBe('export.csv');
	});
});
