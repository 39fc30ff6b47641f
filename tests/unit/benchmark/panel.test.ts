// Server-side renders of the benchmark panel on the real snapshot's views, and its pure helpers.

import { existsSync } from 'node:fs';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { distributionView, expectedActualView, peerView, type ExpectedActualRow, type PeerBar } from '../../../src/lib/view/benchmark';
import type { SnapshotTables } from '../../../src/lib/snapshot/schema';
import { CATEGORIES } from '../../../src/lib/snapshot/schema';
import { loadSnapshotFromDir } from '../../../src/cli/loadSnapshot';
import BenchmarkPanel from '../../../src/lib/ui/benchmark/BenchmarkPanel.svelte';
import { barLayout, distributionCsv, expectedSentence, parseCost } from '../../../src/lib/ui/benchmark/benchmarkText';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe.runIf(existsSync('public/data/clients.parquet'))('BenchmarkPanel on the real snapshot', () => {
	let tables: SnapshotTables;
	beforeAll(async () => {
		tables = await loadSnapshotFromDir('public/data');
	}, 60_000);

	it('shows Utrecht’s peers, expected versus actual per category and the distribution with R², each with the caveat', () => {
		const peers = peerView(tables, 'GM0344');
		const growth = Object.fromEntries(peers.peers.map((p, i) => [p.code, 0.01 * i]));
		const { body } = render(BenchmarkPanel, {
			props: {
				peers,
				expected: expectedActualView(tables, 'GM0344'),
				distributions: CATEGORIES.map((category) => distributionView(tables, { category, code: 'GM0344', forecastShare: 0.022 })),
				growth,
				growthLabel: 'Prognosegroei 2018–2023'
			}
		});
		const t = text(body);
		expect(t.match(/Voorspellend, niet verklarend\./g)).toHaveLength(3);
		expect(t).toContain('De 10 gemeenten die in 2018 het meest op Utrecht lijken');
		expect(body.match(/<tr class="[^"]*target/g)).toHaveLength(1);
		expect(t).toContain('Vergelijkbare gemeenten: Wmo totaal, 2018');
		expect(t).toContain('Prognosegroei 2018–2023');
		expect(t).toContain('+9,0%'); // the tenth peer's growth from the prop
		expect(body).toContain('role="img"');
		for (const c of ['Wmo totaal', 'Hulp bij het huishouden', 'Ondersteuning thuis', 'Hulpmiddelen en diensten', 'Verblijf en opvang']) expect(t).toContain(c);
		expect(t).toContain('Utrecht: verwacht op grond van de kenmerken tegenover werkelijk, per categorie');
		expect(t).toContain('Maatstaven en gewichten, Wmo totaal 2018');
		expect(t).toContain('R² geschaald (per inwoner)');
		expect(t).toContain('R² ongeschaald (aantallen)');
		expect(t).toContain('Doel: het aantal cliënten wmo totaal per gemeente (waargenomen).');
		expect(t).toContain('Wajonguitkeringen');
		expect(body.match(/<caption/g)!.length).toBeGreaterThanOrEqual(6);
		expect(body.match(/secondary-button/g)!.length).toBeGreaterThanOrEqual(4);
	}, 30_000);

	it('renders while the views are still loading', () => {
		const { body } = render(BenchmarkPanel, { props: { peers: null, expected: null, distributions: [] } });
		expect(text(body)).toContain('Vergelijking wordt berekend');
		expect(text(body)).toContain('Verdeling wordt berekend');
	});
});

describe('benchmark text helpers', () => {
	const row: ExpectedActualRow = {
		category: 'totaal', label: 'Wmo totaal', year: 2018, status: 'ok', actualShare: 0.08, expectedShare: 0.06, lower: 0.05, upper: 0.07,
		actualClients: 800, expectedClients: 600, deviation: 0.333, flag: 'hoger', reason: null, r2: 0.4, n: 280, coefficients: []
	};

	it('flags a gemeente far above as a correlation, not a judgement', () => {
		const s = expectedSentence(row, 'Voorbeeld');
		expect(s).toContain('Voorbeeld heeft 8,0% cliënten per inwoner: hoger dan bij 8 op de 10 gemeenten met vergelijkbare kenmerken (5,0% tot 7,0%)');
		expect(s).toContain('samenhang, geen oordeel');
		expect(expectedSentence({ ...row, flag: 'binnen', actualShare: 0.06 }, 'X')).toContain('binnen wat de kenmerken voorspellen');
		expect(expectedSentence({ ...row, status: 'geen_model', reason: 'Te weinig.' }, 'X')).toBe('Te weinig.');
	});

	it('parses a cost per client and rejects a bad one in Dutch', () => {
		expect(parseCost('2.500')).toEqual({ ok: true, value: 2500 });
		expect(parseCost('€ 1250,50')).toEqual({ ok: true, value: 1250.5 });
		expect(parseCost(' ')).toEqual({ ok: true, value: null });
		const bad = parseCost('-3');
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.problem).toMatch(/^Fout in kosten per cliënt: "-3".*Oplossing:/);
	});

	it('scales the bars to the largest share and keeps missing shares at width 0', () => {
		const bars: PeerBar[] = [
			{ code: 'A', name: 'A', kind: 'gemeente', share: 0.08, clients: 8 },
			{ code: 'B', name: 'B', kind: 'peer', share: 0.04, clients: 4 },
			{ code: 'C', name: 'C', kind: 'peer', share: null, clients: null }
		];
		const g = barLayout(bars, 300, 20);
		expect(g.map((x) => x.width)).toEqual([300, 150, 0]);
		expect(g.map((x) => x.y)).toEqual([0, 20, 40]);
		expect(g[2].label).toBe('–');
	});

	it('exports the distribution table with a decimal comma and a BOM', () => {
		const csv = distributionCsv(
			[{ id: 'inwoners', label: 'Inwoners (INW)', source: 'KWB', unit: 'inwoner', sign: 'nonneg', weight: 0.0188, atBound: false, volume: 1000.4, amount: 18.8, share: 0.5 }],
			'Cliënten'
		);
		expect(csv.startsWith('\uFEFFMaatstaf;Bron in de snapshot;Cliënten per 1.000 eenheden;Volume;Verdeeld (Cliënten);Aandeel (%)')).toBe(true);
		expect(csv).toContain('Inwoners (INW);KWB;18,8;1000;19;50');
	});
});
