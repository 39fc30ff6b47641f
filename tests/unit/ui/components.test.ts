// Server-side renders of the components: they compile, and the texts and ARIA that users and
// screen readers rely on are in the markup.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ForecastChart from '../../../src/lib/ui/ForecastChart.svelte';
import WijkTable from '../../../src/lib/ui/WijkTable.svelte';
import TransparencyPanel from '../../../src/lib/ui/TransparencyPanel.svelte';
import ReliabilityBadge from '../../../src/lib/ui/ReliabilityBadge.svelte';
import { gemeente, wijk } from './fixtures';
import type { WijkRow } from '../../../src/lib/view/types';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe('ForecastChart', () => {
	it('stacks one panel per series in clients mode, with legend and a data table', () => {
		const { body } = render(ForecastChart, {
			props: { title: 'Wmo totaal', series: [gemeente, wijk], mode: 'clients', originYear: 2018 }
		});
		expect(body.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
		const t = text(body);
		expect(t).toContain('geschat via grenswijziging');
		expect(t).toContain('80%-interval');
		expect(t).toContain('nu');
		expect(t).toContain('2.000 (geschat via grenswijziging)');
		expect(t).toContain('– (niet geleverd)');
		expect(body).toContain('aria-label="Lijngrafiek van cliënten, 2013 tot en met 2023. Gemeente Voorbeeld: 2.400 in 2018');
		expect(body).toContain('stroke-dasharray');
	});
	it('overlays the series in share mode', () => {
		const { body } = render(ForecastChart, {
			props: { title: 'Wmo totaal', series: [gemeente, wijk], mode: 'share', originYear: 2018 }
		});
		expect(body.match(/<svg[^>]*role="img"/g)).toHaveLength(1);
		expect(text(body)).toContain('4,80%');
	});
});

describe('WijkTable', () => {
	const rows: WijkRow[] = [
		{ code: 'WK01', name: 'Centrum', clients: 1234, share: 0.045, forecast: 1300, lower: 1230, upper: 1410, change: 0.032, reliability: 'ok' },
		{ code: 'WK02', name: 'Klein', clients: null, share: null, forecast: null, lower: null, upper: null, change: null, reliability: 'none' },
		{ code: 'WK03', name: 'Midden', clients: 50, share: 0.02, forecast: 55, lower: 40, upper: 70, change: 0.1, reliability: 'unreliable' }
	];
	it('renders sortable headers with aria-sort and formatted nl-NL cells', () => {
		const { body } = render(WijkTable, { props: { rows, year: 2023, selectedCode: 'WK03', oncsv: async () => {} } });
		expect(body.match(/aria-sort="descending"/g)).toHaveLength(1);
		expect(body.match(/aria-sort="none"/g)).toHaveLength(6);
		const t = text(body);
		expect(t).toContain('1.230 – 1.410');
		expect(t).toContain('+3,2%');
		expect(t).toContain('4,5%');
		expect(t).toContain('onderdrukt of niet geleverd');
		expect(t).toContain('geen prognose: < 10 cliënten');
		// the badge's visible word and its sr-only remainder are adjacent spans (one phrase)
		expect(t).toMatch(/onbetrouwbaar ?: 10–100 cliënten/);
		expect(t).toContain('Download CSV');
		expect(body).toContain('aria-current="true"');
		// Default sort: forecast descending, missing last.
		expect(t.indexOf('Centrum')).toBeLessThan(t.indexOf('Midden'));
		expect(t.indexOf('Midden')).toBeLessThan(t.indexOf('Klein'));
	});
});

describe('TransparencyPanel', () => {
	it('states the policy assumption, drivers, accuracy, licences and build date', () => {
		const { body } = render(TransparencyPanel, {
			props: {
				category: 'totaal',
				drivers: { totaal: [{ indicator: 'aandeel_65plus', label: 'Aandeel 65 jaar of ouder', sign: 1, weight: 0.8 }] },
				accuracy: [{ level: 'wijk', horizon: 1, mape: 0.055, wape: 0.048, naiveMape: 0.09, naiveWape: 0.08, n: 120 }],
				manifest: {
					built_at: '2026-11-23T18:00:00Z',
					sources: [{ name: 'CBS Kerncijfers wijken en buurten', cbs_tables: ['85984NED'], licence: 'CC-BY-4.0', attribution: 'Bron: CBS' }],
					licences: [{ id: 'CC-BY-NC-SA-4.0', name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/', applies_to: 'grenswijzigingsmatrices' }]
				}
			}
		});
		const t = text(body);
		expect(t).toContain('ongewijzigd beleid');
		expect(t).toContain('voorspellend, niet verklarend');
		expect(t).toContain('Aandeel 65 jaar of ouder');
		expect(t).toContain('↑ meer');
		expect(t).toContain('5,5%');
		expect(t).toContain('9,0%');
		expect(t).toContain('CC BY-NC-SA 4.0');
		expect(t).toContain('niet-commercieel');
		expect(t).toContain('gelijk delen');
		expect(t).toContain('CC BY 4.0');
		expect(t).toContain('Bron: CBS');
		expect(t).toContain('23 november 2026');
	});
});

describe('ReliabilityBadge', () => {
	it('shows the rule as text, not only colour', () => {
		expect(text(render(ReliabilityBadge, { props: { reliability: 'unreliable' } }).body)).toContain('onbetrouwbaar: 10–100 cliënten');
	});
});
