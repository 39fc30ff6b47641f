// Issue 8 (trust): what screen readers hear from the reliability badge, the legend's keys, the
// cited sources and the Dutch labels, from server-side renders of the components.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import ReliabilityBadge from '../../../src/lib/ui/ReliabilityBadge.svelte';
import Legend from '../../../src/lib/ui/Legend.svelte';
import TransparencyPanel from '../../../src/lib/ui/TransparencyPanel.svelte';
import { sourceLines } from '../../../src/lib/ui/sources';
import { INDICATORS } from '../../../src/lib/snapshot/schema';
import { buildScale } from '../../../src/lib/view/mapScale';
import ForecastChart from '../../../src/lib/ui/ForecastChart.svelte';
import { gemeente } from './fixtures';

/** Text content as a browser joins it: tags vanish without adding spaces. */
const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<br\s*\/?>/g, ' ')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
/** What a screen reader reads: the markup without aria-hidden elements (no nesting in the badge). */
const accessible = (html: string) => text(html.replace(/<(\w+)[^>]*aria-hidden="true"[^>]*>[^<]*<\/\1>/g, ''));

describe('ReliabilityBadge accessible text', () => {
	for (const reliability of ['ok', 'unreliable', 'none'] as const) {
		it(`reads one phrase for "${reliability}", short and full`, () => {
			const short = render(ReliabilityBadge, { props: { reliability, short: true } }).body;
			const full = render(ReliabilityBadge, { props: { reliability } }).body;
			expect(accessible(short)).toBe(accessible(full));
			// the text content (visible + sr-only) is the label once, never "betrouwbaar betrouwbaar"
			const spaced = text(short.replace(/</g, ' <'));
			expect(spaced).not.toMatch(/betrouwbaar.*betrouwbaar/);
			expect(spaced).not.toMatch(/geen prognose.*geen prognose/);
		});
	}
	it('shows the short word and keeps only the remainder for screen readers', () => {
		const body = render(ReliabilityBadge, { props: { reliability: 'unreliable', short: true } }).body;
		expect(accessible(body)).toBe('onbetrouwbaar: 10–100 cliënten');
		expect(body).toContain('<span class="sr-only">: 10–100 cliënten</span>');
		expect(accessible(render(ReliabilityBadge, { props: { reliability: 'ok', short: true } }).body)).toBe('betrouwbaar');
	});
});

describe('Legend keys', () => {
	const scale = buildScale([0.01, 0.02, 0.03, 0.04, 0.05, 0.06], 'aandeel');
	it('draws the unreliable swatch neutral, not in the colour of a value class', () => {
		const body = render(Legend, { props: { scale, title: 'Aandeel', showReliability: true } }).body;
		const swatch = body.match(/<span[^>]*class="swatch unreliable[^"]*"[^>]*>/)?.[0] ?? '';
		expect(swatch).not.toBe('');
		for (const c of scale.colors) expect(swatch).not.toContain(c);
		expect(swatch).not.toContain('background');
	});
	it('names what the hatched regions are in the current view, with defaults per view', () => {
		const own = render(Legend, {
			props: { scale, title: 'Aandeel', showReliability: true, noDataLabel: 'Geen gegevens per wijk voor deze categorie' }
		}).body;
		expect(text(own)).toContain('Geen gegevens per wijk voor deze categorie (gearceerd)');
		expect(text(own)).not.toContain('minder dan 10 cliënten');
		expect(text(render(Legend, { props: { scale, title: 'A', showReliability: true } }).body)).toContain('minder dan 10 cliënten');
		expect(text(render(Legend, { props: { scale, title: 'A', showReliability: false } }).body)).toContain('gemeente leverde geen');
	});
});

describe('Sources cite CBS StatLine first', () => {
	const sources = [
		{ name: 'Open-data-spiegel', repository: 'YoYo1971/WMO_JADS (e7fb120b)', licence: 'CC-BY-4.0', attribution: 'Bron: CBS' },
		{ name: 'Wmo-cliënten per wijk', cbs_tables: ['83267NED', '84421NED'], licence: 'CC-BY-4.0', attribution: 'Bron: CBS' }
	];
	it('lists the CBS table ids first and keeps the repository as provenance', () => {
		const lines = sourceLines(sources);
		expect(lines[0].citation).toBe('CBS StatLine, tabellen 83267NED, 84421NED');
		expect(lines[1].provenance).toBe('overgenomen uit YoYo1971/WMO_JADS (e7fb120b)');
	});
	it('renders the citation with StatLine links in the panel', () => {
		const { body } = render(TransparencyPanel, {
			props: { category: 'totaal', drivers: {}, accuracy: [], manifest: { built_at: '2026-11-23T18:00:00Z', sources, licences: [] } }
		});
		const t = text(body);
		expect(t).toContain('CBS StatLine, tabellen 83267NED, 84421NED');
		expect(t).toContain('Herkomst: overgenomen uit YoYo1971/WMO_JADS (e7fb120b) (licentie CC-BY-4.0)');
		expect(t.indexOf('CBS StatLine')).toBeLessThan(t.indexOf('overgenomen uit YoYo1971/WMO_JADS'));
		expect(body).toContain('href="https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83267NED/table"');
	});
});

describe('Dutch labels', () => {
	it('calls widows and widowers by their name', () => {
		expect(INDICATORS.aandeel_verweduwd.label).toBe('Aandeel weduwen en weduwnaars');
		expect(Object.values(INDICATORS).map((i) => i.label).join(' ')).not.toMatch(/verweduwd/i);
	});

	it('keeps the capital of Wmo in the chart table caption', () => {
		const { body } = render(ForecastChart, { props: { title: 'Wmo totaal', series: [gemeente], mode: 'share', originYear: 2018 } });
		expect(text(body)).toContain('Wmo totaal: aandeel inwoners met Wmo per jaar');
		expect(text(body)).not.toMatch(/\bwmo\b/);
	});

	it('writes Wmo with a capital in every user-facing string of the UI and the page', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
				d.isDirectory() ? files(join(dir, d.name)) : /\.(svelte|ts)$/.test(d.name) ? [join(dir, d.name)] : []
			);
		const offenders: string[] = [];
		for (const f of [...files('src/lib/ui'), ...files('src/routes'), 'src/app.html']) {
			const src = readFileSync(f, 'utf8')
				.replace(/--wmo[\w-]*/g, '') // CSS custom properties
				.replace(/`wmo-\$\{/g, '') // export file names
				.replace(/'wmo-[a-z]+'/g, ''); // file-name parts of the PNG exports
			for (const m of src.matchAll(/\bwmo\b/gi)) if (m[0] !== 'Wmo') offenders.push(`${f}: ${m[0]}`);
		}
		expect(offenders).toEqual([]);
	});
});
