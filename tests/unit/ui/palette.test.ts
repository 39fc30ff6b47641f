// The choropleth stays readable without colour (issue 15): every palette is strictly monotone in CIE
// lightness L* with clear steps, so its classes keep their order in grayscale and for colour-blind
// readers, and "no forecast" is a pattern, not a colour of its own.
import { describe, expect, it } from 'vitest';
import { buildScale, NO_DATA_COLOR, PALETTES } from '../../../src/lib/view/mapScale';
import { hatchPattern } from '../../../src/lib/ui/MapStyle';

/** CIE L* (D65) of an sRGB colour such as '#3182bd'. */
function lightness(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const f = y > 216 / 24389 ? Math.cbrt(y) : ((24389 / 27) * y + 16) / 116;
	return 116 * f - 16;
}

/** Smallest step between neighbouring classes, signed by the direction of the whole palette. */
function steps(colors: string[]): number[] {
	const l = colors.map(lightness);
	const dir = Math.sign(l[l.length - 1] - l[0]);
	return l.slice(1).map((x, i) => (x - l[i]) * dir);
}

describe('choropleth palettes', () => {
	it('knows L* of black, white and a mid grey', () => {
		expect(lightness('#000000')).toBeCloseTo(0, 5);
		expect(lightness('#ffffff')).toBeCloseTo(100, 5);
		expect(lightness('#777777')).toBeCloseTo(50, 0);
	});

	for (const [name, colors] of Object.entries(PALETTES)) {
		it(`${name} runs light to dark (or dark to light) in steps of at least 10 L*`, () => {
			expect(Math.min(...steps(colors)), colors.map((c) => `${c} L*${lightness(c).toFixed(0)}`).join(', ')).toBeGreaterThanOrEqual(10);
		});
	}

	it('keeps the order for the scales actually built: share, change both ways, growth, decline', () => {
		const spread = Array.from({ length: 50 }, (_, i) => i / 50);
		for (const [values, measure] of [
			[spread.map((x) => 0.02 + x * 0.1), 'aandeel'],
			[spread.map((x) => x - 0.5), 'verandering'],
			[spread.map((x) => 0.01 + x), 'verandering'],
			[spread.map((x) => -0.01 - x), 'verandering']
		] as const) {
			const scale = buildScale([...values], measure);
			expect(scale.colors.length).toBeGreaterThan(2);
			expect(Math.min(...steps(scale.colors))).toBeGreaterThanOrEqual(10);
		}
	});

	it('draws "no forecast" as a hatch of two clearly different greys, not a flat colour', () => {
		const p = hatchPattern();
		const greys = new Set<number>();
		for (let i = 0; i < p.data.length; i += 4) greys.add(p.data[i]);
		expect(greys.size).toBe(2);
		const [dark, light] = [...greys].sort((a, b) => a - b);
		const hex = (v: number) => `#${v.toString(16).padStart(2, '0').repeat(3)}`;
		expect(lightness(hex(light)) - lightness(hex(dark))).toBeGreaterThan(30);
		// The flat grey underneath is only a fallback; it is not one of the class colours.
		for (const colors of Object.values(PALETTES)) expect(colors).not.toContain(NO_DATA_COLOR);
	});
});
